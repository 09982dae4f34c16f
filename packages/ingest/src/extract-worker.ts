/** Worker thread of ExtractPool: runs the pipeline on each article it is sent. */
import { parentPort } from 'node:worker_threads';
import type { ArticleInput } from './domain.js';
import { extract } from './pipeline.js';

parentPort?.on('message', ({ id, input }: { id: number; input: ArticleInput }) => {
  try {
    parentPort?.postMessage({ id, doc: extract(input) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
