/**
 * The real `newsgraph` CLI against a real database (embedded PGlite in a temporary directory, or a
 * fresh PostgreSQL database when DATABASE_URL points at a server, as in CI).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEmptyTestDatabase, testServerUrl } from '@newsgraph/schema/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_DIR, REPO_DIR, runCli } from './run-cli.js';

const inputs = path.join(PACKAGE_DIR, 'test', 'fixtures', 'inputs');
const drops: Array<() => Promise<void>> = [];

async function freshDatabaseUrl(): Promise<string> {
  if (testServerUrl()) {
    const db = await createEmptyTestDatabase();
    drops.push(db.drop);
    return db.url;
  }
  return `pglite:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-cli-')), 'db')}`;
}

afterAll(async () => {
  for (const drop of drops) await drop();
});

describe('newsgraph ingest on the sample articles', () => {
  let url: string;
  let first: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    url = await freshDatabaseUrl();
    first = await runCli(['ingest', 'seeds/', '--json'], { databaseUrl: url });
  }, 180_000);

  it('stores the five samples as new articles with their people, statements and meetings', () => {
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary.totals).toMatchObject({ new: 5, failed: 0 });
    expect(summary.results.map((r: { origin: string }) => r.origin).sort()).toEqual(
      fs
        .readdirSync(path.join(REPO_DIR, 'seeds'))
        .map((f) => `seeds/${f}`)
        .sort(),
    );
    expect(summary.added.persons).toBeGreaterThan(2);
    expect(summary.added.statements).toBeGreaterThan(10);
    expect(summary.added.meetings).toBeGreaterThan(0);
  });

  it('reports every article unchanged on a second run and leaves the exported graph byte-for-byte equal', async () => {
    const before = await runCli(['export'], { databaseUrl: url });
    const again = await runCli(['ingest', 'seeds/', '--json'], { databaseUrl: url });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).totals).toMatchObject({ new: 0, updated: 0, unchanged: 5, failed: 0 });
    const after = await runCli(['export'], { databaseUrl: url });
    expect(before.stdout.length).toBeGreaterThan(1000);
    expect(after.stdout).toBe(before.stdout);
  });

  it('exports a graph that imports into an empty database and exports again identically', async () => {
    const exported = await runCli(['export'], { databaseUrl: url });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-export-')), 'graph.ndjson');
    fs.writeFileSync(file, exported.stdout);
    const target = await freshDatabaseUrl();
    const imported = await runCli(['import', file], { databaseUrl: target });
    expect(imported.code, imported.stderr).toBe(0);
    const reexported = await runCli(['export'], { databaseUrl: target });
    expect(reexported.stdout).toBe(exported.stdout);
  });

  it('prints counts with stats', async () => {
    const stats = await runCli(['stats', '--json'], { databaseUrl: url });
    expect(JSON.parse(stats.stdout)).toMatchObject({ articles: 5, failed: 0, languages: { en: 4, hi: 1 } });
  });
});

describe('newsgraph ingest with bad inputs in the batch', () => {
  it('names each bad input and its reason on one line, stores the good ones and exits 1', async () => {
    const url = await freshDatabaseUrl();
    const run = await runCli(
      ['ingest', path.join(inputs, 'bad'), path.join(inputs, 'articles'), 'no/such/file.txt'],
      {
        databaseUrl: url,
      },
    );
    expect(run.code).toBe(1);
    const errorLines = run.stderr.split('\n').filter((l) => l.startsWith('✗'));
    const badFiles = fs.readdirSync(path.join(inputs, 'bad'));
    for (const f of badFiles) expect(errorLines.some((l) => l.includes(f))).toBe(true);
    expect(errorLines.some((l) => l.includes('no/such/file.txt'))).toBe(true);
    expect(run.stdout).toMatch(/new\s+[1-9]/);
    const stats = JSON.parse((await runCli(['stats', '--json'], { databaseUrl: url })).stdout);
    expect(stats.articles).toBeGreaterThan(0);
  });

  it('exits 2 on a usage error and names the problem', async () => {
    const run = await runCli(['ingest'], { databaseUrl: 'pglite:memory' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing required argument/);
  });

  it('refuses a DATABASE_URL it does not understand with a clear message', async () => {
    const run = await runCli(['stats'], { databaseUrl: 'mysql://localhost/x' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/DATABASE_URL .* is not understood/);
  });
});

describe('newsgraph ingest input kinds', () => {
  it('reads JSON, NDJSON, HTML pages and feeds files, reporting bad records by line and going on', async () => {
    const url = await freshDatabaseUrl();
    const run = await runCli(
      [
        'ingest',
        '--json',
        path.join(inputs, 'collections'),
        path.join(inputs, 'pages'),
        path.join(inputs, 'feeds'),
      ],
      { databaseUrl: url },
    );
    const summary = JSON.parse(run.stdout);
    expect(summary.totals.new).toBeGreaterThan(5);
    const failed = summary.results.filter((r: { status: string }) => r.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const f of failed) expect(f.error).toMatch(/\.(ndjson|jsonl|json|xml|rss|atom):\d+|\S+: /);
    expect(run.code).toBe(failed.length ? 1 : 0);
  });

  it('reads an article from stdin with -', async () => {
    const url = await freshDatabaseUrl();
    const text =
      'NEW DELHI: The finance minister met state finance ministers on Monday to discuss the tax council.\n\n"We have agreed on the rates," she said.';
    const run = await runCli(['ingest', '-', '--json'], { databaseUrl: url, input: text });
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.totals.new).toBe(1);
    expect(summary.results[0].origin).toMatch(/^stdin/);
  });
});
