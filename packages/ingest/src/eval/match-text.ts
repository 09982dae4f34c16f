/**
 * Text comparison used by the scorer: name keys (case, whitespace, dots and Devanagari spelling
 * variants ignored) and quote overlap (tokens compared after dropping quote marks and punctuation).
 */

const APOSTROPHES = /['\u2018\u2019\u201A\u201B\u02BC\u0060\u00B4]/g;
const NUKTA = /\u093C/g;
const CHANDRABINDU = /\u0901/g;

/** Folds what the scorer treats as the same spelling: case, NFKC, nukta, chandrabindu/anusvara. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(NUKTA, '')
    .normalize('NFKC')
    .replace(CHANDRABINDU, '\u0902')
    .toLowerCase();
}

/**
 * Comparison key of a name: `Mr. Kennedy`, `mr kennedy` and ` MR  KENNEDY ` share one key, as do
 * `J. P. Nadda` / `J P Nadda` and `ज़फ़र खां` / `जफर खाँ`.
 */
export function nameKey(name: string): string {
  return fold(name)
    .replace(APOSTROPHES, '')
    .replace(/[.\u0964]/g, ' ')
    .replace(/[\s,;:!?()"\u201C\u201D\u2014\u2013-]+/g, ' ')
    .trim();
}

/** Keys of an entity's name and all its aliases (empty keys dropped). */
export function nameKeys(entity: { name: string; aliases?: readonly string[] | undefined }): Set<string> {
  const keys = new Set<string>();
  for (const form of [entity.name, ...(entity.aliases ?? [])]) {
    const key = nameKey(form);
    if (key) keys.add(key);
  }
  return keys;
}

export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}

/**
 * Word tokens of a quote: quote marks, apostrophes and punctuation removed, case folded. Devanagari
 * vowel signs and viramas stay inside their words (they are marks, not separators).
 */
export function quoteTokens(text: string): string[] {
  return fold(text)
    .replace(APOSTROPHES, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/** The longest run of tokens occurring in both sequences: its length and where it starts in `a`. */
export function commonRun(a: readonly string[], b: readonly string[]): { length: number; startInA: number } {
  let best = 0;
  let startInA = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        const run = (previous[j - 1] ?? 0) + 1;
        current[j] = run;
        if (run > best) {
          best = run;
          startInA = i - run;
        }
      }
    }
    previous = current;
  }
  return { length: best, startInA };
}

/** Length of the longest run of tokens that occurs in both sequences. */
export function longestCommonRun(a: readonly string[], b: readonly string[]): number {
  return commonRun(a, b).length;
}

/**
 * Share of the longer quote covered by the longest common run of words (0..1). Equal quotes give 1;
 * a prediction that joins two gold pieces of similar length gives about 0.5 for each; a short
 * partial quote inside a long different statement gives little.
 */
export function quoteOverlap(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  return longestCommonRun(a, b) / longer;
}

/**
 * Minimum `quoteOverlap` for two quotes to count as the same statement. Allows a quote split in two
 * or three pieces differently from the gold, or running on into some narration, but not a
 * five-word partial quote that reappears inside a forty-word statement.
 */
export const QUOTE_OVERLAP_THRESHOLD = 0.3;

/** Whether a predicted quote and a gold quote are the same statement (see `QUOTE_OVERLAP_THRESHOLD`). */
export function quotesMatch(a: readonly string[], b: readonly string[]): boolean {
  return quoteOverlap(a, b) >= QUOTE_OVERLAP_THRESHOLD;
}

/**
 * Whether a predicted evidence clause and a gold evidence clause talk about the same thing: their
 * longest common run of words covers at least half of the shorter one.
 */
export function evidenceMatch(a: string, b: string): boolean {
  const ta = quoteTokens(a);
  const tb = quoteTokens(b);
  const shorter = Math.min(ta.length, tb.length);
  if (shorter === 0) return false;
  return longestCommonRun(ta, tb) / shorter >= 0.5;
}
