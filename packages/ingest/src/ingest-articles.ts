/**
 * The ingestion service shared by the CLI and the GraphQL mutation `ingestArticles`:
 * store each article first, then extract, then write its facts into the graph.
 */
import type { Database } from '@newsgraph/schema';
import type { ArticleInput, Doc } from './domain.js';
import { ExtractPool } from './extract-pool.js';
import { NearDuplicateIndex } from './persist/link-near-duplicates.js';
import { markArticleFailed, storeArticle } from './persist/store-article.js';
import { type SaveCounts, saveExtraction } from './persist/save-extraction.js';
import { EXTRACTION_VERSION, extract } from './pipeline.js';
import type { SourceItem } from './sources/index.js';

export type IngestStatus = 'new' | 'updated' | 'unchanged' | 'near-duplicate' | 'failed';

export interface IngestResult {
  /** Where the article came from (file path, URL, `file.ndjson:3`, `stdin`). */
  origin: string;
  status: IngestStatus;
  articleId: string | null;
  /** One line naming the input and the reason, for `failed`. */
  error: string | null;
  /** `ingestedFrom` of the stored article this one duplicates (exact or near). */
  duplicateOf: string | null;
  counts: SaveCounts | null;
}

export interface IngestTotals {
  new: number;
  updated: number;
  unchanged: number;
  nearDuplicate: number;
  failed: number;
}

export interface IngestSummary {
  results: IngestResult[];
  totals: IngestTotals;
  added: SaveCounts;
  elapsedMs: number;
  articlesPerSecond: number;
}

export interface IngestOptions {
  /** Called after each article, in order (progress bars, logs, subscriptions). */
  onResult?: (result: IngestResult) => void;
  /** Extract again even when the stored article is unchanged and current. */
  force?: boolean;
  /** The extraction function (default: the pipeline's `extract`, in worker threads when `jobs` > 1). */
  extract?: (input: ArticleInput) => Doc | Promise<Doc>;
  /** Worker threads for extraction (default 1: in this thread). */
  jobs?: number;
}

type IngestItem = SourceItem | ArticleInput;

function asSourceItem(item: IngestItem): SourceItem {
  return 'ok' in item ? item : { ok: true, input: item, origin: item.ingestedFrom };
}

function emptyCounts(): SaveCounts {
  return { persons: 0, organizations: 0, places: 0, statements: 0, meetings: 0, events: 0 };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** Extracts a stored article and writes its facts; records FAILED with the error when that fails. */
export async function extractStoredArticle(
  db: Database,
  articleId: string,
  input: ArticleInput,
  run: (input: ArticleInput) => Doc | Promise<Doc> = extract,
  serialize: <T>(write: () => Promise<T>) => Promise<T> = (write) => write(),
): Promise<{ counts: SaveCounts } | { error: string }> {
  let doc: Doc;
  try {
    doc = await run(input);
  } catch (error) {
    await serialize(() => markArticleFailed(db.prisma, articleId, message(error)));
    return { error: message(error) };
  }
  try {
    const counts = await db.prisma.$transaction(
      (tx) => saveExtraction(tx, articleId, doc, EXTRACTION_VERSION),
      {
        timeout: 120_000,
        maxWait: 120_000,
      },
    );
    return { counts };
  } catch (error) {
    await serialize(() =>
      markArticleFailed(db.prisma, articleId, `saving the extraction failed: ${message(error)}`),
    );
    return { error: `saving the extraction failed: ${message(error)}` };
  }
}

export async function ingestArticles(
  db: Database,
  items: Iterable<IngestItem> | AsyncIterable<IngestItem>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const results: IngestResult[] = [];
  const totals: IngestTotals = { new: 0, updated: 0, unchanged: 0, nearDuplicate: 0, failed: 0 };
  const added = emptyCounts();

  const jobs = Math.max(1, options.jobs ?? 1);
  const pool = jobs > 1 && !options.extract ? new ExtractPool(jobs) : null;
  const run = options.extract ?? (pool ? (input: ArticleInput) => pool.extract(input) : extract);
  // Graph writes happen one article at a time; extraction of the next articles overlaps them.
  let writes: Promise<unknown> = Promise.resolve();
  const serialize = <T>(write: () => Promise<T>): Promise<T> => {
    const next = writes.then(write, write);
    writes = next.catch(() => {});
    return next;
  };
  const emit = (result: IngestResult) => {
    results.push(result);
    if (result.status === 'near-duplicate') totals.nearDuplicate++;
    else totals[result.status]++;
    if (result.counts)
      for (const k of Object.keys(added) as Array<keyof SaveCounts>) added[k] += result.counts[k];
    options.onResult?.(result);
  };
  const nearDuplicates = new NearDuplicateIndex(db.prisma);
  const inflight: Array<Promise<IngestResult>> = [];
  try {
    for await (const raw of items as AsyncIterable<IngestItem>) {
      const item = asSourceItem(raw);
      inflight.push(
        item.ok
          ? ingestOne(db, item.input, item.origin, options, run, serialize, nearDuplicates)
          : Promise.resolve({
              origin: item.origin,
              status: 'failed',
              articleId: null,
              error: item.error,
              duplicateOf: null,
              counts: null,
            }),
      );
      if (inflight.length >= jobs * 2) emit(await inflight.shift()!);
    }
    while (inflight.length) emit(await inflight.shift()!);
  } finally {
    await pool?.close();
  }
  const elapsedMs = performance.now() - started;
  return {
    results,
    totals,
    added,
    elapsedMs,
    articlesPerSecond: results.length ? results.length / (elapsedMs / 1000) : 0,
  };
}

async function ingestOne(
  db: Database,
  input: ArticleInput,
  origin: string,
  options: IngestOptions,
  run: (input: ArticleInput) => Doc | Promise<Doc>,
  serialize: <T>(write: () => Promise<T>) => Promise<T>,
  nearDuplicates: NearDuplicateIndex,
): Promise<IngestResult> {
  let stored: Awaited<ReturnType<typeof storeArticle>>;
  try {
    stored = await serialize(() => storeArticle(db.prisma, input, EXTRACTION_VERSION));
  } catch (error) {
    return {
      origin,
      status: 'failed',
      articleId: null,
      error: `${origin}: ${message(error)}`,
      duplicateOf: null,
      counts: null,
    };
  }
  const base = { origin, articleId: stored.articleId, duplicateOf: stored.duplicateOf };
  if (stored.status === 'unchanged' && !stored.needsExtraction && !options.force) {
    return { ...base, status: 'unchanged', error: null, counts: null };
  }
  let status: IngestStatus = stored.status;
  if (stored.status !== 'unchanged') {
    const near = await serialize(() => nearDuplicates.record(stored.articleId, stored.body));
    if (near) {
      base.duplicateOf = near;
      status = 'near-duplicate';
    }
  }
  const outcome = await extractStoredArticle(
    db,
    stored.articleId,
    { ...input, body: stored.body },
    run,
    serialize,
  );
  if ('error' in outcome) {
    return {
      ...base,
      status: 'failed',
      error: `${origin}: extraction failed: ${outcome.error}`,
      counts: null,
    };
  }
  return { ...base, status, error: null, counts: outcome.counts };
}
