export type * from './domain.js';
export { readIngestEnv } from './env.js';
export {
  extractStoredArticle,
  type IngestOptions,
  type IngestResult,
  type IngestStatus,
  type IngestSummary,
  type IngestTotals,
  ingestArticles,
} from './ingest-articles.js';
export { nameKey } from './persist/entity-keys.js';
export { EXTRACTION_VERSION, extract, STAGES } from './pipeline.js';
export { countSources, readSources, type SourceItem, type SourceOptions } from './sources/index.js';
