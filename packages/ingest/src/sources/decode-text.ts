/**
 * Bytes to text, refusing what is not text: empty input, binary data (NUL bytes or many control
 * characters) and invalid UTF-8 are errors that name the reason, never silently "repaired" text.
 *
 * UTF-8 is the rule. A UTF-16 byte-order mark is honoured (Windows tools still write it), and so is a
 * charset declared by the HTTP response or by the document itself (`<meta charset>`, `<?xml
 * encoding?>`) for HTML and feeds, where legacy single-byte encodings are still met.
 */
import { SourceError } from './source-types.js';

/** How much of the start is inspected for binary content (as git does). */
const SNIFF_BYTES = 8000;
/** Share of control characters above which a file counts as binary. */
const MAX_CONTROL_RATIO = 0.1;

export interface DecodeOptions {
  /** Charset label declared by the source (HTTP header, `<meta charset>`); UTF-8 when absent. */
  charset?: string | null;
}

/** Decodes `bytes`, or throws `SourceError` EMPTY, BINARY or INVALID_UTF8. */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): string {
  if (bytes.length === 0) throw new SourceError('EMPTY', 'is empty (0 bytes)');
  const text = decodeBytes(bytes, options.charset ?? null);
  if (text.trim() === '') throw new SourceError('EMPTY', 'is empty (only whitespace)');
  return text;
}

function decodeBytes(bytes: Uint8Array, charset: string | null): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict(bytes, 'utf-16be');
  const binary = binaryReason(bytes);
  if (binary) throw new SourceError('BINARY', `is a binary file (${binary}), not text`);
  const encoding = charset ? supportedEncoding(charset) : 'utf-8';
  if (encoding !== 'utf-8') return decodeStrict(bytes, encoding);
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt >= 0) {
    const line = countLines(bytes, invalidAt);
    throw new SourceError(
      'INVALID_UTF8',
      `is not valid UTF-8 (first bad byte at offset ${invalidAt}, line ${line})`,
    );
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function decodeStrict(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new SourceError('INVALID_UTF8', `is not valid ${encoding} text`);
  }
}

/** The WHATWG encoding name for a declared charset; UTF-8 for labels the runtime does not know. */
function supportedEncoding(label: string): string {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return 'utf-8';
  }
}

/** Why the start of `bytes` looks binary, or null when it looks like text. */
export function binaryReason(bytes: Uint8Array): string | null {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'contains NUL bytes';
    // C0 controls other than tab, LF, VT, FF, CR and ESC; and DEL.
    if (
      (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) ||
      b === 0x7f
    ) {
      controls++;
    }
  }
  if (end > 0 && controls / end > MAX_CONTROL_RATIO) return 'too many control characters';
  return null;
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, surrogates or > U+10FFFF), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    // The second byte has the tighter range; the rest are plain continuation bytes.
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * The charset a document declares about itself in its first kilobytes: `<meta charset=...>`,
 * `<meta http-equiv="Content-Type" content="...; charset=...">` or `<?xml ... encoding="..."?>`.
 */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta\b[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1]! : null;
}

/** The `charset` parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType);
  return match ? match[1]! : null;
}
