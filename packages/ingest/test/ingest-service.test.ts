/**
 * The ingest service (shared by the CLI and the GraphQL mutation) against a real database:
 * storage first, failed extractions kept and retried, updates in place, concurrent writers.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  createEmptyTestDatabase,
  createTestDatabase,
  type TestDatabase,
  testServerUrl,
} from '@newsgraph/schema/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../src/domain.js';
import { extractStoredArticle, ingestArticles } from '../src/ingest-articles.js';
import { REPO_DIR, runCli } from './run-cli.js';

const open: TestDatabase[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.dispose();
});

async function database() {
  const t = await createTestDatabase();
  open.push(t);
  return t.db;
}

const article = (ingestedFrom: string, body: string): ArticleInput => ({ ingestedFrom, body });

const WIRE =
  'Lucknow, Mar 3 (PTI) Chief Minister Rekha Verma met Opposition leader Sunil Joshi at her residence on Monday.\n\n' +
  '"We discussed the flood relief package," Verma told reporters after the meeting.';

describe('ingestArticles', () => {
  it('keeps the stored body and the error when extraction fails, and a retry extracts it', async () => {
    const db = await database();
    const summary = await ingestArticles(db, [article('wire/1.txt', WIRE)], {
      extract: () => {
        throw new Error('tagger crashed');
      },
    });
    expect(summary.totals.failed).toBe(1);
    expect(summary.results[0]!.error).toMatch(/wire\/1\.txt: extraction failed: tagger crashed/);
    const stored = await db.prisma.article.findUniqueOrThrow({ where: { ingestedFrom: 'wire/1.txt' } });
    expect(stored).toMatchObject({ status: 'FAILED', error: 'tagger crashed', body: WIRE });

    // Re-ingesting the same text retries the extraction (the stored article is not current).
    const retry = await ingestArticles(db, [article('wire/1.txt', WIRE)]);
    expect(retry.results[0]).toMatchObject({ status: 'unchanged', error: null });
    const after = await db.prisma.article.findUniqueOrThrow({ where: { ingestedFrom: 'wire/1.txt' } });
    expect(after.status).toBe('EXTRACTED');
    expect(await db.prisma.statement.count({ where: { articleId: after.id } })).toBeGreaterThan(0);
  });

  it('updates the article of the same source when its text changes, instead of storing a second copy', async () => {
    const db = await database();
    await ingestArticles(db, [article('wire/2.txt', WIRE)]);
    const changed = WIRE.replace('flood relief package', 'drought relief package');
    const summary = await ingestArticles(db, [article('wire/2.txt', changed)]);
    expect(summary.results[0]!.status).toBe('updated');
    expect(await db.prisma.article.count()).toBe(1);
    const statements = await db.prisma.statement.findMany({ select: { text: true } });
    expect(statements.map((s) => s.text).join(' ')).toContain('drought');
    expect(statements.map((s) => s.text).join(' ')).not.toContain('flood');
  });

  it('recognises the same text from another source as an exact duplicate', async () => {
    const db = await database();
    await ingestArticles(db, [article('a.txt', WIRE)]);
    const summary = await ingestArticles(db, [article('mirror/a-copy.txt', `${WIRE}\n\n`)]);
    expect(summary.results[0]).toMatchObject({ status: 'unchanged', duplicateOf: 'a.txt' });
    expect(await db.prisma.article.count()).toBe(1);
  });

  it('re-extracting an article leaves no orphaned people, meetings or statements behind', async () => {
    const db = await database();
    await ingestArticles(db, [article('w.txt', WIRE)]);
    const counts = async () => [
      await db.prisma.person.count(),
      await db.prisma.meeting.count(),
      await db.prisma.statement.count(),
      await db.prisma.mention.count(),
    ];
    const before = await counts();
    const stored = await db.prisma.article.findUniqueOrThrow({ where: { ingestedFrom: 'w.txt' } });
    await extractStoredArticle(db, stored.id, article('w.txt', stored.body));
    expect(await counts()).toEqual(before);
  });
});

describe('near-duplicates', () => {
  const story = [
    'Patna, Jan 9 (IANS) The state cabinet on Thursday approved a new scheme for flood-hit farmers in the northern districts, officials said.',
    'Under the scheme, each affected family will get a one-time grant and seeds for the next sowing season, the agriculture department said in a statement.',
    '"No farmer will be left behind," Agriculture Minister Kavita Rao told reporters after the cabinet meeting.',
    'The opposition called the package too little and too late, and demanded a survey of the damage in every block.',
  ];
  const original = story.join('\n\n');
  const republished = [
    story[0]!.replace('Thursday', 'Thursday evening'),
    story[1],
    story[2],
    story[2],
    story[3]!.replace('every block', 'each block'),
  ].join('\n\n');
  const otherOutlet =
    'PATNA: Farmers whose fields were flooded will receive cash and seeds, the state government announced. ' +
    'Agriculture Minister Kavita Rao said the money would reach families within a month. Opposition leaders walked out of the assembly in protest.';

  it("links a re-published story with small edits as a near-duplicate, but not another outlet's report", async () => {
    const db = await database();
    await ingestArticles(db, [article('wire/flood.txt', original)]);
    const summary = await ingestArticles(db, [
      article('portal/flood-update.txt', republished),
      article('paper/flood.txt', otherOutlet),
    ]);
    expect(summary.results.map((r) => [r.origin, r.status, r.duplicateOf])).toEqual([
      ['portal/flood-update.txt', 'near-duplicate', 'wire/flood.txt'],
      ['paper/flood.txt', 'new', null],
    ]);
    const links = await db.prisma.articleLink.findMany({ where: { kind: 'NEAR_DUPLICATE' } });
    expect(links).toHaveLength(1);
    expect(summary.totals.nearDuplicate).toBe(1);
  });

  it('extracts a quote from a repeated paragraph once', async () => {
    const db = await database();
    await ingestArticles(db, [article('portal/flood-update.txt', republished)]);
    const statements = await db.prisma.statement.findMany({ select: { text: true } });
    const texts = statements.map((s) => s.text);
    expect(texts.filter((t) => t.startsWith('No farmer'))).toHaveLength(1);
  });
});

describe.runIf(testServerUrl())('two ingest processes at once on PostgreSQL', () => {
  it('produce no duplicate articles, people or meetings', async () => {
    const target = await createEmptyTestDatabase();
    try {
      const seeds = path.join(REPO_DIR, 'seeds');
      const files = fs.readdirSync(seeds).map((f) => `seeds/${f}`);
      await runCli(['migrate'], { databaseUrl: target.url });
      const [a, b] = await Promise.all([
        runCli(['ingest', '--json', ...files], { databaseUrl: target.url }),
        runCli(['ingest', '--json', ...[...files].reverse()], { databaseUrl: target.url }),
      ]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const stats = JSON.parse((await runCli(['stats', '--json'], { databaseUrl: target.url })).stdout);
      const single = await createTestDatabase();
      open.push(single);
      await ingestArticles(
        single.db,
        files.map((f) => article(f, fs.readFileSync(path.join(REPO_DIR, f), 'utf8'))),
      );
      expect(stats.articles).toBe(5);
      expect(stats.persons).toBe(await single.db.prisma.person.count());
      expect(stats.meetings).toBe(await single.db.prisma.meeting.count());
      expect(stats.statements).toBe(await single.db.prisma.statement.count());
    } finally {
      await target.drop();
    }
  });
});
