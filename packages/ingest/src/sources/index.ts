/**
 * Input readers: turn what the user points at (files, directories, globs, stdin, URLs, feeds) into
 * `ArticleInput` records, or one clear error per bad input. No database code lives here.
 */

export { defaultUserAgent } from './fetch-url.js';
export { countSources, readSources } from './read-sources.js';
export {
  DEFAULT_MAX_BYTES,
  type SourceErrorCode,
  type SourceItem,
  type SourceOptions,
} from './source-types.js';
