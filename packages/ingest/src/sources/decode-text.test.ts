import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binaryReason,
  charsetFromContentType,
  decodeText,
  firstInvalidUtf8,
  sniffDeclaredCharset,
} from './decode-text.js';
import { SourceError } from './source-types.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => Uint8Array.from(values);

function decodeError(input: Uint8Array, charset?: string): SourceError {
  try {
    decodeText(input, { charset: charset ?? null });
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('expected decodeText to refuse the input');
}

describe('decodeText', () => {
  it.each([
    ['an English wire story', 'Kochi, Mar 3 (IANS) Dock workers ended their strike on Monday.'],
    ['a Hindi story', 'भोपाल। वित्त मंत्री ने बुधवार को विधानसभा में बजट पेश किया।'],
    [
      'text with curly quotes and a rupee sign',
      '“Every household will get water,” she said of the ₹420-crore plan.',
    ],
  ])('returns %s unchanged', (_name, text) => {
    expect(decodeText(utf8(text))).toBe(text);
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('Patna, Feb 10')))).toBe('Patna, Feb 10');
  });

  it.each([
    ['little-endian', 'utf-16le', [0xff, 0xfe]],
    ['big-endian', 'utf-16be', [0xfe, 0xff]],
  ] as const)('decodes %s UTF-16 announced by its byte-order mark', (_name, encoding, bom) => {
    const text = 'नगर निगम, Mar 5';
    const units = Buffer.from(text, 'utf16le');
    if (encoding === 'utf-16be') units.swap16();
    expect(decodeText(Uint8Array.from([...bom, ...units]))).toBe(text);
  });

  it('decodes a declared legacy charset (windows-1252) instead of refusing it as bad UTF-8', () => {
    // "café au lait" with é as the single byte 0xE9
    const latin = bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x75, 0x20, 0x6c, 0x61, 0x69, 0x74);
    expect(decodeText(latin, { charset: 'windows-1252' })).toBe('café au lait');
    expect(decodeError(latin).code).toBe('INVALID_UTF8');
  });

  it('treats an unknown charset label as UTF-8', () => {
    expect(decodeText(utf8('Shillong, Mar 5'), { charset: 'x-made-up' })).toBe('Shillong, Mar 5');
  });

  it.each([
    ['zero bytes', new Uint8Array(0), 'EMPTY', 'is empty (0 bytes)'],
    ['only spaces and newlines', utf8('  \n\n\t \r\n'), 'EMPTY', 'is empty (only whitespace)'],
    [
      'NUL bytes',
      bytes(0x48, 0x69, 0x00, 0x00, 0x21),
      'BINARY',
      'is a binary file (contains NUL bytes), not text',
    ],
    [
      'mostly control characters',
      bytes(0x01, 0x02, 0x03, 0x41, 0x04, 0x05, 0x06, 0x42),
      'BINARY',
      'is a binary file (too many control characters), not text',
    ],
    [
      'a Latin-1 byte in UTF-8 text, on line 2',
      bytes(...utf8('Bhopal\nRs 50 crore '), 0xff, ...utf8(' more')),
      'INVALID_UTF8',
      'is not valid UTF-8 (first bad byte at offset 19, line 2)',
    ],
    [
      'a truncated Devanagari character at the end',
      utf8('भोपाल').subarray(0, 14),
      'INVALID_UTF8',
      'is not valid UTF-8 (first bad byte at offset 12, line 1)',
    ],
  ])('refuses %s', (_name, input, code, message) => {
    const error = decodeError(input);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });

  it('keeps tabs, form feeds and escape sequences from counting as binary', () => {
    expect(binaryReason(utf8('col1\tcol2\fpage\x1b[0m\r\n'))).toBeNull();
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['an overlong slash', [0x2f, 0xc0, 0xaf], 1],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['an encoded UTF-16 surrogate', [0x41, 0xed, 0xa0, 0x80], 1],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a lone continuation byte', [0x41, 0x42, 0x80], 2],
    ['a four-byte emoji', [0xf0, 0x9f, 0x93, 0xb0], -1],
  ])('finds %s', (_name, input, expected) => {
    expect(firstInvalidUtf8(Uint8Array.from(input))).toBe(expected);
  });

  it('agrees with a strict TextDecoder on arbitrary bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        let valid = true;
        try {
          strict.decode(input);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(input) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('declared charsets', () => {
  it.each([
    [
      '<meta charset="windows-1252">',
      '<!doctype html><html><head><meta charset="windows-1252"><title>x</title>',
      'windows-1252',
    ],
    [
      'an http-equiv meta tag',
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
      'ISO-8859-1',
    ],
    ['an XML declaration', '<?xml version="1.0" encoding="windows-1251"?><rss/>', 'windows-1251'],
    ['a page that declares nothing', '<html><head><title>x</title></head></html>', null],
  ])('finds %s', (_name, markup, charset) => {
    expect(sniffDeclaredCharset(utf8(markup))).toBe(charset);
  });

  it.each([
    ['text/html; charset=UTF-8', 'UTF-8'],
    ['application/rss+xml;charset="windows-1252"', 'windows-1252'],
    ['text/html', null],
    [null, null],
  ])('reads the charset of Content-Type %s', (contentType, charset) => {
    expect(charsetFromContentType(contentType)).toBe(charset);
  });
});
