/**
 * `newsgraph serve` and `start`. The server lives in @newsgraph/api, which depends on this package
 * (its ingestArticles mutation runs our pipeline); to avoid a dependency cycle the CLI loads it at
 * run time from the workspace root, where it is installed.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Database, REPO_ROOT } from '@newsgraph/schema';
import { CommandError, openForCommand } from './open-db.js';
import { ingestWithOutput } from './ingest.js';
import { color, printSummary } from './output.js';

interface ApiModule {
  startServer(options: {
    db: Database;
    port?: number;
    host?: string;
  }): Promise<{ url: string; close(): Promise<void> }>;
}

async function loadApi(): Promise<ApiModule> {
  const require = createRequire(path.join(REPO_ROOT, 'package.json'));
  let entry: string;
  try {
    entry = require.resolve('@newsgraph/api');
  } catch {
    throw new CommandError(
      'The GraphQL server (@newsgraph/api) is not installed next to this CLI. Run `pnpm install && pnpm build` in the repository.',
    );
  }
  return (await import(pathToFileURL(entry).href)) as ApiModule;
}

export interface ServeOptions {
  port?: number;
  host?: string;
}

async function serveUntilSignal(db: Database, options: ServeOptions): Promise<number> {
  const api = await loadApi();
  const server = await api.startServer({
    db,
    ...(options.port ? { port: options.port } : {}),
    ...(options.host ? { host: options.host } : {}),
  });
  process.stdout.write(
    `${color.green('newsgraph')} serving GraphQL at ${color.bold(server.url)} (GraphiQL in the browser) on ${db.target.description}\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stdout.write('shutting down\n');
  await server.close();
  return 0;
}

export async function runServe(options: ServeOptions): Promise<number> {
  const db = await openForCommand('serve');
  try {
    return await serveUntilSignal(db, options);
  } finally {
    await db.close();
  }
}

/** The quick start: migrate, ingest seeds/ when the database holds no article, serve. */
export async function runStart(options: ServeOptions & { seeds?: string }): Promise<number> {
  const db = await openForCommand('start', { migrate: true });
  try {
    const count = await db.prisma.article.count();
    if (count === 0) {
      const seeds = options.seeds ?? path.join(REPO_ROOT, 'seeds');
      process.stdout.write(
        `The database is empty: ingesting ${path.relative(process.cwd(), seeds) || seeds}\n`,
      );
      const summary = await ingestWithOutput(db, [seeds], {});
      printSummary(summary, {});
    } else {
      process.stdout.write(`${db.target.description} holds ${count} article(s); not ingesting seeds.\n`);
    }
    return await serveUntilSignal(db, options);
  } finally {
    await db.close();
  }
}
