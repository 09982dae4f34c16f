/**
 * The sample articles replicated to N distinct articles (a reference line makes each text unique,
 * so none is an exact duplicate), for throughput benchmarks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleInput } from '@newsgraph/ingest';

const seedsDir = fileURLToPath(new URL('../seeds', import.meta.url));

export function replicatedSeeds(count: number): ArticleInput[] {
  const seeds = fs
    .readdirSync(seedsDir)
    .sort()
    .map((f) => ({ file: f, body: fs.readFileSync(path.join(seedsDir, f), 'utf8') }));
  return Array.from({ length: count }, (_, i) => {
    const seed = seeds[i % seeds.length]!;
    return { ingestedFrom: `bench/${i}-${seed.file}`, body: `${seed.body}\n\nReference ${i + 1}.` };
  });
}

export function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
