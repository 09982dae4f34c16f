/**
 * Ingest throughput (store + extract + graph writes) for the samples replicated to N articles.
 *   pnpm --filter @newsgraph/bench ingest -- --count 10000 --jobs 2
 * Uses DATABASE_URL when it is set (say, PostgreSQL), else a fresh embedded database in /tmp.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestArticles } from '@newsgraph/ingest';
import { applyMigrations, openDatabase } from '@newsgraph/schema';
import { argValue, replicatedSeeds } from './replicate-seeds.js';

const count = argValue('count', 1000);
const jobs = argValue('jobs', 1);
const url =
  process.env.DATABASE_URL ||
  `pglite:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ng-bench-')), 'db')}`;
const db = await openDatabase({ url });
await applyMigrations(db);
const inputs = replicatedSeeds(count);
let done = 0;
let last = performance.now();
const started = performance.now();
const summary = await ingestArticles(db, inputs, {
  jobs,
  onResult: () => {
    done++;
    if (performance.now() - last > 10_000) {
      last = performance.now();
      console.log(`  ${done}/${count} (${((done / (last - started)) * 1000).toFixed(1)}/s)`);
    }
  },
});
console.log(
  `${db.target.description}: ${count} articles with --jobs ${jobs} in ${(summary.elapsedMs / 1000).toFixed(1)} s: ` +
    `${summary.articlesPerSecond.toFixed(1)} articles/s (new ${summary.totals.new}, failed ${summary.totals.failed}), ` +
    `rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
);
await db.close();
