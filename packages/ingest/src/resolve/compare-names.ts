/**
 * How two person names relate, from their `nameParts`: the same key, the same sound, one extending
 * the other (a middle name or a first name more), initials for given names, one word of the other
 * (a short form), or a conflict (same surname or same given name, the other part different: Rajnath
 * Singh / Manmohan Singh, Rahul Gandhi / Sonia Gandhi). The matcher decides what each is worth.
 */
import type { NameParts } from './name-keys.js';

export type NameRelation = 'key' | 'phonetic' | 'initials' | 'extension' | 'short' | 'conflict' | 'none';

/** Strength of each relation, strongest first (`conflict` and `none` are not matches). */
export const RELATION_RANK: Record<NameRelation, number> = {
  key: 5,
  phonetic: 4,
  initials: 3,
  extension: 3,
  short: 1,
  conflict: -1,
  none: 0,
};

/** A full name has at least two word tokens (initials count as one). */
export function isFullName(parts: NameParts): boolean {
  return parts.tokens.length >= 2;
}

function sameToken(a: NameParts, i: number, b: NameParts, j: number): boolean {
  const ak = a.tokens[i];
  const bk = b.tokens[j];
  if (ak === undefined || bk === undefined) return false;
  if (ak === bk) return true;
  if (a.initials[i] || b.initials[j]) return false;
  return a.phoneticTokens[i] === b.phoneticTokens[j];
}

/** Whether `short`'s tokens appear in `long`, in order, each matching (key or sound). */
function isSubsequence(short: NameParts, long: NameParts): boolean {
  let j = 0;
  for (let i = 0; i < short.tokens.length; i++) {
    while (j < long.tokens.length && !sameToken(short, i, long, j)) j++;
    if (j === long.tokens.length) return false;
    j++;
  }
  return true;
}

/**
 * Initials of given names: `A.B. Vajpayee` (`ab vajpayi`) for `Atal Bihari Vajpayee`, `KC
 * Venugopal` for `K. Chandrasekharan Venugopal`. Surnames must match already.
 */
function initialsFit(withInitials: NameParts, full: NameParts): boolean {
  const given = withInitials.tokens.slice(0, -1);
  const givenFlags = withInitials.initials.slice(0, -1);
  if (given.length === 0 || !givenFlags.some(Boolean)) return false;
  const letters = given.map((t, i) => (givenFlags[i] ? t : t.slice(0, 1))).join('');
  const fullGiven = full.tokens.slice(0, -1);
  if (fullGiven.length === 0 || full.initials.slice(0, -1).some(Boolean)) return false;
  const fullLetters = fullGiven.map((t) => t.slice(0, 1)).join('');
  return letters === fullLetters || (letters.length < fullLetters.length && fullLetters.startsWith(letters));
}

/** How two person names relate (see module doc). Symmetric. */
export function relateNames(a: NameParts, b: NameParts): NameRelation {
  if (a.key === '' || b.key === '') return 'none';
  if (a.key === b.key) return 'key';
  const aFull = isFullName(a);
  const bFull = isFullName(b);
  if (!aFull && !bFull) return 'none';
  if (!aFull || !bFull) {
    const [single, full] = aFull ? [b, a] : [a, b];
    const token = single.tokens[0];
    const last = full.tokens.length - 1;
    if (token === full.tokens[last] || token === full.tokens[0]) return 'short';
    if (token === full.tokens.join('')) return 'phonetic';
    return 'none';
  }
  if (a.phonetic === b.phonetic) return 'phonetic';
  // Compounds written as one word in one script and two in the other (कमलनाथ / Kamal Nath).
  if (a.tokens.join('') === b.tokens.join('') || a.phoneticTokens.join('') === b.phoneticTokens.join('')) {
    return 'phonetic';
  }
  const lastA = a.tokens.length - 1;
  const lastB = b.tokens.length - 1;
  const surname = sameToken(a, lastA, b, lastB);
  const given = sameToken(a, 0, b, 0);
  if (surname) {
    if (initialsFit(a, b) || initialsFit(b, a)) return 'initials';
    const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
    if (short.tokens.length < long.tokens.length && isSubsequence(short, long)) {
      // A middle name more (Shivraj Chouhan / Shivraj Singh Chouhan) keeps the given name; a first
      // name more may be a relative (Omar Abdullah / Farooq Omar Abdullah): neither a match nor a
      // conflict.
      return given ? 'extension' : 'none';
    }
    return 'conflict';
  }
  if (given) {
    const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
    if (short.tokens.length < long.tokens.length && isSubsequence(short, long)) return 'extension';
    return 'conflict';
  }
  return 'none';
}
