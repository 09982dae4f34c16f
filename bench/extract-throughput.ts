/**
 * Throughput of the extraction stages alone (no database), on one core.
 *   pnpm --filter @newsgraph/bench extract -- --count 2000
 */
import { extract, STAGES } from '@newsgraph/ingest';
import { argValue, replicatedSeeds } from './replicate-seeds.js';

const count = argValue('count', 2000);
const inputs = replicatedSeeds(count);

let t = performance.now();
extract(inputs[0]!); // lexicons load on first use
const warmup = performance.now() - t;

t = performance.now();
let chars = 0;
for (const input of inputs) chars += extract(input).body.length;
const ms = performance.now() - t;
console.log(`stages: ${STAGES.map(([name]) => name).join(' → ')}`);
console.log(`first article (lexicon load included): ${warmup.toFixed(0)} ms`);
console.log(
  `${count} articles, ${(chars / 1e6).toFixed(1)} M chars in ${(ms / 1000).toFixed(2)} s: ` +
    `${((count / ms) * 1000).toFixed(0)} articles/s, ${(ms / count).toFixed(2)} ms/article, ` +
    `rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
);
