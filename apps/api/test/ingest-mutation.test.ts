/**
 * The ingestArticles mutation (real pipeline) and the articleIngested subscription (SSE).
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNewsgraphYoga, type NewsgraphYoga } from '../src/yoga.js';
import { data, graphql } from './support/graphql-request.js';
import { fixtureFiles } from './support/ingest-files.js';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

const KEYS = 'ingester:ingest-secret-1:ingest,curator:curate-secret-1:curate';
const INGESTER = { authorization: 'Bearer ingest-secret-1' };
const CURATOR = { authorization: 'Bearer curate-secret-1' };

const INGEST = `mutation($input: [ArticleInput!]!) {
  ingestArticles(input: $input) {
    newCount updatedCount unchangedCount nearDuplicateCount failedCount
    results { ingestedFrom status error article { id ingestedFrom language } }
  }
}`;

interface IngestPayload {
  ingestArticles: {
    newCount: number;
    updatedCount: number;
    unchangedCount: number;
    nearDuplicateCount: number;
    failedCount: number;
    results: {
      ingestedFrom: string;
      status: string;
      error: string | null;
      article: { id: string; ingestedFrom: string; language: string } | null;
    }[];
  };
}

let tdb: TestDatabase;
let yoga: NewsgraphYoga;
const [pune, nashik] = fixtureFiles('03-pune-meeting-en.txt', '04-nashik-meeting-en.txt');

beforeAll(async () => {
  tdb = await openTestDatabase();
  yoga = createNewsgraphYoga({ db: tdb.db, apiKeys: KEYS, logger: pino({ level: 'silent' }) });
});
afterAll(async () => tdb?.close());

const articleCount = () => tdb.db.prisma.article.count();

describe('ingestArticles without a valid API key', () => {
  it.each([
    ['no Authorization header', {}],
    ['an unknown key', { authorization: 'Bearer not-a-key-at-all' }],
    ['a malformed header', { authorization: 'Basic ingest-secret-1' }],
  ])('fails with UNAUTHENTICATED given %s and stores nothing', async (_case, headers) => {
    const response = await graphql(yoga, INGEST, { input: [pune] }, headers);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data?.ingestArticles ?? null).toBeNull();
    expect(await articleCount()).toBe(0);
  });

  it('fails with FORBIDDEN for a key that may not ingest, and stores nothing', async () => {
    const response = await graphql(yoga, INGEST, { input: [pune] }, CURATOR);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await articleCount()).toBe(0);
  });

  it('fails with UNAUTHENTICATED on a server without configured keys, whatever the key', async () => {
    const keyless = createNewsgraphYoga({ db: tdb.db, logger: pino({ level: 'silent' }) });
    const response = await graphql(keyless, INGEST, { input: [pune] }, INGESTER);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toMatch(/NEWSGRAPH_API_KEYS/);
    expect(await articleCount()).toBe(0);
  });
});

describe('ingestArticles with an ingest key', () => {
  it.each([
    ['an empty list', []],
    ['the same source twice', () => [pune, pune]],
    ['an empty body', () => [{ ingestedFrom: 'x.txt', body: '   ' }]],
    [
      '101 articles',
      () => Array.from({ length: 101 }, (_, i) => ({ ingestedFrom: `a${i}.txt`, body: 'Text.' })),
    ],
  ])('rejects %s as bad user input and stores nothing', async (_case, input) => {
    const response = await graphql(
      yoga,
      INGEST,
      { input: typeof input === 'function' ? input() : input },
      INGESTER,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await articleCount()).toBe(0);
  });

  it('stores and extracts new articles and reports each one, in input order', async () => {
    const result = await data<IngestPayload>(yoga, INGEST, { input: [pune, nashik] }, INGESTER);
    const payload = result.ingestArticles;
    expect(payload.newCount).toBe(2);
    expect(payload.failedCount).toBe(0);
    expect(payload.results.map((r) => [r.ingestedFrom, r.status])).toEqual([
      [pune!.ingestedFrom, 'NEW'],
      [nashik!.ingestedFrom, 'NEW'],
    ]);
    expect(payload.results.map((r) => r.article?.ingestedFrom)).toEqual([
      pune!.ingestedFrom,
      nashik!.ingestedFrom,
    ]);
    const extracted = await data<{ person: { articles: { totalCount: number } } | null }>(
      yoga,
      '{ person(name: "Anil Deshmukh") { articles { totalCount } } }',
    );
    expect(extracted.person?.articles.totalCount).toBe(1);
  });

  it('reports UNCHANGED for the same text again and UPDATED for new text from a known source', async () => {
    const again = await data<IngestPayload>(yoga, INGEST, { input: [pune] }, INGESTER);
    expect(again.ingestArticles.results[0]?.status).toBe('UNCHANGED');
    const edited = { ...nashik!, body: `${nashik!.body}\nThe meeting lasted an hour, an aide said.\n` };
    const updated = await data<IngestPayload>(yoga, INGEST, { input: [edited] }, INGESTER);
    expect(updated.ingestArticles.results[0]?.status).toBe('UPDATED');
    expect(updated.ingestArticles.updatedCount).toBe(1);
    expect(await articleCount()).toBe(2);
  });

  it('reports a pipeline failure per article without failing the others', async () => {
    const failing = createNewsgraphYoga({
      db: tdb.db,
      apiKeys: KEYS,
      logger: pino({ level: 'silent' }),
      ingest: async (_db, inputs) => ({
        results: inputs.map((input, i) =>
          i === 0
            ? {
                origin: input.ingestedFrom,
                status: 'failed',
                articleId: null,
                error: 'cannot decode the text',
              }
            : { origin: input.ingestedFrom, status: 'unchanged', articleId: null, error: null },
        ),
      }),
    });
    const result = await data<IngestPayload>(
      failing,
      INGEST,
      { input: [{ ingestedFrom: 'broken.txt', body: 'x' }, pune] },
      INGESTER,
    );
    expect(result.ingestArticles.results.map((r) => [r.status, r.error])).toEqual([
      ['FAILED', 'cannot decode the text'],
      ['UNCHANGED', null],
    ]);
    expect(result.ingestArticles.failedCount).toBe(1);
  });
});

describe('articleIngested', () => {
  it('announces each article the mutation stores to subscribers over server-sent events', async () => {
    const controller = new AbortController();
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { articleIngested { ingestedFrom language } }' }),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const hi = fixtureFiles('02-nagpur-meeting-hi.txt')[0]!;
    const ingested = data<IngestPayload>(yoga, INGEST, { input: [hi] }, INGESTER);
    let received = '';
    while (!received.includes('"ingestedFrom"')) {
      const chunk = await reader.read();
      if (chunk.done) break;
      received += decoder.decode(chunk.value, { stream: true });
    }
    controller.abort();
    await ingested;
    const event = received
      .split('\n')
      .find((line) => line.startsWith('data:') && line.includes('articleIngested'));
    expect(JSON.parse(event!.slice(5))).toEqual({
      data: { articleIngested: { ingestedFrom: hi.ingestedFrom, language: 'hi' } },
    });
  });
});
