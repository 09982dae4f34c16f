/**
 * The typed client against a real server: @newsgraph/api's startServer on a random port over a
 * fresh database (embedded, or PostgreSQL when DATABASE_URL says so), ingesting through the API.
 */
import { randomBytes } from 'node:crypto';
import { type RunningServer, startServer } from '@newsgraph/api';
import { applyMigrations, type Database, openDatabase } from '@newsgraph/schema';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, NewsgraphRequestError } from './create-client.js';
import { articlesQuery, ingestArticlesMutation, personGraphQuery, searchQuery } from './operations.js';

const API_KEY = 'client-test-secret';
const ARTICLE = `PUNE, Apr 2 (IANS) Jan Vikas Party president Ravi Verma met former mayor Sunita Rao in Pune on Wednesday to discuss seat sharing for the municipal elections.

"The alliance is ready and the talks were fruitful," Rao told reporters after the meeting.`;

let db: Database;
let server: RunningServer;
let dropDatabase = async () => {};

async function openFreshDatabase(): Promise<Database> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl?.startsWith('postgres')) return openDatabase({ url: 'pglite:memory' });
  const name = `client_test_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ url: serverUrl });
  await admin.raw.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  dropDatabase = async () => {
    const again = await openDatabase({ url: serverUrl });
    await again.raw.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await again.close();
  };
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return openDatabase({ url: url.toString() });
}

beforeAll(async () => {
  db = await openFreshDatabase();
  await applyMigrations(db);
  server = await startServer({
    db,
    port: 0,
    host: '127.0.0.1',
    apiKeys: `client-test:${API_KEY}`,
    logger: pino({ level: 'silent' }),
  });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
  await dropDatabase();
});

describe('createClient', () => {
  it('ingests an article with an API key and reads the person back with the typed nested query', async () => {
    const client = createClient({ url: server.url, apiKey: API_KEY });
    const ingested = await client.request(ingestArticlesMutation, {
      input: [{ ingestedFrom: 'client/pune.txt', body: ARTICLE, publishedAt: '2025-04-02' }],
    });
    expect(ingested.ingestArticles.newCount).toBe(1);
    expect(ingested.ingestArticles.results[0]?.status).toBe('NEW');

    const { person } = await client.request(personGraphQuery, { name: 'Ravi Verma' });
    expect(person?.name).toMatch(/Ravi Verma/);
    expect(person?.articles.totalCount).toBe(1);
    const participants =
      person?.meetings.edges.flatMap((edge) => edge.node.participants.map((p) => p.name)) ?? [];
    expect(participants.some((name) => /Sunita Rao/.test(name))).toBe(true);
  });

  it('pages and filters articles, and searches, with typed variables', async () => {
    const client = createClient({ url: server.url });
    const page = await client.request(articlesQuery, { first: 10, where: { language: 'en' } });
    expect(page.articles.totalCount).toBe(1);
    expect(page.articles.nodes[0]?.ingestedFrom).toBe('client/pune.txt');
    const hits = await client.request(searchQuery, { query: 'alliance' });
    expect(hits.search.map((hit) => hit.__typename)).toContain('Statement');
  });

  it('throws NewsgraphRequestError with the error codes of a refused request', async () => {
    const client = createClient({ url: server.url });
    const refused = client.request(ingestArticlesMutation, {
      input: [{ ingestedFrom: 'x.txt', body: 'Text.' }],
    });
    await expect(refused).rejects.toBeInstanceOf(NewsgraphRequestError);
    await expect(refused).rejects.toMatchObject({ codes: ['UNAUTHENTICATED'] });
  });
});
