import type { Database } from '@newsgraph/schema';
import { readIngestEnv } from '../env.js';
import { type IngestSummary, ingestArticles } from '../ingest-articles.js';
import { countSources, readSources, type SourceOptions } from '../sources/index.js';
import { openForCommand } from './open-db.js';
import { type OutputOptions, Progress, printSummary } from './output.js';

export interface IngestCommandOptions extends OutputOptions {
  maxBytes?: number;
  allowPrivateNetwork?: boolean;
  timeout?: number;
  force?: boolean;
  jobs?: number;
}

export function sourceOptions(options: IngestCommandOptions): SourceOptions {
  const env = readIngestEnv();
  return {
    maxBytes: options.maxBytes ?? env.NEWSGRAPH_MAX_BYTES,
    allowPrivateNetwork: options.allowPrivateNetwork ?? env.NEWSGRAPH_ALLOW_PRIVATE_NETWORK,
    ...(options.timeout ? { timeoutMs: options.timeout } : {}),
  };
}

/** Ingests inputs into an open database with progress and summary output. */
export async function ingestWithOutput(
  db: Database,
  inputs: string[],
  options: IngestCommandOptions,
): Promise<IngestSummary> {
  const sources = sourceOptions(options);
  const total = await countSources(inputs, sources).catch(() => undefined);
  const progress = new Progress(total, options);
  try {
    return await ingestArticles(db, readSources(inputs, sources), {
      onResult: (r) => progress.tick(r),
      force: options.force ?? false,
      jobs: options.jobs ?? readIngestEnv().NEWSGRAPH_JOBS,
    });
  } finally {
    progress.stop();
  }
}

export async function runIngest(inputs: string[], options: IngestCommandOptions): Promise<number> {
  const db = await openForCommand('ingest', { migrate: true });
  try {
    const summary = await ingestWithOutput(db, inputs, options);
    printSummary(summary, options);
    return summary.totals.failed > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}
