/**
 * GraphiQL in a real browser (headless Chromium through playwright-core): the page served by
 * startServer opens with the example operations as tabs and runs the nested person query.
 */
import fs from 'node:fs';
import { pino } from 'pino';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/server.js';
import { ingestFiles, seedFiles } from './support/ingest-files.js';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT = '/tmp/newsgraph-graphiql.png';
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(`GraphiQL browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

let tdb: TestDatabase;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  if (!hasChromium) return;
  tdb = await openTestDatabase();
  await ingestFiles(tdb.db, seedFiles());
  server = await startServer({ db: tdb.db, port: 0, host: '127.0.0.1', logger: pino({ level: 'silent' }) });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await tdb?.close();
});

describe.skipIf(!hasChromium)('GraphiQL', () => {
  it('opens at /graphql with the example tabs and runs the nested person query on the samples', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const failedRequests: string[] = [];
    page.on('requestfailed', (request) => failedRequests.push(request.url()));
    await page.goto(server.url);
    await expect.poll(() => page.title(), { timeout: 30_000 }).toBe('newsgraph GraphiQL');
    const tabs = page.locator('.graphiql-tab');
    await tabs.first().waitFor({ timeout: 30_000 });
    const tabNames = await tabs.allInnerTexts();
    expect(tabNames.join(' ')).toMatch(/PersonGraph/);
    expect(tabNames.length).toBeGreaterThanOrEqual(5);

    const answered = page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' &&
        (response.request().postData() ?? '').includes('PersonGraph'),
      { timeout: 30_000 },
    );
    await page.locator('.graphiql-execute-button').click();
    const body = (await (await answered).json()) as {
      data?: {
        person: {
          name: string;
          meetings: { edges: { node: { participants: { name: string }[] } }[] };
        } | null;
      };
      errors?: unknown[];
    };
    expect(body.errors).toBeUndefined();
    const meetings = body.data?.person?.meetings.edges ?? [];
    expect(meetings.length).toBeGreaterThan(0);
    for (const edge of meetings)
      expect(edge.node.participants.map((p) => p.name)).toContain(body.data?.person?.name);
    const result = page.locator('.graphiql-response');
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toMatch(/"person"/);
    await page.screenshot({ path: SCREENSHOT });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    expect(failedRequests).toEqual([]);
  });
});
