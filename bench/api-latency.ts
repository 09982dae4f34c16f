/**
 * Latency of the issue-7 nested query (a person's meetings with participants, reports and
 * statements, their statements and article count) on the sample articles, measured with autocannon
 * against a real server, plus the SQL statements one such request sends.
 *   pnpm --filter @newsgraph/bench api -- --seconds 20 --connections 10
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, ISSUE_NESTED_EXAMPLE, startServer } from '@newsgraph/api';
import { ingestArticles, readSources } from '@newsgraph/ingest';
import { applyMigrations, openDatabase } from '@newsgraph/schema';
import autocannon from 'autocannon';
import { argValue } from './replicate-seeds.js';

const seconds = argValue('seconds', 20);
const connections = argValue('connections', 10);
const seeds = fileURLToPath(new URL('../seeds', import.meta.url));

let statements = 0;
const db = await openDatabase({
  url: process.env.DATABASE_URL || 'pglite:memory',
  onQuery: () => statements++,
});
await applyMigrations(db);
await ingestArticles(db, readSources([seeds], { cwd: path.dirname(seeds) }));
const server = await startServer({ db, port: 0, host: '127.0.0.1', logger: createLogger('warn') });
const body = JSON.stringify({ query: ISSUE_NESTED_EXAMPLE, variables: { name: 'Azam Khan' } });
const headers = { 'content-type': 'application/json' };

statements = 0;
const once = await fetch(server.url, { method: 'POST', headers, body });
const result = (await once.json()) as { data?: unknown; errors?: unknown };
if (result.errors) throw new Error(`query failed: ${JSON.stringify(result.errors)}`);
console.log(`SQL statements for one nested query: ${statements}`);

const run = await autocannon({
  url: server.url,
  method: 'POST',
  headers,
  body,
  connections,
  duration: seconds,
});
console.log(
  `${db.target.description}: ${run.requests.total} requests in ${seconds} s with ${connections} connections: ` +
    `${run.requests.average.toFixed(0)} req/s, latency p50 ${run.latency.p50} ms, p99 ${run.latency.p99} ms, ` +
    `max ${run.latency.max} ms, errors ${run.errors}, non-2xx ${run.non2xx}`,
);
await server.close();
await db.close();
