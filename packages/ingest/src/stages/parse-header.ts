/**
 * Stage `parse-header`: article metadata found at the top of the body.
 *
 * - a ` date YYYY-MM-DD` header line prefix (the form the sample articles are stored in);
 * - a headline: a short first line without final punctuation, followed by a blank line or a
 *   subhead (Hindi articles put the headline and a subhead above the text);
 * - a wire dateline: `Agra, Mar 3 (IANS)`, `Bareilly (UP), Jan 5 (PTI)`, `LONDON (Reuters) -`,
 *   `NEW DELHI:`, `Mumbai, March 3:`, `नई दिल्ली, 3 मार्च (भाषा)`, `कानपुर।`;
 * - the agency named in the dateline;
 * - the publication date: input > header > dateline (month and day, the year from the header or a
 *   full date in the text) > the latest date of an embedded post footer (`— Name (@handle)
 *   March 3, 2024`), with falling confidence. Otherwise null: a date is never invented.
 *
 * `meta.textStart` is set to where the article text proper starts (after headline, subhead, header
 * and dateline).
 */
import type { Doc, FuzzyDate, Span, Stage } from '../domain.js';
import { type DateExpression, findDateExpressions, isValidDay } from './resolve-dates.js';

/** News agencies as they appear in datelines, with the name stored for each. */
const AGENCIES: Record<string, string> = {
  PTI: 'PTI',
  'PTI-Bhasha': 'PTI',
  IANS: 'IANS',
  ANI: 'ANI',
  UNI: 'UNI',
  Reuters: 'Reuters',
  REUTERS: 'Reuters',
  AP: 'AP',
  AFP: 'AFP',
  DPA: 'DPA',
  dpa: 'DPA',
  Xinhua: 'Xinhua',
  EFE: 'EFE',
  Kyodo: 'Kyodo',
  Yonhap: 'Yonhap',
  TASS: 'TASS',
  Bloomberg: 'Bloomberg',
  Agencies: 'Agencies',
  पीटीआई: 'PTI',
  भाषा: 'PTI',
  'पीटीआई-भाषा': 'PTI',
  आईएएनएस: 'IANS',
  एएनआई: 'ANI',
  यूएनआई: 'UNI',
  वार्ता: 'UNI',
  'यूएनआई-वार्ता': 'UNI',
  एजेंसी: 'Agencies',
  एजेंसियां: 'Agencies',
};

const HEADLINE_MAX_CHARS = 220;
const HEADLINE_MAX_WORDS = 32;
/** Confidence of each way of finding the date. */
const CONFIDENCE = {
  input: 1,
  header: 0.95,
  datelineYearFromHeader: 0.95,
  datelineYearFromText: 0.7,
  text: 0.5,
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const AGENCY = `(${Object.keys(AGENCIES)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')})`;
const LATIN_WORD = "[A-Z][\\p{L}.'’-]*";
const PLACE = `(${LATIN_WORD}(?:\\s+(?:${LATIN_WORD}|of|on|upon))*?)`;
const CAPS_PLACE = "([A-Z][A-Z.'’-]+(?:\\s+[A-Z][A-Z.'’-]+){0,3})";
const STATE = '(?:\\s*\\(([^()\\n]{2,40})\\))?';
const MONTH_DAY =
  '([A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+[A-Z][a-z]{2,8}\\.?(?:,?\\s*\\d{4})?)';
const DEVA_WORD = '[\\u0900-\\u0963\\u0971-\\u097F]+';
const HINDI_PLACE = `(${DEVA_WORD}(?:\\s+${DEVA_WORD}){0,2})`;
const HINDI_DATE = '([0-9०-९]{1,2}\\s+[\\u0900-\\u097F]+(?:,?\\s*[0-9०-९]{4})?)';

/**
 * Dateline forms, tried in order at the start of a line. Group names: place, state, date, agency.
 * Each form needs a date, an agency, or an upper-case place before a colon, so that an ordinary
 * sentence opening ("Police said ...") is not taken for a dateline.
 */
const DATELINES: RegExp[] = [
  // Agra, Mar 3 (IANS) | Bareilly (UP), Jan 5 (PTI) | Bareilly (Uttar Pradesh), Jan 5 | Mumbai, March 3:
  new RegExp(
    `^${PLACE}${STATE},\\s*${MONTH_DAY}(?:\\s*\\(${AGENCY}\\))?(?:\\s*[:\\-–—]+(?=\\s)|(?=\\s))`,
    'u',
  ),
  // LONDON (Reuters) - | Patna (PTI):
  new RegExp(`^${PLACE}${STATE}()\\s*\\(${AGENCY}\\)(?:\\s*[:\\-–—]+)?(?=\\s)`, 'u'),
  // NEW DELHI: | NEW DELHI, Mar 3:
  new RegExp(`^${CAPS_PLACE}()(?:,\\s*${MONTH_DAY})?()\\s*:(?=\\s)`, 'u'),
  // नई दिल्ली, 3 मार्च (भाषा) | कानपुर, 3 मार्च:
  new RegExp(
    `^${HINDI_PLACE}()\\s*,\\s*${HINDI_DATE}(?:\\s*\\(${AGENCY}\\))?(?:\\s*[:।\\-–—]+)?(?=\\s)`,
    'u',
  ),
  // नई दिल्ली (भाषा) |
  new RegExp(`^${HINDI_PLACE}()()\\s*\\(${AGENCY}\\)(?:\\s*[:।\\-–—]+)?(?=\\s)`, 'u'),
  // कानपुर। | नई दिल्ली:
  new RegExp(`^${HINDI_PLACE}()()()\\s*[।:](?=\\s+\\S)`, 'u'),
];

interface Dateline {
  span: Span;
  place: string;
  monthDay: { month: number; day: number; year: number | null } | null;
  agency: string | null;
  end: number;
}

export const parseHeader: Stage = (doc: Doc): Doc => {
  const body = doc.body;
  const meta = { ...doc.meta };
  let cursor = 0;

  // 1. " date YYYY-MM-DD " header.
  let headerDate: FuzzyDate | null = null;
  const header = /^date:?\s+(\d{4})-(\d{2})-(\d{2})(?=\s|$)\s*/i.exec(body);
  if (header) {
    const [, y, m, d] = header;
    if (isValidDay(Number(y), Number(m), Number(d)))
      headerDate = { value: `${y}-${m}-${d}`, precision: 'DAY' };
    cursor = header[0].length;
  }

  // 2. Headline (and subhead lines) when the article opens with one.
  if (!header) {
    const title = findHeadline(body, meta.title);
    if (title) {
      meta.title = body.slice(title.start, title.end);
      meta.titleSpan = title;
      cursor = skipSubheads(body, title.end);
    }
  }

  // 3. Dateline at the start of one of the first lines of the text.
  const dateline = findDateline(body, cursor);
  if (dateline) {
    meta.datelinePlace = dateline.place;
    meta.datelineSpan = dateline.span;
    if (!meta.agency && dateline.agency) meta.agency = dateline.agency;
    cursor = dateline.end;
  }
  while (cursor < body.length && /\s/.test(body[cursor] ?? '')) cursor++;
  meta.textStart = cursor;

  // 4. Publication date.
  if (!meta.publishedAt) {
    const textDates = findDateExpressions(body, null).filter(
      (e) => e.kind === 'DATE' && !e.inferred && e.date,
    );
    const found = publicationDate(headerDate, dateline, textDates, body);
    if (found) {
      meta.publishedAt = found.date;
      meta.dateSource = found.source;
      meta.dateConfidence = found.confidence;
    }
  }
  return { ...doc, meta };
};

function publicationDate(
  headerDate: FuzzyDate | null,
  dateline: Dateline | null,
  textDates: DateExpression[],
  body: string,
): { date: FuzzyDate; source: 'header' | 'dateline' | 'text'; confidence: number } | null {
  if (headerDate) return { date: headerDate, source: 'header', confidence: CONFIDENCE.header };
  const footerDates = textDates
    .filter((e) => /\(@\w{1,30}\)\s*$/.test(body.slice(Math.max(0, e.span.start - 40), e.span.start)))
    .map((e) => e.date!);
  const latestFooter = footerDates.sort((a, b) => b.value.localeCompare(a.value))[0] ?? null;
  const md = dateline?.monthDay;
  if (md) {
    if (md.year !== null && isValidDay(md.year, md.month, md.day)) {
      return {
        date: day(md.year, md.month, md.day),
        source: 'dateline',
        confidence: CONFIDENCE.datelineYearFromHeader,
      };
    }
    // The year of a full date in the text with the same month and day, else of the latest post footer.
    const same = textDates.find((e) => e.date!.value.slice(5) === `${pad(md.month)}-${pad(md.day)}`);
    const year = same
      ? Number(same.date!.value.slice(0, 4))
      : latestFooter
        ? yearNear(latestFooter.value, md.month)
        : null;
    if (year !== null && isValidDay(year, md.month, md.day)) {
      return {
        date: day(year, md.month, md.day),
        source: 'dateline',
        confidence: CONFIDENCE.datelineYearFromText,
      };
    }
  }
  if (latestFooter) return { date: latestFooter, source: 'text', confidence: CONFIDENCE.text };
  return null;
}

/** Year of a month near a reference date: a dateline of Jan 2 with a post footer of Dec 31 is next year. */
function yearNear(reference: string, month: number): number {
  const year = Number(reference.slice(0, 4));
  const referenceMonth = Number(reference.slice(5, 7));
  return month < referenceMonth - 6 ? year + 1 : month > referenceMonth + 6 ? year - 1 : year;
}

function day(y: number, m: number, d: number): FuzzyDate {
  return { value: `${y}-${pad(m)}-${pad(d)}`, precision: 'DAY' };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The headline span: the first line when it is short, has no final full stop/danda/colon/comma,
 * is followed by another line, and has no sentence glued to the next ("है.पिछली", scraped text).
 * An input title that opens the body is taken as it stands.
 */
export function findHeadline(body: string, inputTitle: string | null): Span | null {
  const lineEnd = body.indexOf('\n');
  if (lineEnd <= 0) return null;
  const line = body.slice(0, lineEnd).trimEnd();
  if (inputTitle) return line === inputTitle.trim() ? { start: 0, end: line.length } : null;
  if (line.length > HEADLINE_MAX_CHARS || line.split(/\s+/).length > HEADLINE_MAX_WORDS) return null;
  if (/[.।॥:,;]$/.test(line)) return null;
  if (/[.?!।][\p{L}\p{M}]/u.test(line)) return null;
  if (DATELINES.some((re) => re.test(line))) return null;
  return { start: 0, end: line.length };
}

/**
 * After a headline: skip a subhead line (Hindi articles put one under the headline) when it is
 * followed by a blank line, so the text proper starts at the next paragraph.
 */
function skipSubheads(body: string, from: number): number {
  let cursor = from;
  while (body[cursor] === '\n') cursor++;
  const blankBefore = cursor - from >= 2;
  if (blankBefore) return cursor;
  const next = body.indexOf('\n', cursor);
  if (next < 0) return cursor;
  const line = body.slice(cursor, next);
  const followedByBlank = body.startsWith('\n\n', next);
  // A subhead stands alone above a blank line and is one sentence, shorter than a paragraph usually is.
  const sentenceEnds = line.match(/[.?!।][”’"']?(?:\s|$)/g)?.length ?? 0;
  if (
    followedByBlank &&
    line.length <= 1.5 * HEADLINE_MAX_CHARS &&
    sentenceEnds <= 1 &&
    !findDatelineAt(body, cursor)
  ) {
    cursor = next;
    while (body[cursor] === '\n') cursor++;
  }
  return cursor;
}

/** A dateline at the start of one of the first three non-empty lines from `from`. */
function findDateline(body: string, from: number): Dateline | null {
  let cursor = from;
  for (let lines = 0; lines < 3 && cursor < body.length; lines++) {
    while (cursor < body.length && /\s/.test(body[cursor] ?? '')) cursor++;
    const found = findDatelineAt(body, cursor);
    if (found) return found;
    // Only look further when the line we passed looks like a heading, not like text.
    const next = body.indexOf('\n', cursor);
    if (next < 0) break;
    const line = body.slice(cursor, next);
    if (line.length > HEADLINE_MAX_CHARS || /[.।]["'”’]?$/.test(line.trimEnd())) break;
    cursor = next + 1;
  }
  return null;
}

function findDatelineAt(body: string, at: number): Dateline | null {
  const text = body.slice(at, at + 200);
  for (const re of DATELINES) {
    const m = re.exec(text);
    if (!m) continue;
    const [, place = '', , dateText, agency] = m;
    const placeText = place.trim();
    if (!placeText) continue;
    const monthDay = dateText ? parseMonthDay(dateText) : null;
    if (dateText && !monthDay) continue;
    const rest = text.slice(m[0].length);
    if (!/^\s*\S/.test(rest)) continue;
    let spanEnd = m[0].length;
    while (spanEnd > 0 && /[\s:\-–—।]/.test(text[spanEnd - 1] ?? '')) spanEnd--;
    return {
      span: { start: at, end: at + spanEnd },
      place: placeText,
      monthDay,
      agency: agency ? (AGENCIES[agency] ?? agency) : null,
      end: at + m[0].length,
    };
  }
  return null;
}

function parseMonthDay(text: string): { month: number; day: number; year: number | null } | null {
  const [expression] = findDateExpressions(text, { value: '2000', precision: 'YEAR' });
  if (!expression?.date || expression.kind !== 'DATE') return null;
  const [y, m, d] = expression.date.value.split('-').map(Number);
  if (!m || !d) return null;
  return { month: m, day: d, year: expression.inferred ? null : (y ?? null) };
}
