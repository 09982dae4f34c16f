/**
 * The extraction pipeline: an ordered list of pure stages over a `Doc`.
 * Storage happens before this runs (see `persist/`), and nothing here does I/O
 * except reading the bundled lexicon files once, at first use.
 */
import type { ArticleInput, Doc, Stage } from './domain.js';
import { attributeQuotes } from './stages/attribute-quotes.js';
import { detectLanguage } from './stages/detect-language.js';
import { findEntities } from './stages/find-entities.js';
import { findEvents } from './stages/find-events.js';
import { createDoc } from './stages/normalize-text.js';
import { parseHeader } from './stages/parse-header.js';
import { splitText } from './stages/split-text.js';

/**
 * Bump when a stage changes what it extracts, so `newsgraph reprocess --all` knows which stored
 * articles were extracted by an older pipeline.
 */
export const EXTRACTION_VERSION = 1;

export const STAGES: ReadonlyArray<readonly [name: string, stage: Stage]> = [
  ['detect-language', detectLanguage],
  ['parse-header', parseHeader],
  ['split-text', splitText],
  ['find-entities', findEntities],
  ['attribute-quotes', attributeQuotes],
  ['find-events', findEvents],
];

/** Runs every stage on one article. Throws when a stage fails; the caller records the error. */
export function extract(input: ArticleInput): Doc {
  let doc = createDoc(input);
  for (const [name, stage] of STAGES) {
    try {
      doc = stage(doc);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`extraction stage ${name} failed: ${message}`, { cause: error });
    }
  }
  return doc;
}
