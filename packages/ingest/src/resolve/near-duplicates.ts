/**
 * Near-duplicate articles and repeated paragraphs.
 *
 * `simhash`: 64-bit SimHash (Charikar 2002; Manku et al. 2007) over word 3-shingles, as 16 hex
 * digits (`Article.simhash`). SimHash rather than MinHash because one 64-bit value per article fits
 * the one column the schema has, and comparing a new article with every stored one is one XOR and a
 * popcount each (a million stored hashes take milliseconds to scan). MinHash estimates Jaccard
 * similarity more evenly but needs 100+ values per article for the same precision. Short news
 * stories make SimHash noisy (a 300-word story with one paragraph dropped moves 5-15 bits), so the
 * threshold is wide and `nearDuplicateScore` confirms a hit on the two texts (shingle containment).
 *
 * `NEAR_DUPLICATE_BITS` was tuned on wire stories: the same story re-published with small edits (a
 * sentence changed or added, a paragraph dropped, a headline or dateline changed, a paragraph
 * repeated) is within it; two outlets' reports of the same meeting, or an English and a Hindi
 * report, are far outside it (those are SAME_EVENT links, made by `dedupe-events` instead).
 *
 * `dedupeRepeatedParagraphs`: paragraphs that repeat an earlier paragraph of the same article
 * (copy-paste slips in feeds), so that no stage extracts the same statement twice from them.
 */
import type { Span } from '../domain.js';

/** Hamming distance at or below which two articles are near-duplicates. */
export const NEAR_DUPLICATE_BITS = 16;

/** Word tokens (letters with their combining marks, digits), lower case, NFC. */
function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? []
  ).map((w) => w.replace(/\u093C/g, ''));
}

/** Word n-grams joined by a space (the words themselves when there are fewer than n). */
function shingles(tokens: readonly string[], n = 3): string[] {
  if (tokens.length < n) return tokens.length > 0 ? [tokens.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(' '));
  return out;
}

/** 32-bit FNV-1a over UTF-16 code units, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche (murmur3 fmix32) so that near-identical shingles spread over all bits.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

/** 64-bit SimHash of a text's word 3-shingles, as 16 lower-case hex digits (all zeros for no words). */
export function simhash(text: string): string {
  const counts = new Int32Array(64);
  for (const shingle of shingles(words(text))) {
    const hi = fnv1a(shingle, 0x811c9dc5);
    const lo = fnv1a(shingle, 0x050c5d1f);
    for (let bit = 0; bit < 32; bit++) {
      counts[bit] = (counts[bit] ?? 0) + ((hi >>> (31 - bit)) & 1 ? 1 : -1);
      counts[32 + bit] = (counts[32 + bit] ?? 0) + ((lo >>> (31 - bit)) & 1 ? 1 : -1);
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if ((counts[bit] ?? 0) > 0) hi |= 1 << (31 - bit);
    if ((counts[32 + bit] ?? 0) > 0) lo |= 1 << (31 - bit);
  }
  return hex8(hi) + hex8(lo);
}

function popcount32(n: number): number {
  let x = n >>> 0;
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function halves(hash: string): [number, number] {
  if (!/^[0-9a-f]{16}$/i.test(hash)) throw new Error(`not a 64-bit simhash: ${JSON.stringify(hash)}`);
  return [Number.parseInt(hash.slice(0, 8), 16), Number.parseInt(hash.slice(8), 16)];
}

/** Number of differing bits between two `simhash` values. */
export function hammingDistance(a: string, b: string): number {
  const [ah, al] = halves(a);
  const [bh, bl] = halves(b);
  return popcount32(ah ^ bh) + popcount32(al ^ bl);
}

/** Whether two articles' simhashes are within `NEAR_DUPLICATE_BITS`. */
export function isNearDuplicate(a: string, b: string, maxBits = NEAR_DUPLICATE_BITS): boolean {
  return hammingDistance(a, b) <= maxBits;
}

/** The distinct word 3-shingles of a text (what `shingleOverlap` compares). */
export function shingleSet(text: string): Set<string> {
  return new Set(shingles(words(text)));
}

/** Jaccard and containment (of the smaller in the larger) of two shingle sets. */
export function setOverlap(
  sa: ReadonlySet<string>,
  sb: ReadonlySet<string>,
): { jaccard: number; containment: number } {
  if (sa.size === 0 || sb.size === 0) return { jaccard: 0, containment: 0 };
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return { jaccard: shared / (sa.size + sb.size - shared), containment: shared / small.size };
}

/** Shingle overlap of two texts: Jaccard, and containment of the smaller in the larger. */
export function shingleOverlap(a: string, b: string): { jaccard: number; containment: number } {
  return setOverlap(shingleSet(a), shingleSet(b));
}

/** Containment of the shorter text's shingles in the longer one's at or above which texts are one story. */
export const NEAR_DUPLICATE_CONTAINMENT = 0.6;

/**
 * Whether two article bodies are the same story with small edits: their simhashes are within
 * `NEAR_DUPLICATE_BITS` (the cheap filter, on stored hashes) and the shingles of the shorter are
 * mostly in the longer (the check on the two texts). Returns the containment as score, or null.
 */
export function nearDuplicateScore(a: string, b: string): number | null {
  if (hammingDistance(simhash(a), simhash(b)) > NEAR_DUPLICATE_BITS) return null;
  return containmentScore(shingleSet(a), shingleSet(b));
}

/** The second half of `nearDuplicateScore`, on shingle sets computed once (the simhash filter passed). */
export function containmentScore(a: ReadonlySet<string>, b: ReadonlySet<string>): number | null {
  const { containment } = setOverlap(a, b);
  return containment >= NEAR_DUPLICATE_CONTAINMENT ? Math.round(containment * 1000) / 1000 : null;
}

// ------------------------------------------------------------------------------ paragraphs

/** Paragraphs shorter than this (words) repeat only when identical (no near-equality). */
const MIN_WORDS_FOR_NEAR_REPEAT = 8;
/** Shingle overlap (Jaccard) at or above which two paragraphs are the same text re-pasted. */
const NEAR_REPEAT_JACCARD = 0.7;

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * For each paragraph, the index of the earlier paragraph of the same article it repeats (identical
 * words, or the same text with small edits), or null. The first occurrence is the one to keep.
 */
export function dedupeRepeatedParagraphs(paragraphs: readonly string[]): Array<number | null> {
  const seen: Array<{ key: string; shingles: Set<string>; words: number }> = [];
  const firstOf: Array<number | null> = [];
  return paragraphs.map((text) => {
    const tokens = words(text);
    const key = tokens.join(' ');
    const own = { key, shingles: new Set(shingles(tokens)), words: tokens.length };
    let repeats: number | null = null;
    if (key !== '') {
      for (let i = 0; i < seen.length; i++) {
        const earlier = seen[i]!;
        if (earlier.key === key) {
          repeats = i;
          break;
        }
        const longEnough = Math.min(earlier.words, own.words) >= MIN_WORDS_FOR_NEAR_REPEAT;
        if (longEnough && jaccard(earlier.shingles, own.shingles) >= NEAR_REPEAT_JACCARD) {
          repeats = i;
          break;
        }
      }
    }
    // A repeat points at the first occurrence, not at another repeat.
    if (repeats !== null) repeats = firstOf[repeats] ?? repeats;
    firstOf.push(repeats);
    seen.push(own);
    return repeats;
  });
}

/**
 * Spans of the paragraphs that repeat an earlier one (see `dedupeRepeatedParagraphs`), for stages
 * working on `Doc.body` and `Doc.paragraphs`: a statement inside one of them is a duplicate.
 */
export function repeatedParagraphSpans(body: string, paragraphs: readonly Span[]): Span[] {
  const repeats = dedupeRepeatedParagraphs(paragraphs.map((p) => body.slice(p.start, p.end)));
  return paragraphs.filter((_p, i) => repeats[i] !== null);
}
