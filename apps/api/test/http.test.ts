/**
 * HTTP behaviour of the server: GraphQL-over-HTTP compliance (graphql-http audits), health and
 * readiness, CSRF prevention, introspection switch, metrics, request ids in headers and logs,
 * error masking, and the document limits.
 */
import { serverAudits } from 'graphql-http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNewsgraphYoga, type NewsgraphYoga } from '../src/yoga.js';
import { graphql } from './support/graphql-request.js';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

let tdb: TestDatabase;
let yoga: NewsgraphYoga;
const logs: Array<Record<string, unknown>> = [];
const captureLogs = pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) });

beforeAll(async () => {
  tdb = await openTestDatabase();
  yoga = createNewsgraphYoga({ db: tdb.db, logger: captureLogs });
});
afterAll(async () => tdb?.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  yoga.fetch(`http://localhost${path}`, { method: 'GET', headers });

describe('GraphQL over HTTP', () => {
  const audits = serverAudits({
    url: 'http://localhost/graphql',
    fetchFn: (input: string | URL | Request, init?: RequestInit) => yoga.fetch(input as string, init ?? {}),
  });
  it.each(
    audits.filter((audit) => audit.name.startsWith('MUST')).map((audit) => [audit.name, audit]),
  )('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
  });

  it('passes at least 90% of the SHOULD audits as well', async () => {
    const should = audits.filter((audit) => audit.name.startsWith('SHOULD'));
    const results = await Promise.all(should.map((audit) => audit.fn()));
    const ok = results.filter((result) => result.status === 'ok').length;
    expect(ok / should.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('health and readiness', () => {
  it('answers /health while the process runs and /ready while the database answers', async () => {
    expect((await get('/health')).status).toBe(200);
    expect((await get('/ready')).status).toBe(200);
  });

  it('reports not ready (503) and masks resolver errors once the database is gone', async () => {
    const gone = await openTestDatabase();
    const lines: Array<Record<string, unknown>> = [];
    const orphan = createNewsgraphYoga({
      db: gone.db,
      logger: pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) }),
    });
    await gone.close();
    const ready = await orphan.fetch('http://localhost/ready');
    expect(ready.status).toBe(503);
    const response = await graphql(orphan, '{ articles { totalCount } }', undefined, {
      'x-request-id': 'req-db-gone',
    });
    expect(response.errors?.[0]).toMatchObject({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(response)).not.toMatch(/prisma|pglite|closed/i);
    const logged = lines.find((line) => line.msg === 'unexpected error in resolver');
    expect(logged).toMatchObject({ level: 50, reqId: 'req-db-gone' });
  });
});

describe('CSRF prevention', () => {
  it.each([
    ['a GET without a CSRF header', () => get('/graphql?query=%7B__typename%7D'), 403],
    [
      'a GET with the x-graphql-yoga-csrf header',
      () => get('/graphql?query=%7B__typename%7D', { 'x-graphql-yoga-csrf': '1' }),
      200,
    ],
    [
      'a text/plain POST (a form can send it)',
      () =>
        yoga.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: '{"query":"{__typename}"}',
        }),
      403,
    ],
    [
      'a JSON POST',
      () =>
        yoga.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{__typename}"}',
        }),
      200,
    ],
  ])('answers %s with status %s', async (_case, send, status) => {
    expect((await send()).status).toBe(status);
  });
});

describe('introspection', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';

  it('is on by default', async () => {
    const response = await graphql(yoga, INTROSPECT);
    expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('can be switched off, which also hides GraphiQL and field suggestions', async () => {
    const closed = createNewsgraphYoga({
      db: tdb.db,
      introspection: false,
      logger: pino({ level: 'silent' }),
    });
    const response = await graphql(closed, INTROSPECT);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await graphql(closed, '{ articel { totalCount } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const page = await closed.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html/i);
  });
});

describe('metrics', () => {
  it('are off by default', async () => {
    expect((await get('/metrics')).status).toBe(404);
  });

  it('are served in Prometheus format at /metrics when switched on', async () => {
    const measured = createNewsgraphYoga({ db: tdb.db, metrics: true, logger: pino({ level: 'silent' }) });
    await graphql(measured, '{ articles { totalCount } }');
    const response = await measured.fetch('http://localhost/metrics');
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/graphql_yoga_http_duration/);
  });
});

describe('request ids', () => {
  it('echo a well-formed x-request-id and mark every log line of the request with it', async () => {
    logs.length = 0;
    const response = await graphql(yoga, '{ articles { totalCount } }', undefined, {
      'x-request-id': 'abc-123',
    });
    expect(response.headers.get('x-request-id')).toBe('abc-123');
    expect(logs.find((line) => line.msg === 'request')).toMatchObject({
      reqId: 'abc-123',
      status: 200,
      path: '/graphql',
    });
  });

  it('are generated when the client sends none or a malformed one', async () => {
    for (const headers of [{}, { 'x-request-id': 'bad id with spaces\n' }]) {
      const response = await graphql(yoga, '{ __typename }', undefined, headers as Record<string, string>);
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe('document limits', () => {
  const nest = (depth: number) => {
    let selection = 'name';
    for (let i = 0; i < depth; i += 1) selection = `metWith(first: 1) { nodes { ${selection} } }`;
    return `{ people(first: 1) { nodes { ${selection} } } }`;
  };

  it.each([
    ['too deep', nest(8), /depth/i, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'too many aliases',
      `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: articles { totalCount }`).join(' ')} }`,
      /alias/i,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'too many tokens',
      `{ ${Array.from({ length: 2500 }, () => '__typename').join(' ')} }`,
      /token/i,
      'GRAPHQL_PARSE_FAILED',
    ],
    [
      'too expensive',
      '{ people(first: 100) { nodes { meetings(first: 100) { nodes { statements(first: 100) { nodes { text } } } } } } }',
      /cost/i,
      'GRAPHQL_VALIDATION_FAILED',
    ],
  ])('rejects a document that is %s before running it', async (_case, query, message, code) => {
    tdb.resetStatements();
    const response = await graphql(yoga, query);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(tdb.statements).toHaveLength(0);
  });

  it('counts page sizes passed in variables towards the complexity limit', async () => {
    tdb.resetStatements();
    const response = await graphql(
      yoga,
      `query($n: Int) { people(first: $n) { nodes { meetings(first: $n) { nodes { statements(first: $n) { nodes { text } } } } } } }`,
      { n: 100 },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(tdb.statements).toHaveLength(0);
    const small = await graphql(
      yoga,
      `query($n: Int) { people(first: $n) { nodes { meetings(first: $n) { nodes { statements(first: $n) { nodes { text } } } } } } }`,
      { n: 5 },
    );
    expect(small.errors).toBeUndefined();
  });
});

describe('GraphiQL', () => {
  it('is served at /graphql to browsers, bundled (no CDN), with the example operations as tabs', async () => {
    const response = await get('/graphql', { accept: 'text/html' });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toMatch(/unpkg\.com|jsdelivr/);
    expect(html).toContain('query PersonGraph');
    expect(html).toContain('defaultTabs');
  });
});
