/**
 * What the entity-finding passes share about one article: its tokens, where sentences and
 * title-case heading lines start, and the collector the passes fill.
 */
import { EntityCollector } from './entity-collector.js';
import { type Token, tokenize } from './word-tokens.js';

export interface EntityContext {
  body: string;
  tokens: Token[];
  collector: EntityCollector;
  /** Token i opens a sentence (start of text, after . ! ? । : or an opening quote, or a new line). */
  sentenceStart: boolean[];
  /** Token i lies on a line written in title case (a headline or subhead). */
  heading: boolean[];
  /** Index of the token that starts at a character offset. */
  tokenAt: Map<number, number>;
  /** Lower-case words the article shows to be surnames ("Mr Straw"), filled by the English person pass. */
  confirmedSurnames: Set<string>;
}

const SENTENCE_END = new Set(['.', '!', '?', '।', '॥', ':', '|', '—', '–']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '-', '—', '–']);

export function createEntityContext(body: string): EntityContext {
  const tokens = tokenize(body);
  const sentenceStart: boolean[] = new Array(tokens.length).fill(false);
  let atStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.newlineBefore) atStart = true;
    if (t.kind === 'punct') {
      if (SENTENCE_END.has(t.text) && !isInitialDot(tokens, i)) atStart = true;
      else if (!OPENERS.has(t.text)) atStart = false;
      continue;
    }
    sentenceStart[i] = atStart;
    atStart = false;
  }
  return {
    body,
    tokens,
    collector: new EntityCollector(body),
    sentenceStart,
    heading: markHeadingLines(body, tokens),
    tokenAt: new Map(tokens.map((t, i) => [t.start, i])),
    confirmedSurnames: new Set(),
  };
}

/** `J.` in `J. Jayalalitha`, `Mr.`, `Dr.`: a dot that does not end a sentence. */
function isInitialDot(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.end !== tokens[i]?.start) return false;
  if (/^\p{Lu}$/u.test(prev.text)) return true;
  return /^(mr|mrs|ms|dr|prof|st|sr|jr|lt|col|gen|capt|rev|smt|hon|no|vs|sh|maj|adv|u\.s|u\.k)$/i.test(
    prev.text,
  );
}

/**
 * Lines of at least three words where most words start with a capital (headlines, subheads such
 * as "BJP Reacts To Pawar-Thackeray Meeting"), and lines that do not end like a sentence.
 */
function markHeadingLines(body: string, tokens: Token[]): boolean[] {
  const out: boolean[] = new Array(tokens.length).fill(false);
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t && !(t.newlineBefore && i > lineStart)) continue;
    const line = tokens.slice(lineStart, i);
    const words = line.filter((w) => w.kind === 'word' && !w.deva && /\p{L}/u.test(w.text));
    if (words.length >= 3) {
      const caps = words.filter((w) => /^\p{Lu}/u.test(w.text)).length;
      const lastText = line[line.length - 1]?.text ?? '';
      if (caps / words.length >= 0.6 && !/[.,;]$/.test(lastText)) {
        for (let k = lineStart; k < i; k++) out[k] = true;
      }
    }
    lineStart = i;
  }
  void body;
  return out;
}
