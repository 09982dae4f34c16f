import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { respond, startTestServer, type TestServer } from '../../test/fixtures/inputs/start-test-server.js';
import { defaultUserAgent, type FetchOptions, fetchUrl, parseRetryAfter } from './fetch-url.js';
import { resolveSourceOptions, SourceError } from './source-types.js';

const PAGE = '<html><body><p>Hyderabad, Mar 18 (PTI) The assembly passed the bill.</p></body></html>';

let server: TestServer;
const counters = new Map<string, number>();
const nth = (path: string) => {
  const n = (counters.get(path) ?? 0) + 1;
  counters.set(path, n);
  return n;
};

beforeAll(async () => {
  server = await startTestServer({
    '/article': respond(200, PAGE, { 'content-type': 'text/html; charset=utf-8' }),
    '/r1': respond(302, '', { location: '/r2' }),
    '/r2': respond(301, '', { location: '/r3' }),
    '/r3': respond(307, '', { location: '/article' }),
    '/loop': respond(302, '', { location: '/loop' }),
    '/to-file': respond(302, '', { location: 'file:///etc/passwd' }),
    '/slow-headers': (_request, response) => {
      setTimeout(() => response.writeHead(200).end('late'), 3000).unref();
    },
    '/slow-body': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<p>first part');
    },
    '/flaky': (_request, response) => {
      if (nth('/flaky') === 1) response.writeHead(500).end('oops');
      else response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    },
    '/down': respond(503, 'maintenance'),
    '/busy': (_request, response) => {
      if (nth('/busy') === 1) response.writeHead(429, { 'retry-after': '1' }).end();
      else response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    },
    '/busy-long': respond(429, '', { 'retry-after': '3600' }),
    '/big-declared': respond(200, 'x'.repeat(2000), {
      'content-type': 'text/plain',
      'content-length': '2000',
    }),
    '/big-chunked': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 10; i++) response.write('y'.repeat(500));
      response.end();
    },
  });
});

afterAll(async () => {
  await server.close();
});

const options = (overrides: Partial<FetchOptions> = {}): FetchOptions => ({
  ...resolveSourceOptions({ allowPrivateNetwork: true, retryDelayMs: 5, timeoutMs: 2000 }),
  ...overrides,
});

async function fetchError(url: string, overrides: Partial<FetchOptions> = {}): Promise<SourceError> {
  try {
    await fetchUrl(url, options(overrides));
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error(`expected fetching ${url} to fail`);
}

describe('fetchUrl', () => {
  it('downloads a page with its content type, sending a real User-Agent', async () => {
    const resource = await fetchUrl(server.url('/article'), options());
    expect(new TextDecoder().decode(resource.bytes)).toBe(PAGE);
    expect(resource).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' });
    expect(server.lastHeaders('/article')?.['user-agent']).toBe(defaultUserAgent());
    expect(defaultUserAgent()).toMatch(/^newsgraph\/\d+\.\d+\.\d+/);
  });

  it('follows a chain of redirects within the limit and reports where it ended', async () => {
    const resource = await fetchUrl(server.url('/r1'), options());
    expect(resource.finalUrl).toBe(server.url('/article'));
  });

  it.each([
    ['a chain longer than the limit', '/r1', 2, 'too many redirects (more than 2)'],
    ['a redirect loop', '/loop', 5, 'too many redirects (more than 5)'],
  ])('gives up on %s', async (_name, path, maxRedirects, message) => {
    const error = await fetchError(server.url(path), { maxRedirects });
    expect(error).toMatchObject({ code: 'FETCH_FAILED', message });
  });

  it('does not follow a redirect to a file: URL', async () => {
    const error = await fetchError(server.url('/to-file'));
    expect(error).toMatchObject({
      code: 'FETCH_FAILED',
      message: 'redirects to file: (only http and https are followed)',
    });
  });

  it.each([
    ['headers', '/slow-headers'],
    ['the body', '/slow-body'],
  ])('times out when the server is too slow to send %s', async (_name, path) => {
    const started = Date.now();
    const error = await fetchError(server.url(path), { timeoutMs: 300 });
    expect(error).toMatchObject({ code: 'TIMEOUT', message: 'timed out after 300 ms' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('retries after a server error and succeeds on the next attempt', async () => {
    const resource = await fetchUrl(server.url('/flaky'), options());
    expect(resource.status).toBe(200);
    expect(server.hits('/flaky')).toBe(2);
  });

  it('stops after the configured retries when the server keeps failing', async () => {
    const error = await fetchError(server.url('/down'), { retries: 2 });
    expect(error).toMatchObject({
      code: 'HTTP_ERROR',
      message: 'HTTP 503 Service Unavailable after 3 attempts',
    });
    expect(server.hits('/down')).toBe(3);
  });

  it('waits as long as Retry-After asks before retrying a 429', async () => {
    const started = Date.now();
    await fetchUrl(server.url('/busy'), options());
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.hits('/busy')).toBe(2);
  });

  it('fails at once when Retry-After asks for longer than it is willing to wait', async () => {
    const error = await fetchError(server.url('/busy-long'));
    expect(error).toMatchObject({
      code: 'HTTP_ERROR',
      message: 'HTTP 429 Too Many Requests (asks to retry after 3600 s)',
    });
    expect(server.hits('/busy-long')).toBe(1);
  });

  it('reports a 404 without retrying', async () => {
    const error = await fetchError(server.url('/no-such-story'));
    expect(error).toMatchObject({ code: 'HTTP_ERROR', message: 'HTTP 404 Not Found' });
    expect(server.hits('/no-such-story')).toBe(1);
  });

  it.each([
    ['a Content-Length over the limit', '/big-declared', 'response is 2 KB, over the 1000 bytes limit'],
    ['a streamed body that grows past the limit', '/big-chunked', 'response is over the 1000 bytes limit'],
  ])('refuses %s', async (_name, path, message) => {
    const error = await fetchError(server.url(path), { maxBytes: 1000 });
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toBe(message);
  });

  it('reports a refused connection after retrying', async () => {
    const closed = await startTestServer({});
    const url = closed.url('/');
    await closed.close();
    const error = await fetchError(url, { retries: 1 });
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.message).toMatch(/^could not be fetched: .*ECONNREFUSED.* after 2 attempts$/);
  });

  it('refuses a loopback server unless private network access is allowed', async () => {
    const before = server.hits('/article');
    const error = await fetchError(server.url('/article'), { allowPrivateNetwork: false });
    expect(error.code).toBe('BLOCKED_ADDRESS');
    expect(error.message).toContain('127.0.0.1 is a private, loopback or other non-public address');
    expect(server.hits('/article')).toBe(before);
  });

  it('checks the address again on every redirect hop', async () => {
    const requested: string[] = [];
    const fakeFetch = (async (input: string | URL | Request) => {
      requested.push(String(input));
      return new Response(null, { status: 302, headers: { location: 'http://10.0.0.1/internal' } });
    }) as typeof fetch;
    const error = await fetchError('http://93.184.215.14/story', {
      allowPrivateNetwork: false,
      fetchImpl: fakeFetch,
    });
    expect(error.code).toBe('BLOCKED_ADDRESS');
    expect(requested).toEqual(['http://93.184.215.14/story']);
  });

  it.each([
    ['ftp://files.example.org/a.txt', 'uses ftp: (only http and https are fetched)'],
    ['http://', 'is not a valid URL'],
  ])('refuses %s before any request', async (url, message) => {
    const error = await fetchError(url);
    expect(error).toMatchObject({ code: 'FETCH_FAILED', message });
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
    ['Wed, 21 Oct 2015 07:28:30 GMT', 30_000],
    ['soon', null],
    [null, null],
  ])('reads %s as %s ms', (value, expected) => {
    expect(parseRetryAfter(value, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(expected);
  });
});
