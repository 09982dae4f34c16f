/**
 * Place and organisation lexicons (`lexicons/places.tsv`, `lexicons/organizations.tsv`) as one
 * phrase index: token-key sequence -> entry. Lookups are by tokens of the body (see `word-tokens`),
 * longest phrase first. See lexicons/SOURCES.md for what the files cover and where they come from.
 */
import type { EntityType, PlaceKind } from '../domain.js';
import { phraseKey } from '../stages/word-tokens.js';
import { lazy, readLexiconLines } from './read-lexicon.js';

export interface LexiconEntry {
  type: Exclude<EntityType, 'PERSON'>;
  /** `IN-UP/Lucknow`, `GB`, `in-bjp` ... */
  id: string;
  /** Canonical English name. */
  name: string;
  /** PlaceKind for places; PARTY, ALLIANCE, GOVT, COURT, AGENCY ... for organisations. */
  kind: string;
}

export interface PhraseMatch {
  entry: LexiconEntry;
  /** The alias as the lexicon writes it (for case checks). */
  alias: string;
  /** Weak alias: only valid when a strong name of the same entry occurs in the article. */
  weak: boolean;
}

export interface PhraseIndex {
  /** Entries sharing a key, best first: curated organisations, places, then weak aliases. */
  byKey: Map<string, PhraseMatch[]>;
  /** Longest phrase in tokens. */
  maxTokens: number;
  /** Every proper token-key prefix of a phrase ("uttar" of "uttar pradesh"), to stop extending early. */
  prefixes: Set<string>;
  byId: Map<string, LexiconEntry>;
  /**
   * One-word Devanagari place names of five letters or more by `looseDevanagariKey`: Hindi spells
   * foreign names with either vowel length ("अर्जेंटिना", "अर्जेंटीना").
   */
  looseByKey: Map<string, PhraseMatch[]>;
}

/** Vowel length folded (ी→ि, ू→ु, ई→इ, ऊ→उ), for matching one-word place names spelt either way. */
export function looseDevanagariKey(key: string): string {
  return key
    .replace(/\u0940/g, '\u093F')
    .replace(/\u0942/g, '\u0941')
    .replace(/ई/g, 'इ')
    .replace(/ऊ/g, 'उ');
}

const PLACE_KINDS = new Set<PlaceKind>(['COUNTRY', 'STATE', 'DISTRICT', 'CITY', 'REGION', 'VENUE', 'OTHER']);

export const getPhraseIndex = lazy((): PhraseIndex => {
  const byKey = new Map<string, PhraseMatch[]>();
  const looseByKey = new Map<string, PhraseMatch[]>();
  const byId = new Map<string, LexiconEntry>();
  const prefixes = new Set<string>();
  let maxTokens = 1;
  const rank = (m: PhraseMatch) => (m.weak ? 2 : m.entry.type === 'ORGANIZATION' ? 0 : 1);
  const add = (entry: LexiconEntry, alias: string) => {
    const weak = alias.startsWith('~');
    const surface = weak ? alias.slice(1) : alias;
    const key = phraseKey(surface);
    if (key === '') return;
    const list = byKey.get(key) ?? [];
    if (list.some((m) => m.entry.id === entry.id && m.alias === surface)) return;
    list.push({ entry, alias: surface, weak });
    if (list.length > 1) list.sort((a, b) => rank(a) - rank(b));
    byKey.set(key, list);
    const parts = key.split(' ');
    maxTokens = Math.max(maxTokens, parts.length);
    for (let n = 1; n < parts.length; n++) prefixes.add(parts.slice(0, n).join(' '));
  };
  for (const line of readLexiconLines('places.tsv')) {
    const [id, kind, name, aliases = ''] = line.split('\t');
    if (!id || !kind || !name) continue;
    const entry: LexiconEntry = {
      type: 'PLACE',
      id,
      name,
      kind: PLACE_KINDS.has(kind as PlaceKind) ? kind : 'OTHER',
    };
    byId.set(id, entry);
    add(entry, name);
    for (const alias of aliases.split('|')) {
      if (!alias) continue;
      add(entry, alias);
      const key = phraseKey(alias);
      if (!/^[\u0900-\u097F]{5,}$/.test(key) || entry.kind === 'VENUE' || entry.kind === 'OTHER') continue;
      const loose = looseDevanagariKey(key);
      const list = looseByKey.get(loose) ?? [];
      if (!list.some((m) => m.entry.id === entry.id)) list.push({ entry, alias, weak: false });
      looseByKey.set(loose, list);
    }
  }
  for (const line of readLexiconLines('organizations.tsv')) {
    const [id, kind, name, aliases = '', hindi = ''] = line.split('\t');
    if (!id || !kind || !name) continue;
    const entry: LexiconEntry = { type: 'ORGANIZATION', id, name, kind };
    byId.set(id, entry);
    add(entry, name);
    for (const alias of [...aliases.split('|'), ...hindi.split('|')]) if (alias) add(entry, alias);
  }
  return { byKey, maxTokens, byId, prefixes, looseByKey };
});

/**
 * Whether a body surface may stand for a lexicon alias whose key it shares: acronyms must match
 * exactly, capitalised names must be capitalised (or the surface is all upper case, as in
 * `NEW DELHI:` datelines); Devanagari has no case.
 */
export function surfaceFits(surface: string, alias: string): boolean {
  if (/[\u0900-\u097F]/.test(alias)) return true;
  const letters = alias.replace(/[^\p{L}]/gu, '');
  const isAcronym = letters.length >= 2 && letters === letters.toUpperCase() && !/[\p{Ll}]/u.test(letters);
  const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’`]/g, "'");
  if (isAcronym) return plain(surface) === plain(alias);
  const first = surface.match(/\p{L}/u)?.[0] ?? '';
  const aliasFirst = alias.match(/\p{L}/u)?.[0] ?? '';
  if (aliasFirst !== aliasFirst.toUpperCase()) return true; // lower-case alias ("apex court")
  if (first !== first.toUpperCase()) return false;
  // Every capitalised word of the alias must be capitalised in the surface too ("Bihar police" is
  // not "Bihar Police" by lexicon; rules may still accept it).
  const aWords = alias.split(/\s+/);
  const sWords = surface.split(/\s+/);
  if (aWords.length !== sWords.length) return true;
  return aWords.every((w, i) => {
    const a = w.match(/\p{L}/u)?.[0] ?? '';
    const s = sWords[i]?.match(/\p{L}/u)?.[0] ?? '';
    return a !== a.toUpperCase() || s === s.toUpperCase();
  });
}
