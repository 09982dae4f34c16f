/**
 * Text normalisation and the creation of a `Doc` from an article input.
 *
 * The normalised body is what the database stores and what every span points into, so this runs
 * exactly once, before any stage. It only removes noise (HTML character references left in copied text,
 * invisible characters, line-ending variants, trailing blanks); it never folds spelling variants such as the Devanagari nukta (ज़/ज) or
 * chandrabindu/anusvara (हँसी/हंसी): those belong to name keys, not to the stored text.
 */
import type { ArticleInput, Doc, FuzzyDate, LanguageCode, Script } from '../domain.js';

// Invisible characters that carry no text: BOM, zero-width space/joiners, word joiner, soft hyphen.
const INVISIBLE = /\uFEFF|\u200B|\u200C|\u200D|\u2060|\u00AD/g;
// C0 controls except \t and \n (\r is handled before), DEL and the C1 block.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// No-break and typographic spaces become plain spaces so that word boundaries work everywhere.
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** Named character references that survive in text copied out of web pages. */
const NAMED_REFERENCES: Record<string, string> = {
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
};
const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(lt|gt|quot|apos|nbsp));/g;

/**
 * Text copied out of web pages keeps HTML character references ("Bryn F&#244;n", "&nbsp;"): they
 * become the characters they stand for. A reference to no valid character stays as written, and so
 * does one to "&" ("&amp;", "&#38;"), which could otherwise make a new reference of the text after it
 * and normalising twice would change the body.
 */
function decodeCharacterReferences(text: string): string {
  return text.replace(CHARACTER_REFERENCE, (whole, dec?: string, hex?: string, named?: string) => {
    if (named) return NAMED_REFERENCES[named] ?? whole;
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    const valid = code > 0 && code !== 0x26 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

/** Normalises raw article text into the body stored and used for every span. */
export function normalizeText(raw: string): string {
  return decodeCharacterReferences(raw)
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/\u2028/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(ODD_SPACES, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const DEVANAGARI_LETTER = /[\u0900-\u0963\u0971-\u097F\uA8E0-\uA8FF]/u;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/u;
const ANY_LETTER = /\p{L}/u;

/** Letter counts by script over a text (combining Devanagari signs count as letters). */
export function countScriptLetters(text: string): { deva: number; latn: number; other: number } {
  let deva = 0;
  let latn = 0;
  let other = 0;
  for (const ch of text) {
    if (DEVANAGARI_LETTER.test(ch)) deva++;
    else if (LATIN_LETTER.test(ch)) latn++;
    else if (ANY_LETTER.test(ch)) other++;
  }
  return { deva, latn, other };
}

/**
 * The dominant writing system of a text: `deva` when at least 30% of its letters are Devanagari
 * (Hindi articles quote English handles and URLs, English articles rarely contain Devanagari),
 * else `latn` when Latin letters dominate, else `other`.
 */
export function detectScript(text: string): Script {
  const { deva, latn, other } = countScriptLetters(text);
  const total = deva + latn + other;
  if (total === 0) return 'latn';
  if (deva / total >= 0.3) return 'deva';
  if (latn >= other) return 'latn';
  return 'other';
}

/** `en`, `EN`, `en-IN`, `en_US` -> `en`; empty or missing -> `und`. */
export function normalizeLanguageCode(code: string | null | undefined): LanguageCode {
  const trimmed = code?.trim().toLowerCase();
  if (!trimmed) return 'und';
  const primary = trimmed.split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : 'und';
}

/**
 * Parses a publication date given by the source (`YYYY-MM-DD`, an ISO date-time, `YYYY-MM`,
 * `YYYY`). Returns null for anything else rather than guessing.
 */
export function parseInputDate(value: string | null | undefined): FuzzyDate | null {
  const text = value?.trim();
  if (!text) return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
  if (day) {
    const [, y, m, d] = day;
    if (isValidDay(Number(y), Number(m), Number(d))) return { value: `${y}-${m}-${d}`, precision: 'DAY' };
    return null;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12 ? { value: text, precision: 'MONTH' } : null;
  }
  if (/^\d{4}$/.test(text)) return { value: text, precision: 'YEAR' };
  return null;
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Creates the pipeline document: normalised body, metadata defaults from the input, no facts yet. */
export function createDoc(input: ArticleInput): Doc {
  const body = normalizeText(input.body);
  const publishedAt = parseInputDate(input.publishedAt);
  const title = input.title?.trim() || null;
  return {
    input,
    body,
    meta: {
      title,
      titleSpan: null,
      publishedAt,
      dateSource: publishedAt ? 'input' : null,
      dateConfidence: publishedAt ? 1 : 0,
      datelinePlace: null,
      datelineSpan: null,
      agency: input.agency?.trim() || null,
      language: normalizeLanguageCode(input.language),
      script: detectScript(body),
      textStart: 0,
    },
    paragraphs: [],
    sentences: [],
    entities: [],
    mentions: [],
    affiliations: [],
    statements: [],
    events: [],
    warnings: [],
  };
}
