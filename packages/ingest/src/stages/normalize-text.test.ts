import { describe, expect, it } from 'vitest';
import {
  createDoc,
  detectScript,
  normalizeLanguageCode,
  normalizeText,
  parseInputDate,
} from './normalize-text.js';

describe('normalizeText', () => {
  it.each([
    [
      'Windows line endings become LF',
      'Lucknow, Nov 7 (IANS)\r\nThe minister met',
      'Lucknow, Nov 7 (IANS)\nThe minister met',
    ],
    ['old Mac line endings become LF', 'First line\rSecond line', 'First line\nSecond line'],
    ['a byte-order mark is dropped', '\uFEFFNEW DELHI: The panel met', 'NEW DELHI: The panel met'],
    ['zero-width spaces inside words are dropped', 'Par\u200Bliament', 'Parliament'],
    ['control characters are dropped but tabs kept', 'a\u0007b\tc\u0000d', 'ab\tcd'],
    [
      'trailing spaces on every line are removed',
      'He said so.   \nShe agreed.\t\n',
      'He said so.\nShe agreed.',
    ],
    ['three or more newlines collapse to one blank line', 'One.\n\n\n\n\nTwo.', 'One.\n\nTwo.'],
    ['lines of only spaces count as blank', 'One.\n   \n \n\nTwo.', 'One.\n\nTwo.'],
    [
      'leading and trailing whitespace is trimmed',
      '  \n date 2025-10-08 Place \n\n',
      'date 2025-10-08 Place',
    ],
    ['no-break spaces become plain spaces', 'Mr\u00A0Blair met', 'Mr Blair met'],
    [
      'HTML character references left in copied text become characters',
      'Singer Bryn F&#244;n and Ms L&#xE9;a met&nbsp;on &quot;Monday&quot;.',
      'Singer Bryn Fôn and Ms Léa met on "Monday".',
    ],
    [
      'a reference to no character or to "&" stays as written',
      'A &#0; B &amp;#244; C &#38;',
      'A &#0; B &amp;#244; C &#38;',
    ],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it('composes decomposed Devanagari nukta letters (NFC) without removing the nukta', () => {
    // ज + nukta (U+091C U+093C) composes to ज़ (U+095B is excluded from composition, so it stays 2 units)
    const decomposed = 'आज\u093Cम खां';
    const out = normalizeText(decomposed);
    expect(out).toBe(decomposed.normalize('NFC'));
    expect(out).toContain('\u093C');
  });

  it('keeps chandrabindu and anusvara spellings apart', () => {
    expect(normalizeText('खां और खान')).toBe('खां और खान');
  });

  it('composes Latin letters with combining accents', () => {
    expect(normalizeText('Jose\u0301')).toBe('José');
  });

  it('is idempotent on an already normalised Hindi paragraph', () => {
    const text = 'लखनऊ। नेता ने शुक्रवार को मुलाकात की।\n\nदूसरा पैरा।';
    expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
    expect(normalizeText(text)).toBe(text);
  });
});

describe('detectScript', () => {
  it.each([
    ['The chief minister met the governor on Monday.', 'latn'],
    ['सपा नेता ने लखनऊ में मुलाकात की।', 'deva'],
    ['— नेता (@handle) November 7, 2025 न जाने कितनी यादें संग ले आए', 'deva'],
    ['Москва сегодня', 'other'],
    ['12345', 'latn'],
  ])('%s is %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });
});

describe('normalizeLanguageCode', () => {
  it.each([
    ['en', 'en'],
    ['EN-in', 'en'],
    ['hi_IN', 'hi'],
    ['', 'und'],
    [null, 'und'],
    ['english', 'und'],
  ])('%s -> %s', (code, expected) => {
    expect(normalizeLanguageCode(code)).toBe(expected);
  });
});

describe('parseInputDate', () => {
  it.each([
    ['2025-10-08', { value: '2025-10-08', precision: 'DAY' }],
    ['2025-11-07T09:30:00+05:30', { value: '2025-11-07', precision: 'DAY' }],
    ['2024-12', { value: '2024-12', precision: 'MONTH' }],
    ['2023', { value: '2023', precision: 'YEAR' }],
    ['2025-02-30', null],
    ['yesterday', null],
    [null, null],
  ])('%s', (value, expected) => {
    expect(parseInputDate(value)).toEqual(expected);
  });
});

describe('createDoc', () => {
  it('stores the normalised body and takes title, date and language from the input', () => {
    const doc = createDoc({
      ingestedFrom: 'x.json',
      body: '\uFEFFLucknow, Nov 7 (IANS) The leaders met.\r\n',
      title: ' Leaders meet ',
      publishedAt: '2025-11-07',
      language: 'en-IN',
    });
    expect(doc.body).toBe('Lucknow, Nov 7 (IANS) The leaders met.');
    expect(doc.meta).toMatchObject({
      title: 'Leaders meet',
      publishedAt: { value: '2025-11-07', precision: 'DAY' },
      dateSource: 'input',
      language: 'en',
      script: 'latn',
      textStart: 0,
    });
    expect(doc.entities).toEqual([]);
    expect(doc.events).toEqual([]);
  });

  it('leaves date and language unknown when the input does not state them', () => {
    const doc = createDoc({ ingestedFrom: 'a.txt', body: 'लखनऊ। नेता मिले।' });
    expect(doc.meta.publishedAt).toBeNull();
    expect(doc.meta.dateSource).toBeNull();
    expect(doc.meta.language).toBe('und');
    expect(doc.meta.script).toBe('deva');
    expect(doc.meta.title).toBeNull();
  });
});
