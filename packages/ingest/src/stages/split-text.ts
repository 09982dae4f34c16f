/**
 * Stage `split-text`: paragraph and sentence spans over the stored body.
 *
 * Paragraphs are separated by blank lines. Sentences end at `.`, `?`, `!`, `…` (English) and at the
 * danda `।` / double danda `॥` (Hindi), with closing quotes and brackets kept in the sentence they
 * close. A `.` is not an end after an abbreviation (Mr., Dr., St., Jan. 5, No. 10), an initial
 * (A.B. Rao, J. P. Singh), inside a number (3.5) or before a lower-case word. A line break ends a
 * sentence too, so headlines, subheads and tweet footers without final punctuation stand alone;
 * a line break does not end a sentence when the line stops on a comma/colon/dash or the next line
 * starts in lower case (hard-wrapped text). The header before `meta.textStart` (a dateline such as
 * `Agra, Mar 3 (PTI)`) is a sentence of its own.
 */
import type { Doc, Span, Stage } from '../domain.js';

/** Abbreviations after which a full stop never ends a sentence (titles and the like). */
const TITLE_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'st',
  'jr',
  'sr',
  'prof',
  'gen',
  'lt',
  'col',
  'capt',
  'cmdr',
  'maj',
  'sgt',
  'adm',
  'brig',
  'gov',
  'sen',
  'rep',
  'hon',
  'rev',
  'fr',
  'mt',
  'ft',
  'smt',
  'shri',
  'sh',
  'kum',
  'sri',
  'er',
  'adv',
  'supt',
  'insp',
  'dy',
  'addl',
  'asst',
  'vs',
  'cf',
  'viz',
  'e.g',
  'i.e',
  'approx',
  'dept',
  'govt',
]);
/** Abbreviations that end a sentence unless a number follows (`Jan. 5`, `No. 10`). */
const NUMBER_ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'art',
  'sec',
  'vol',
  'para',
  'fig',
  'p',
  'pp',
  'rs',
  'ch',
]);
/** Abbreviations that may well end a sentence (`… and others etc. The next …`): end only before a capital. */
const FINAL_ABBREVIATIONS = new Set([
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'a.m',
  'p.m',
  'pvt',
  'llc',
  'plc',
]);

const TERMINATOR = /[.?!।॥…]+/g;
const CLOSERS = /^[”’"'»)\]}]*/;
const DEVANAGARI = /[\u0900-\u097F]/;
const LOWER_LATIN = /[a-z\u00DF-\u00F6\u00F8-\u00FF]/;
const LINE_CONTINUES = /[,;:\-–—]$/;

export const splitText: Stage = (doc: Doc): Doc => {
  const paragraphs = findParagraphs(doc.body);
  const sentences: Span[] = [];
  const textStart = Math.max(0, Math.min(doc.meta.textStart, doc.body.length));
  if (textStart > 0) {
    const header = trimSpan(doc.body, 0, textStart);
    if (header) sentences.push(...splitSentences(doc.body, header.start, header.end));
  }
  for (const paragraph of paragraphs) {
    const start = Math.max(paragraph.start, textStart);
    if (start >= paragraph.end) continue;
    sentences.push(...splitSentences(doc.body, start, paragraph.end));
  }
  return { ...doc, paragraphs, sentences };
};

/** Paragraph spans: text between blank lines, trimmed. */
export function findParagraphs(body: string): Span[] {
  const spans: Span[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (const match of body.matchAll(separator)) {
    const span = trimSpan(body, start, match.index);
    if (span) spans.push(span);
    start = match.index + match[0].length;
  }
  const last = trimSpan(body, start, body.length);
  if (last) spans.push(last);
  return spans;
}

/** Sentence spans inside `[start, end)` of `body` (a paragraph or any stretch of text). */
export function splitSentences(body: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  for (const line of joinLines(body, start, end)) {
    let sentenceStart = line.start;
    const text = body.slice(line.start, line.end);
    for (const match of text.matchAll(TERMINATOR)) {
      const punctEnd = match.index + match[0].length;
      const closers = CLOSERS.exec(text.slice(punctEnd))?.[0] ?? '';
      const after = punctEnd + closers.length;
      if (!isSentenceEnd(text, match.index, match[0], after)) continue;
      const span = trimSpan(body, sentenceStart, line.start + after);
      if (span) spans.push(span);
      sentenceStart = line.start + after;
    }
    const rest = trimSpan(body, sentenceStart, line.end);
    if (rest) spans.push(rest);
  }
  return spans;
}

/** Lines of `[start, end)`, joined where a line break does not end a sentence. */
function joinLines(body: string, start: number, end: number): Span[] {
  const lines: Span[] = [];
  let lineStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && body[i] !== '\n') continue;
    const span = trimSpan(body, lineStart, i);
    lineStart = i + 1;
    if (!span) continue;
    const previous = lines.at(-1);
    if (
      previous &&
      continuesLine(body.slice(previous.start, previous.end), body.slice(span.start, span.end))
    ) {
      previous.end = span.end;
    } else {
      lines.push(span);
    }
  }
  return lines;
}

function continuesLine(previous: string, next: string): boolean {
  if (LINE_CONTINUES.test(previous)) return true;
  if (/[.?!।॥…][”’"'»)\]]*$/.test(previous)) return false;
  return LOWER_LATIN.test(next[0] ?? '');
}

/**
 * Whether terminal punctuation `punct` at `index` of `text`, with closers up to `after`, ends a
 * sentence.
 */
function isSentenceEnd(text: string, index: number, punct: string, after: number): boolean {
  if (after >= text.length) return true;
  const nextChar = text[after] ?? '';
  if (!/\s/.test(nextChar)) {
    // "दिया.उनका", "है."उनका": BBC Hindi often ends sentences with a full stop and no space; also before
    // a number once a quotation has closed ("हूं."80 वर्षीय …").
    const closed = after > index + punct.length;
    return (
      punct.length === 1 &&
      DEVANAGARI.test(text[index - 1] ?? '') &&
      (DEVANAGARI.test(nextChar) || (closed && /[0-9०-९]/.test(nextChar)))
    );
  }
  const nextWord = /^\s*(\S+)/.exec(text.slice(after))?.[1] ?? '';
  const first = nextWord.replace(/^[“‘"'«([]+/, '')[0] ?? '';
  if (LOWER_LATIN.test(first)) return false;
  if (punct !== '.') return true;
  const word = wordBefore(text, index);
  const key = word.toLowerCase();
  // Initials: "A.B. Rao", "J. P. Singh", "U.S." before a name.
  if (/^(?:[A-Z]\.)*[A-Z]$/.test(word)) return false;
  if (TITLE_ABBREVIATIONS.has(key)) return false;
  if (NUMBER_ABBREVIATIONS.has(key)) return !/^\d/.test(first);
  if (FINAL_ABBREVIATIONS.has(key)) return /[A-Z\u0900-\u097F“"‘']/.test(first);
  return true;
}

/** The word (letters and inner dots) right before position `index`. */
function wordBefore(text: string, index: number): string {
  const match = /[\p{L}.]*$/u.exec(text.slice(Math.max(0, index - 20), index));
  return (match?.[0] ?? '').replace(/^\.+/, '');
}

function trimSpan(body: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body[s] ?? '')) s++;
  while (e > s && /\s/.test(body[e - 1] ?? '')) e--;
  return s < e ? { start: s, end: e } : null;
}

/** Index of the span (sentence or paragraph list, sorted) containing `offset`, or -1. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence containing `offset`, or null (offset in whitespace between sentences). */
export function sentenceAt(doc: Pick<Doc, 'sentences'>, offset: number): Span | null {
  return doc.sentences[spanIndexAt(doc.sentences, offset)] ?? null;
}

/** Index into `doc.sentences` of the sentence containing `offset`, or -1. */
export function sentenceIndexAt(doc: Pick<Doc, 'sentences'>, offset: number): number {
  return spanIndexAt(doc.sentences, offset);
}

/** The paragraph containing `offset`, or null. */
export function paragraphAt(doc: Pick<Doc, 'paragraphs'>, offset: number): Span | null {
  return doc.paragraphs[spanIndexAt(doc.paragraphs, offset)] ?? null;
}
