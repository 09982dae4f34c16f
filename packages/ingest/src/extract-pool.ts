/**
 * Extraction in worker threads (`--jobs N`): the stages are pure and CPU-bound, so N workers run
 * them in parallel while the main thread stores articles and writes the graph.
 */
import { Worker } from 'node:worker_threads';
import type { ArticleInput, Doc } from './domain.js';

type Reply = { id: number; doc: Doc } | { id: number; error: string };

export class ExtractPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<(worker: Worker) => void> = [];
  private readonly pending = new Map<
    number,
    { resolve: (doc: Doc) => void; reject: (error: Error) => void }
  >();
  private nextId = 0;

  constructor(size: number) {
    // From source (tsx, tests) the worker is a .ts file and needs the same loader as this thread.
    const fromSource = import.meta.url.endsWith('.ts');
    const url = new URL(`./extract-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
    for (let i = 0; i < size; i++) {
      const worker = new Worker(url, { execArgv: process.execArgv });
      worker.on('message', (reply: Reply) => this.settle(worker, reply));
      worker.on('error', (error) => {
        for (const p of this.pending.values()) p.reject(error);
        this.pending.clear();
      });
      worker.unref();
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  private settle(worker: Worker, reply: Reply) {
    const p = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (p) {
      if ('doc' in reply) p.resolve(reply.doc);
      else p.reject(new Error(reply.error));
    }
    const next = this.waiting.shift();
    if (next) next(worker);
    else this.idle.push(worker);
  }

  async extract(input: ArticleInput): Promise<Doc> {
    const worker = this.idle.pop() ?? (await new Promise<Worker>((resolve) => this.waiting.push(resolve)));
    const id = this.nextId++;
    return new Promise<Doc>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, input });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
