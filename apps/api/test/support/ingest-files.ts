/**
 * Fills a test database through the real ingestion pipeline (@newsgraph/ingest): the sample
 * articles of the quick start (repo `seeds/`) and our own fixture articles (test/fixtures/).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestArticles } from '@newsgraph/ingest';
import type { Database } from '@newsgraph/schema';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SEEDS_DIR = path.resolve(here, '../../../../seeds');
export const FIXTURES_DIR = path.resolve(here, '../fixtures');

export interface ArticleFile {
  ingestedFrom: string;
  body: string;
}

/** The `.txt` files of `dir` (optionally only those named), as ingest inputs named `<label>/<file>`. */
export function articleFiles(dir: string, label: string, names?: string[]): ArticleFile[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt') && (!names || names.includes(name)))
    .sort()
    .map((name) => ({
      ingestedFrom: `${label}/${name}`,
      body: fs.readFileSync(path.join(dir, name), 'utf8'),
    }));
}

export const seedFiles = () => articleFiles(SEEDS_DIR, 'seeds');
export const fixtureFiles = (...names: string[]) =>
  articleFiles(FIXTURES_DIR, 'fixtures', names.length ? names : undefined);

/** Ingests the files; fails the test setup when the pipeline rejects any of them. */
export async function ingestFiles(db: Database, files: ArticleFile[]) {
  const summary = await ingestArticles(db, files);
  const failed = summary.results.filter((result) => result.status === 'failed');
  if (failed.length) throw new Error(`ingest failed: ${failed.map((r) => r.error).join('; ')}`);
  return summary;
}
