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
export {
  MergeNotFoundError,
  type MergeableType,
  type MergeRequest,
  mergeEntities,
} from './persist/merge-entities.js';
export { nameKey, queryKeys } from './resolve/name-keys.js';
export { EXTRACTION_VERSION, extract, STAGES } from './pipeline.js';
export { countSources, readSources, type SourceItem, type SourceOptions } from './sources/index.js';
