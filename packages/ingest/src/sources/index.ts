/**
 * Input readers: turn what the user points at (files, directories, globs, stdin, URLs, feeds) into
 * `ArticleInput` records, or one clear error per bad input. No database code lives here.
 */

export { makeArticleInput } from './article-input.js';
export { SUPPORTED_EXTENSIONS } from './detect-format.js';
export { defaultUserAgent } from './fetch-url.js';
export { type ArticleRecord, articleRecordSchema, validateArticleRecord } from './parse-json-articles.js';
export { countSources, readSources } from './read-sources.js';
export {
  DEFAULT_MAX_BYTES,
  type SourceErrorCode,
  type SourceItem,
  type SourceOptions,
} from './source-types.js';
