/**
 * Person-name and word lexicons used to tell names from ordinary words:
 * given names with gender, surnames (Latin script; Devanagari words are compared through
 * `nameSkeleton`), common English words and Hindi stopwords. Built by `scripts/build-lexicons.ts`.
 */
import { nameSkeleton } from './name-keys.js';
import { lazy, readLexiconLines } from './read-lexicon.js';

export type Gender = 'm' | 'f';

export interface NameLexicon {
  /** Lower-cased given name -> gender (`u` when used for both). */
  given: Map<string, Gender | 'u'>;
  surnames: Set<string>;
  /** Consonant skeletons of given names / surnames (for Devanagari words). */
  givenSkeletons: Set<string>;
  surnameSkeletons: Set<string>;
  /** Lower-cased common English words (SCOWL). */
  englishWords: Set<string>;
  hindiStopwords: Set<string>;
}

export const getNameLexicon = lazy((): NameLexicon => {
  const given = new Map<string, Gender | 'u'>();
  const givenSkeletons = new Set<string>();
  for (const line of readLexiconLines('given-names.tsv')) {
    const [name, gender] = line.split('\t');
    if (!name) continue;
    given.set(name, gender === 'm' || gender === 'f' ? gender : 'u');
    const sk = nameSkeleton(name);
    if (sk.length >= 3) givenSkeletons.add(sk);
  }
  const surnames = new Set<string>();
  const surnameSkeletons = new Set<string>();
  for (const name of readLexiconLines('surnames.txt')) {
    surnames.add(name);
    const sk = nameSkeleton(name);
    if (sk.length >= 2) surnameSkeletons.add(sk);
  }
  const englishWords = new Set(readLexiconLines('english-words.txt'));
  const hindiStopwords = new Set(readLexiconLines('hindi-stopwords.txt'));
  return { given, surnames, givenSkeletons, surnameSkeletons, englishWords, hindiStopwords };
});
