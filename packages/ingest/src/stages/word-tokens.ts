/**
 * Word tokens with offsets, shared by the entity finder and the lexicons (so that a lexicon phrase
 * and a stretch of body text split the same way). Words keep inner apostrophes, dots, ampersands
 * and hyphens (`O'Brien`, `U.K`, `J&K`, `Lok-Sabha`); a possessive `'s` / `’s` is its own token; every
 * other non-space character is a one-character token.
 */
import { devanagariKey, latinKey } from '../lexicons/name-keys.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** `word` (letters/digits), `punct` (anything else). */
  kind: 'word' | 'punct';
  /** Lookup key: accent-free lower case for Latin, variant-folded for Devanagari. */
  key: string;
  /** A line break (or more) separates this token from the previous one. */
  newlineBefore: boolean;
  deva: boolean;
}

const TOKEN =
  /[\p{L}\p{M}\p{N}]+(?:(?:['’](?!s\b)|[&-])[\p{L}\p{M}\p{N}]+|\.(?=[A-Za-z0-9])[\p{L}\p{M}\p{N}]+)*|['’]s\b|[^\s\p{L}\p{M}\p{N}]/gu;
const DEVA = /[\u0900-\u097F]/;

/**
 * "Shivakumar.Congress", "Lok Sabha.The": a full stop with the space after it missing, between a
 * lower-case word and a capitalised one. Initials ("U.K", "G.S.Tohra") and domains ("Amazon.com") stay
 * one word.
 */
const GLUED_STOP = /(?<=[\p{L}\p{M}]*\p{Ll}[\p{L}\p{M}]*)(?<=[\p{L}\p{M}]{4})\.(?=\p{Lu}\p{Ll})/gu;

/**
 * "Kamal Nath-led", "Delhi-based", "Bush-style": a compound of a name and a participle or "-style" is the
 * name, a hyphen and the word, so that the name is found as it is.
 */
const NAME_COMPOUND =
  /^(\p{Lu}[\p{L}\p{M}\p{N}.'’-]*?)-(led|backed|based|style|era|born|run|owned|controlled|linked|funded|inspired|like|type|dominated|ruled|headed|sponsored|allied|aligned|affiliated|supported|centric|friendly|made|appointed|nominated|chaired|sized|starrer|rule|administered|centred|centered|focused|specific)$/u;

/**
 * "राजेश खन्नाउन्होंने बताया", "क्लिक करेंहालांकि": Hindi web copy that lost the space between a
 * headline or link and the next sentence. A pronoun that opens with a vowel letter, or a conjunction,
 * glued to the end of a longer word is a word of its own (no Hindi word ends in them).
 */
const GLUED_HINDI =
  /^([\u0900-\u097F]{2,}?[\u0900-\u0963])(उन्होंने|उन्होने|उन्हें|उनका|उनकी|उनके|उनको|उनसे|इन्होंने|इन्हें|इसके|इसका|इसकी|इसमें|इसलिए|इससे|उसने|उसके|उसका|उसकी|हालांकि|हालाँकि|लेकिन|क्योंकि)$/u;

const NAME_PAIR = /^(\p{Lu}\p{Ll}[\p{L}\p{M}'’]*)-(\p{Lu}\p{Ll}[\p{L}\p{M}'’]*)$/u;
const MEETING_NOUN_AFTER =
  /^\s+(?:talks|meeting|meetings|summit|parleys|dialogue|meet|tête-à-tête|tete-a-tete)\b/i;

function* pieces(text: string): Generator<{ index: number; word: string }> {
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    const word = m[0];
    const glued = GLUED_HINDI.exec(word);
    if (glued?.[1] && glued[2]) {
      yield { index: start, word: glued[1] };
      yield { index: start + glued[1].length, word: glued[2] };
      continue;
    }
    // "the Vajpayee-Sharif talks": two names joined by a hyphen before a meeting noun are two names.
    const pair = NAME_PAIR.exec(word);
    if (
      pair?.[1] &&
      pair[2] &&
      MEETING_NOUN_AFTER.test(text.slice(start + word.length, start + word.length + 16))
    ) {
      yield { index: start, word: pair[1] };
      yield { index: start + pair[1].length, word: '-' };
      yield { index: start + pair[1].length + 1, word: pair[2] };
      continue;
    }
    const compound = NAME_COMPOUND.exec(word);
    if (compound?.[1] && compound[2]) {
      yield { index: start, word: compound[1] };
      yield { index: start + compound[1].length, word: '-' };
      yield { index: start + compound[1].length + 1, word: compound[2] };
      continue;
    }
    if (!word.includes('.')) {
      yield { index: start, word };
      continue;
    }
    let from = 0;
    for (const stop of word.matchAll(GLUED_STOP)) {
      const at = stop.index ?? 0;
      yield { index: start + from, word: word.slice(from, at) };
      yield { index: start + at, word: '.' };
      from = at + 1;
    }
    yield { index: start + from, word: word.slice(from) };
  }
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const { index: start, word } of pieces(text)) {
    const between = text.slice(last, start);
    const isWord = /[\p{L}\p{N}]/u.test(word) && !/^['’]s$/.test(word);
    const deva = DEVA.test(word);
    tokens.push({
      text: word,
      start: start + offset,
      end: start + word.length + offset,
      kind: isWord ? 'word' : 'punct',
      key: deva ? devanagariKey(word) : latinKey(word).replace(/’/g, "'"),
      newlineBefore: between.includes('\n'),
      deva,
    });
    last = start + word.length;
  }
  return tokens;
}

/** Key of a phrase as the lexicons store it: token keys joined by single spaces. */
export function phraseKey(text: string): string {
  return tokenize(text)
    .map((t) => t.key)
    .join(' ');
}
