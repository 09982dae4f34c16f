/**
 * Person-name and word lexicons used to tell names from ordinary words:
 * given names with gender, surnames (Latin script; Devanagari words are compared through
 * `nameVowelKey`), common English words and Hindi stopwords. Built by `scripts/build-lexicons.ts`.
 */
import { nameVowelKey } from './name-keys.js';
import { lazy, readLexiconLines } from './read-lexicon.js';

export type Gender = 'm' | 'f';

export interface NameLexicon {
  /** Lower-cased given name -> gender (`u` when used for both). */
  given: Map<string, Gender | 'u'>;
  surnames: Set<string>;
  /** `nameVowelKey`s of given names / surnames (to compare Devanagari words with them). */
  givenKeys: Set<string>;
  surnameKeys: Set<string>;
  /** Lower-cased common English words (SCOWL). */
  englishWords: Set<string>;
  hindiStopwords: Set<string>;
  /** Lower-cased one-word company and brand names that are no common word, name or place. */
  companies: Set<string>;
  /** Lower-cased names of deities written after a devotional title ("Lord Ram", "Maa Kali"). */
  deities: Set<string>;
}

export const getNameLexicon = lazy((): NameLexicon => {
  const given = new Map<string, Gender | 'u'>();
  const givenKeys = new Set<string>();
  for (const line of readLexiconLines('given-names.tsv')) {
    const [name, gender, precomputed] = line.split('\t');
    if (!name) continue;
    given.set(name, gender === 'm' || gender === 'f' ? gender : 'u');
    const key = precomputed ?? nameVowelKey(name);
    if (key.length >= 2) givenKeys.add(key);
  }
  const surnames = new Set<string>();
  const surnameKeys = new Set<string>();
  for (const line of readLexiconLines('surnames.txt')) {
    const [name = '', precomputed] = line.split('\t');
    surnames.add(name);
    const key = precomputed ?? nameVowelKey(name);
    if (key.length >= 2) surnameKeys.add(key);
  }
  const englishWords = new Set(readLexiconLines('english-words.txt'));
  const hindiStopwords = new Set(readLexiconLines('hindi-stopwords.txt'));
  const companies = new Set(readLexiconLines('companies.txt'));
  const deities = new Set(readLexiconLines('deities.txt'));
  return { given, surnames, givenKeys, surnameKeys, englishWords, hindiStopwords, companies, deities };
});
