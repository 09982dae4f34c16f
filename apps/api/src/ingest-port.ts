/**
 * What the API needs from the ingestion pipeline: one function that stores and extracts articles
 * and reports a status per article. The default is @newsgraph/ingest's `ingestArticles`; tests and
 * embedders may pass their own.
 */
import type { Database } from '@newsgraph/schema';

/** One article to ingest, as the pipeline takes it. */
export interface ArticleInputValue {
  ingestedFrom: string;
  body: string;
  title?: string | null;
  url?: string | null;
  /** `YYYY-MM-DD`. */
  publishedAt?: string | null;
  language?: string | null;
  agency?: string | null;
  byline?: string | null;
}

export type IngestStatus = 'new' | 'updated' | 'unchanged' | 'near-duplicate' | 'failed';

export interface IngestResult {
  origin: string;
  status: IngestStatus;
  articleId?: string | null;
  error?: string | null;
}

export interface IngestOutcome {
  results: readonly IngestResult[];
}

export type IngestArticlesFn = (db: Database, inputs: ArticleInputValue[]) => Promise<IngestOutcome>;
