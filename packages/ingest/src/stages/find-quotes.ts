/**
 * Quote-span detection: where the quotation marks of an article open and close.
 *
 * Works on the raw body with no sentence or entity information, in the spirit of textacy's
 * `direct_quotations`: marks are paired, and a mark that cannot be paired is skipped rather than
 * guessed. It knows the habits of wire and web copy:
 * - straight `"` and curly `“ ”` double marks (mixed freely: `"…”`), doubled singles used as one double
 *   mark (`''…''`, `‘‘…''`), guillemets;
 * - single marks used as quotes (`'forcibly'`, `‘…’`), told apart from apostrophes (`Khan’s`, `don't`,
 *   `'90s`, `K'taka`);
 * - a quote re-opened after a full stop without being closed (`"A. "B."`) and a quote running over a
 *   paragraph break with a fresh opening mark (`"A.⏎⏎"B."`) become pieces of one chain;
 * - a closing mark typed after a comma and a space (`…capital, "Patna DM said`) still closes;
 * - a closing mark with no space after it (`…है."इससे`) closes;
 * - after a Hindi speech cue and its comma a mark opens, however it is spaced (`कहना है, " यह …`), and a
 *   mark before narration that ends in such a cue closes (`… है. "निदेशक कहते हैं, "`).
 * Quotes inside a double-quoted span (single marks) are reported as nested.
 */
import type { Span } from '../domain.js';
import { cueLanguageOf, findCues } from './speech-cues.js';

/** One quotation as marked in the text: the piece of a chain between two marks. */
export interface QuotePiece {
  /** Span of the quoted text (marks, edge spaces, a leading ellipsis and a trailing comma removed). */
  text: Span;
  /** Span from the opening mark to the closing mark inclusive (or to where the piece stops). */
  outer: Span;
  /** The pieces of one quotation share a chain number (re-opened or continued over paragraphs). */
  chain: number;
  /** 0 for the first piece of its chain. */
  piece: number;
  /** How the piece ends: its own closing mark, a re-opened mark, a paragraph break, or no mark. */
  end: 'mark' | 'reopen' | 'paragraph' | 'unclosed';
  /** Marked with single quotes (`'…'`, `‘…’`). */
  single: boolean;
  /** Inside another quotation. */
  nested: boolean;
}

const DOUBLE_OPEN_HINT = new Set(['“', '„', '«', '‟']);
const DOUBLE_CLOSE_HINT = new Set(['”', '»']);
const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '‟', '«', '»']);
const SINGLE_MARKS = new Set(["'", '‘', '’', '‛', '`']);
/** Two single marks typed for one double mark. */
const DOUBLED_SINGLE = /^(?:''|‘‘|’’|``)/;

const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /[\p{L}\p{M}]/u;
const OPENING_PUNCT = /[([{<—–-]/;
const CLOSING_PUNCT = /[.,;:!?)\]}>…।॥—–-]/;
const SENTENCE_END = /[.?!।॥…]/;

interface Mark {
  start: number;
  end: number;
  double: boolean;
  /** The character(s) as typed. */
  char: string;
}

type Direction = 'open' | 'close' | 'ambiguous';

/** Every quotation piece in `body`, in text order (nested single-quoted pieces included). */
export function findQuotes(body: string): QuotePiece[] {
  const marks = tokenizeMarks(body);
  const doubles = pairDoubles(
    body,
    marks.filter((m) => m.double),
  );
  const singles = pairSingles(
    body,
    marks.filter((m) => !m.double),
    doubles,
  );
  let chain = doubles.reduce((max, q) => Math.max(max, q.chain), -1) + 1;
  for (const single of singles) single.chain = chain++;
  return [...doubles, ...singles]
    .flatMap((piece) => withoutBoilerplate(body, piece))
    .sort((a, b) => a.outer.start - b.outer.start || b.outer.end - a.outer.end);
}

/** The site's own lines a scraped article keeps ("(बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए यहां क्लिक करें …"). */
const BOILERPLATE = /\(?\s*बीबीसी\s+(?:हिन्दी|हिंदी)\s+(?:के|का)\s+(?:एंड्रॉएड|एंड्रॉयड|एंड्रायड)/u;

/** A quotation left open that runs into such lines ends before them; one that is nothing else is none. */
function withoutBoilerplate(body: string, piece: QuotePiece): QuotePiece[] {
  const at = BOILERPLATE.exec(body.slice(piece.text.start, piece.text.end));
  if (!at) return [piece];
  const text = trimQuoteText(body, piece.text.start, piece.text.start + at.index);
  return text ? [{ ...piece, text, outer: { start: piece.outer.start, end: text.end } }] : [];
}

function tokenizeMarks(body: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] ?? '';
    if (SINGLE_MARKS.has(ch)) {
      const doubled = DOUBLED_SINGLE.exec(body.slice(i, i + 2));
      if (doubled) {
        marks.push({ start: i, end: i + 2, double: true, char: doubled[0] });
        i++;
        continue;
      }
      marks.push({ start: i, end: i + 1, double: false, char: ch });
    } else if (DOUBLE_MARKS.has(ch)) {
      marks.push({ start: i, end: i + 1, double: true, char: ch });
    }
  }
  return marks;
}

function isMarkChar(ch: string): boolean {
  return DOUBLE_MARKS.has(ch) || SINGLE_MARKS.has(ch);
}

/** Whether a mark looks like it opens or closes, judged by the characters around it. */
function direction(body: string, mark: Mark): Direction {
  const prev = mark.start > 0 ? (body[mark.start - 1] ?? '') : '';
  const next = body[mark.end] ?? '';
  const spaceBefore = prev === '' || SPACE.test(prev) || OPENING_PUNCT.test(prev) || isMarkChar(prev);
  const spaceAfter = next === '' || SPACE.test(next) || CLOSING_PUNCT.test(next) || isMarkChar(next);
  let dir: Direction = 'ambiguous';
  if (spaceBefore && !spaceAfter) dir = 'open';
  else if (!spaceBefore && spaceAfter) dir = 'close';
  if (dir === 'ambiguous' && mark.double) {
    if (DOUBLE_OPEN_HINT.has(mark.char)) return 'open';
    if (DOUBLE_CLOSE_HINT.has(mark.char)) return 'close';
  }
  return dir;
}

/**
 * Index of the first line break in `[from, to)` that ends a quotation left open, or -1. A break after
 * a finished sentence does (`"A.⏎⏎Narration`), unless the mark at `to` closes the quotation on the
 * very next line (`''पहली पंक्ति।⏎दूसरी पंक्ति।''`). A break inside a sentence does not: hard-wrapped
 * text, or a blank line left where a link was removed (`पिछली ⏎⏎सरकार`).
 */
function hardLineBreakBetween(body: string, from: number, to: number, closesAtTo = false): number {
  let i = body.indexOf('\n', from);
  while (i >= 0 && i < to) {
    const last = lastNonSpaceBefore(body, i, from);
    const ended = last.at < from || SENTENCE_END.test(last.ch) || isMarkChar(last.ch);
    const closesOnNextLine = closesAtTo && !body.slice(i, to).trim().includes('\n');
    if (ended && !closesOnNextLine) return i;
    i = body.indexOf('\n', i + 1);
  }
  return -1;
}

function lineBreakBetween(body: string, from: number, to: number): number {
  const i = body.indexOf('\n', from);
  return i >= 0 && i < to ? i : -1;
}

function lastNonSpaceBefore(body: string, pos: number, floor: number): { ch: string; at: number } {
  let i = pos - 1;
  while (i >= floor && SPACE.test(body[i] ?? '')) i--;
  return { ch: i >= floor ? (body[i] ?? '') : '', at: i };
}

function pairDoubles(body: string, marks: Mark[]): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  let chain = 0;
  let open: { mark: Mark; piece: number } | null = null;

  const emit = (from: Mark, to: number, closeEnd: number, end: QuotePiece['end'], piece: number) => {
    const text = trimQuoteText(body, from.end, to);
    if (text) {
      pieces.push({
        text,
        outer: { start: from.start, end: closeEnd },
        chain,
        piece,
        end,
        single: false,
        nested: false,
      });
    }
  };

  let nestedOpen = false;
  const cued = marks.map((mark) => afterHindiCue(body, mark.start));
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i] as Mark;
    // A mark right after a Hindi speech cue and its comma opens, however it is spaced
    // (`का कहना है, " हिंदी …`, `कहती हैं," मुझे …`).
    const dir = cued[i] ? 'open' : direction(body, mark);
    if (open && nestedOpen) {
      // The closing mark of a quotation inside the quotation (`"We back "Make in India" fully"`).
      if (dir !== 'open') nestedOpen = false;
      continue;
    }
    if (open) {
      // A paragraph break between the opening mark and this one: the quote ran over it.
      const br = hardLineBreakBetween(body, open.mark.end, mark.start, dir === 'close');
      if (br >= 0) {
        const lastOnLine = lastNonSpaceBefore(body, br, open.mark.end);
        if (firstNonSpaceAfter(body, br) === mark.start && dir !== 'close') {
          // `"A.⏎⏎"B.` — the quotation goes on in a new paragraph with a new opening mark.
          emit(open.mark, lastOnLine.at + 1, lastOnLine.at + 1, 'paragraph', open.piece);
          open = { mark, piece: open.piece + 1 };
          continue;
        }
        // The paragraph ended with the quote still open: it ends where the narration resumes, or at a
        // single mark typed to close it.
        const stray = strayClosingSingle(body, open.mark.end, lastOnLine.at + 1);
        if (stray >= 0) emit(open.mark, stray, stray + 1, 'mark', open.piece);
        else emit(open.mark, lastOnLine.at + 1, lastOnLine.at + 1, 'unclosed', open.piece);
        chain++;
        open = null;
      }
    }
    if (!open) {
      // `रदरफ़ोर्ड का कहना है," ये पहला मौक़ा है."`: Hindi copy types the opening mark against the cue's
      // comma, with the space after it. With nothing open, such a mark before Devanagari opens.
      if (
        dir === 'close' &&
        /[,:]/.test(body[mark.start - 1] ?? '') &&
        /^[ \t]+[\u0900-\u097F]/.test(body.slice(mark.end, mark.end + 3))
      ) {
        open = { mark, piece: 0 };
        continue;
      }
      // `अमिताभ ने कहा, हमें मदद मिली … लेकर आया."`: Hindi copy that drops the opening mark after a verb
      // of saying and its comma. A mark right after the full stop that ends what follows the comma closes
      // the quotation, which starts right after that comma.
      if (dir === 'close' || SENTENCE_END.test(body[mark.start - 1] ?? '')) {
        const previous = marks[i - 1];
        const start = missingOpening(body, previous ? previous.end : 0, mark.start);
        if (start >= 0) {
          emit({ start, end: start, double: true, char: '' }, mark.start, mark.end, 'mark', 0);
          chain++;
          continue;
        }
      }
      if (dir === 'close') continue; // a closing mark with nothing open: unbalanced, skipped
      open = { mark, piece: 0 };
      continue;
    }
    if (
      dir === 'open' &&
      !cued[i] &&
      cued[i + 1] &&
      hardLineBreakBetween(body, mark.end, (marks[i + 1] as Mark).start) < 0
    ) {
      // `कहना है, " A. "आगे X कहते हैं, " B."`: a closing mark typed with the space before it. What
      // follows it up to the next mark ends in a speech cue, so it is narration, not a re-opened quote.
      emit(open.mark, mark.start, mark.end, 'mark', open.piece);
      chain++;
      open = null;
      continue;
    }
    if (dir === 'open') {
      const before = lastNonSpaceBefore(body, mark.start, open.mark.end);
      if (SENTENCE_END.test(before.ch) && before.at >= open.mark.end) {
        // `"A. "B."` — re-opened without closing: the first piece ends at its full stop.
        emit(open.mark, before.at + 1, before.at + 1, 'reopen', open.piece);
        open = { mark, piece: open.piece + 1 };
        continue;
      }
      const resumed = narrationResumes(body, open.mark.end, mark.start);
      if (resumed >= 0) {
        // `"A. B. इसके बाद उन्होंने कहा, "C."`: the first quotation was never closed; it ends where
        // the narration introducing the next one starts.
        const stray = strayClosingSingle(body, open.mark.end, resumed);
        if (stray >= 0) emit(open.mark, stray, stray + 1, 'mark', open.piece);
        else emit(open.mark, resumed, resumed, 'unclosed', open.piece);
        chain++;
        open = { mark, piece: 0 };
        continue;
      }
      if (!/[,:;]/.test(before.ch) && opensNested(body, marks, i)) {
        nestedOpen = true;
        continue;
      }
    }
    emit(open.mark, mark.start, mark.end, 'mark', open.piece);
    chain++;
    open = null;
  }
  if (open) {
    const br = hardLineBreakBetween(body, open.mark.end, body.length);
    const last = lastNonSpaceBefore(body, br >= 0 ? br : body.length, open.mark.end);
    const stray = strayClosingSingle(body, open.mark.end, last.at + 1);
    if (stray >= 0) emit(open.mark, stray, stray + 1, 'mark', open.piece);
    else emit(open.mark, last.at + 1, last.at + 1, 'unclosed', open.piece);
  }
  return pieces;
}

/**
 * In a double-quoted piece left open, a single mark typed to close it (`"… है'.बॉन्ड पर …`,
 * `"… न हो ।' उन्होंने …`): a single mark after the end of a sentence, or before a full stop, with no
 * single mark opened before it in the piece. Its index, or -1.
 */
function strayClosingSingle(body: string, from: number, to: number): number {
  const text = body.slice(from, to);
  const m = /(?:[.!?।]\s?['’](?=\s*[\p{L}\p{N}]))|(?:[\p{L}\p{M}]['’](?=[.।]\s*[\p{L}\p{N}]))/u.exec(text);
  if (!m) return -1;
  const at = from + m.index + m[0].length - 1;
  // A single mark opened before it (`'बेस कमान' …`) makes it a closing one of its own pair.
  if (/(?:^|[\s(—–-])['‘]\p{L}/u.test(body.slice(from, at))) return -1;
  return at;
}

/**
 * Where the narration resumes inside a quotation left open, when an opening mark at `markStart`
 * follows a sentence that ends with a speech cue (`… इसके बाद उन्होंने कहा, "`, `… Mr Rao said: "`):
 * the end of the last full sentence before that one, or -1.
 */
function narrationResumes(body: string, from: number, markStart: number): number {
  const text = body.slice(from, markStart);
  const ends = [...text.matchAll(/[.?!।](?=\s|[\p{L}])/gu)];
  const lastEnd = ends[ends.length - 1];
  if (!lastEnd) return -1;
  const sentenceStart = from + lastEnd.index + 1;
  const sentence = body.slice(sentenceStart, markStart);
  if (!/[,:—–-]\s*$/.test(sentence) || sentence.length > 200) return -1;
  const cues = findCues(body, sentenceStart, markStart, cueLanguageOf(sentence));
  const last = cues[cues.length - 1];
  const tail = body.slice(last?.end ?? markStart, markStart);
  if (!last || !/^(?:\s+[\p{L}\p{M}\p{N}'’.-]+){0,4}[\s,:—–-]*(?:कि[\s,]*)?$/u.test(tail)) return -1;
  return sentenceStart;
}

/**
 * Where a Hindi quotation whose opening mark was left out starts: right after the first verb of saying
 * and its comma in `[from, closeAt)`, in the same paragraph, when what follows it up to the closing mark
 * at `closeAt` is one to four sentences that end there. Else -1.
 */
function missingOpening(body: string, from: number, closeAt: number): number {
  const floor = Math.max(from, body.lastIndexOf('\n', closeAt - 1) + 1);
  const before = body.slice(floor, closeAt);
  if (!/[\u0900-\u097F]/.test(before) || !/[.?!।]\s*$/.test(before)) return -1;
  for (const m of before.matchAll(/[,:—–-][ \t]*/g)) {
    let at = floor + m.index + m[0].length;
    if (!afterHindiCue(body, at)) continue;
    // `कहा है, ‘’फ़ैसले …’’`: an opening typed with the wrong single marks.
    at += /^['‘’`]*/.exec(body.slice(at, at + 2))?.[0].length ?? 0;
    const quoted = body.slice(at, closeAt);
    const sentences = quoted.match(/[.?!।](?=\s|[\p{L}]|$)/gu)?.length ?? 0;
    if (wordsIn(quoted) >= 3 && sentences <= 4) return at;
  }
  return -1;
}

const wordsIn = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Whether the text before `markStart` ends with a Hindi speech cue and a comma, colon or dash
 * (`उनका कहना है, `, `वर्षा कहती हैं,`, `उन्होंने कहा —`): a quotation mark there opens.
 */
export function afterHindiCue(body: string, markStart: number): boolean {
  const tailMatch = /[,:—–-][ \t]*$/.exec(body.slice(Math.max(0, markStart - 4), markStart));
  if (!tailMatch) return false;
  let start = markStart;
  while (start > 0 && markStart - start < 200 && !/[.?!।\n"“”]/.test(body[start - 1] ?? '')) start--;
  const sentence = body.slice(start, markStart);
  if (!/[\u0900-\u097F]/.test(sentence) || cueLanguageOf(sentence) !== 'hi') return false;
  const cues = findCues(body, start, markStart, 'hi');
  const last = cues[cues.length - 1];
  if (!last) return false;
  // "कहा गया है, ''": a passive cue with its auxiliaries.
  return /^\s*(?:(?:गया|गई|गए|जाता|जाती)\s+)?(?:(?:है|हैं|था|थी|थे)\s*)?(?:कि\s*)?[,:—–-]\s*$/.test(
    body.slice(last.end, markStart),
  );
}

/**
 * Whether an opening mark inside an open quotation starts a quotation within it: two more marks follow
 * in the same paragraph, the first of them a closing one (`"We back "Make in India" fully," he said`).
 * Otherwise the mark is taken as a mistyped closing mark.
 */
function opensNested(body: string, marks: Mark[], index: number): boolean {
  const mark = marks[index] as Mark;
  const br = hardLineBreakBetween(body, mark.end, body.length);
  const limit = br >= 0 ? br : body.length;
  const rest = marks.slice(index + 1).filter((m) => m.start < limit);
  const next = rest[0];
  return rest.length >= 2 && next !== undefined && direction(body, next) !== 'open';
}

function firstNonSpaceAfter(body: string, pos: number): number {
  let i = pos;
  while (i < body.length && SPACE.test(body[i] ?? '')) i++;
  return i;
}

/** Pairs single marks used as quotation marks; apostrophes and unpaired marks are ignored. */
function pairSingles(body: string, marks: Mark[], doubles: QuotePiece[]): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  const regionOf = (pos: number): number => {
    // -1 outside every double quote, else the index of the enclosing double piece.
    for (let i = 0; i < doubles.length; i++) {
      const d = doubles[i];
      if (d && pos > d.outer.start && pos < d.outer.end) return i;
    }
    return -1;
  };
  // A mark right after a Hindi verb of saying and its comma opens (`उन्होंने कहा, '21 मार्च को …`).
  const cued = marks.map(
    (mark) => afterHindiCue(body, mark.start) && /^\s?[\p{L}\p{N}]/u.test(body.slice(mark.end, mark.end + 2)),
  );
  const roles = marks.map((mark, i) => (cued[i] ? 'open' : singleRole(body, mark)));
  const push = (opening: Mark, to: number, outerEnd: number, end: QuotePiece['end'], nested: boolean) => {
    const text = trimQuoteText(body, opening.end, to);
    if (text)
      pieces.push({
        text,
        outer: { start: opening.start, end: outerEnd },
        chain: -1,
        piece: 0,
        end,
        single: true,
        nested,
      });
  };
  for (let i = 0; i < marks.length; i++) {
    const opening = marks[i];
    if (!opening || roles[i] !== 'open') continue;
    const region = regionOf(opening.start);
    let closed = false;
    for (let j = i + 1; j < marks.length; j++) {
      const closing = marks[j];
      if (!closing) break;
      if (closing.start - opening.end > 1500 || regionOf(closing.start) !== region) break;
      if (lineBreakBetween(body, opening.end, closing.start) >= 0) break;
      if (roles[j] === 'open') {
        // `कहा, 'A है. 'इसके बाद …`: after a cued opening, a mark typed with the space before it, after a
        // finished sentence and with no closing mark after it in the paragraph, closes the quotation.
        if (cued[i] && !cued[j] && closesCuedSingle(body, marks, roles, j)) {
          push(opening, closing.start, closing.end, 'mark', region >= 0);
          closed = true;
          i = j;
        }
        break; // else another opening first: this one is unbalanced
      }
      if (roles[j] !== 'close') continue;
      push(opening, closing.start, closing.end, 'mark', region >= 0);
      closed = true;
      i = j;
      break;
    }
    if (!closed && cued[i] && region < 0) {
      // A cued quotation never closed (wire copy: `उन्होंने बताया, 'A । B ।⏎⏎`) ends with its paragraph,
      // or before the next opening mark in it.
      const next = marks.slice(i + 1).find((m) => m.start > opening.end);
      const br = hardLineBreakBetween(body, opening.end, body.length);
      const limit = Math.min(
        br >= 0 ? br : body.length,
        next && lineBreakBetween(body, opening.end, next.start) < 0 ? next.start : body.length,
      );
      const last = lastNonSpaceBefore(body, limit, opening.end);
      const tail = body.slice(opening.end, last.at + 1);
      if (SENTENCE_END.test(last.ch) && wordsIn(tail) >= 3)
        push(opening, last.at + 1, last.at + 1, 'unclosed', false);
    }
  }
  return pieces;
}

/** Whether the single mark at `j` (an opening by its spacing) has no closing mark after it in its paragraph. */
function closesCuedSingle(body: string, marks: Mark[], roles: string[], j: number): boolean {
  const mark = marks[j] as Mark;
  if (!/[.?!।][ \t]+$/.test(body.slice(Math.max(0, mark.start - 3), mark.start))) return false;
  for (let k = j + 1; k < marks.length; k++) {
    const m = marks[k] as Mark;
    if (lineBreakBetween(body, mark.end, m.start) >= 0) break;
    if (roles[k] === 'close') return false;
  }
  return true;
}

function singleRole(body: string, mark: Mark): 'open' | 'close' | 'apostrophe' {
  const prev = mark.start > 0 ? (body[mark.start - 1] ?? '') : '';
  const next = body[mark.end] ?? '';
  if (LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next)) return 'apostrophe'; // don't, Khan’s
  // `…है.’‘दूसरी …’`: one quotation closed and the next opened with no space between the marks.
  const afterClosing = SINGLE_MARKS.has(prev) && /[.!?।]/.test(body[mark.start - 2] ?? '');
  const spaceBefore =
    prev === '' || SPACE.test(prev) || OPENING_PUNCT.test(prev) || DOUBLE_MARKS.has(prev) || afterClosing;
  if (spaceBefore && LETTER.test(next)) return 'open';
  // Hindi web copy often leaves out the space after the cue: `कहा,'हम…'`, `बोले:'…'`.
  if (/[,:]/.test(prev) && LETTER.test(next)) return 'open';
  // …and before the narration that follows a closing mark: `…है.'उन्होंने`.
  if (/[.!?।]/.test(prev) && LETTER.test(next) && !/^s(?![\p{L}])/u.test(body.slice(mark.end, mark.end + 2)))
    return 'close';
  if (spaceBefore && /\d/.test(next)) {
    // '90s, '47: an elided century, not a quotation.
    if (/^\d{2}(?:s|\b)/.test(body.slice(mark.end, mark.end + 3))) return 'apostrophe';
    return 'open';
  }
  const spaceAfter =
    next === '' ||
    SPACE.test(next) ||
    CLOSING_PUNCT.test(next) ||
    DOUBLE_MARKS.has(next) ||
    // `…है.’‘…`, `…है.’(बीबीसी …`: after a finished sentence, another mark or a bracket.
    (/[.!?।]/.test(prev) && (SINGLE_MARKS.has(next) || /[([]/.test(next)));
  if (!spaceBefore && spaceAfter && (LETTER_OR_DIGIT.test(prev) || /[.!?,;…।)]/.test(prev))) return 'close';
  if (spaceBefore && SPACE.test(next)) return spacedSingleRole(body, mark);
  return 'apostrophe';
}

/**
 * A single mark with a space on both sides, as Hindi newspaper copy types them: `कहा, ' हम तैयार हैं।'`
 * opens (a cue's comma or colon before it, a word after), `…हैं। ' इसके बाद` closes (a finished
 * sentence before it). Anything else is left alone.
 */
function spacedSingleRole(body: string, mark: Mark): 'open' | 'close' | 'apostrophe' {
  const before = /(\S)[ \t]{1,2}$/u.exec(body.slice(Math.max(0, mark.start - 3), mark.start))?.[1] ?? '';
  const after = /^[ \t]{1,2}(\S)/u.exec(body.slice(mark.end, mark.end + 3))?.[1] ?? '';
  if (/[,:]/.test(before) && LETTER.test(after)) return 'open';
  if (/[.!?।]/.test(before)) return 'close';
  return 'apostrophe';
}

/**
 * The quoted text between two marks: surrounding spaces, a leading ellipsis (`"... we work`), stray
 * edge marks (`Bagh.'"`) and a trailing comma (`"…," he said`) removed. Null when nothing is left.
 */
export function trimQuoteText(body: string, from: number, to: number): Span | null {
  let start = from;
  let end = to;
  for (;;) {
    while (start < end && SPACE.test(body[start] ?? '')) start++;
    while (end > start && SPACE.test(body[end - 1] ?? '')) end--;
    // A stray mark at an edge: `"' text` or `Bagh.'"` (not `'rubbish'` closing a nested quote).
    if (isMarkChar(body[start] ?? '') && SPACE.test(body[start + 1] ?? '')) {
      start++;
      continue;
    }
    if (isMarkChar(body[end - 1] ?? '') && /[.!?,;।]/.test(body[end - 2] ?? '')) {
      end--;
      continue;
    }
    const head = body.slice(start, start + 4);
    const ellipsis = /^(?:\.{3,}|…)(?=\s)/.exec(head);
    if (ellipsis) {
      start += ellipsis[0].length;
      continue;
    }
    if (body[end - 1] === ',') {
      end--;
      continue;
    }
    break;
  }
  if (end <= start || !LETTER_OR_DIGIT.test(body.slice(start, end))) return null;
  return { start, end };
}
