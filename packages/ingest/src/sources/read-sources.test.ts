import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { respond, startTestServer, type TestServer } from '../../test/fixtures/inputs/start-test-server.js';
import { countSources, readSources, type SourceItem, type SourceOptions } from './index.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/inputs/', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

async function collect(inputs: string[], options: SourceOptions = {}): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(inputs, { cwd: FIXTURES, ...options })) items.push(item);
  return items;
}

/** `origin -> ingestedFrom` for articles, `origin !CODE` for errors: the shape of a batch at a glance. */
const outline = (items: SourceItem[]) =>
  items.map((item) =>
    item.ok ? `${item.origin} -> ${item.input.ingestedFrom}` : `${item.origin} !${item.code}`,
  );

/** A fetch that always fails as a network error would, counting its calls. */
function offlineFetch() {
  const calls: string[] = [];
  const impl = (async (input: string | URL | Request) => {
    calls.push(String(input));
    throw new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ENETUNREACH'), { code: 'ENETUNREACH' }),
    });
  }) as typeof fetch;
  return { calls, impl };
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'newsgraph-sources-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('readSources on files', () => {
  it('reads a directory of text and Markdown articles, named relative to the working directory', async () => {
    const items = await collect(['articles']);
    expect(outline(items)).toEqual([
      'articles/01-pipeline-plan.txt -> articles/01-pipeline-plan.txt',
      'articles/02-budget-hindi.txt -> articles/02-budget-hindi.txt',
      'articles/desk/03-port-strike.md -> articles/desk/03-port-strike.md',
    ]);
  });

  it('keeps a text body whole, sample-style date header included, for the pipeline to parse', async () => {
    const [item] = await collect(['articles/01-pipeline-plan.txt']);
    expect(item?.ok && item.input.body).toBe(
      readFileSync(path.join(FIXTURES, 'articles/01-pipeline-plan.txt'), 'utf8'),
    );
    expect(item?.ok && item.input.body.startsWith(' date 2025-02-14 Nagpur, Feb 14 (PTI)')).toBe(true);
    expect(item).toMatchObject({ ok: true, input: { title: null, publishedAt: null, url: null } });
  });

  it('reads JSON, NDJSON and JSON Lines collections record by record', async () => {
    const items = await collect(['collections/single.json', 'collections/desk.jsonl']);
    expect(outline(items)).toEqual([
      'collections/single.json -> https://news.example.org/2025/01/20/voter-registration-deadline',
      'collections/desk.jsonl:1 -> collections/desk.jsonl#1',
      'collections/desk.jsonl:2 -> https://wire.example.net/river-cruise',
    ]);
  });

  it('reads a saved web page with its metadata', async () => {
    const [item] = await collect(['pages/article.html']);
    expect(item).toMatchObject({
      ok: true,
      origin: 'pages/article.html',
      input: {
        ingestedFrom: 'pages/article.html',
        title: 'Assembly passes bill to regulate groundwater use',
        byline: 'Kavita Rao',
        publishedAt: '2025-03-18T18:40:00+05:30',
        // The canonical link is relative and the file has no address to resolve it: og:url is used.
        url: 'https://times.example.com/india/assembly-groundwater-bill',
      },
    });
  });

  it('reads a feed file, using carried content and fetching links only for items without enough of it', async () => {
    const offline = offlineFetch();
    const items = await collect(['feeds/wire.rss'], {
      fetchImpl: offline.impl,
      allowPrivateNetwork: true,
      retries: 0,
    });
    expect(outline(items)).toEqual([
      'https://wire.example.net/stories/river-bridge-opens -> https://wire.example.net/stories/river-bridge-opens',
      'feeds/wire.rss#2 -> feeds/wire.rss#2',
      'feeds/wire.rss#3 -> feeds/wire.rss#wire-2025-0212-elephants',
    ]);
    expect(offline.calls).toEqual([]);
    expect(items[1]).toMatchObject({
      ok: true,
      input: {
        title: 'Exam results to be declared on Friday',
        body: 'The state school board will declare the class 10 results on Friday at noon, its chairman said.',
        publishedAt: '2025-02-11T09:00:00Z',
      },
    });
  });

  it('falls back to an item’s shorter content when its link cannot be fetched', async () => {
    const offline = offlineFetch();
    const items = await collect(['feeds/desk.atom'], {
      fetchImpl: offline.impl,
      allowPrivateNetwork: true,
      retries: 0,
    });
    // The first entry carries a full article; the second only a shorter text, so its page is tried.
    expect(offline.calls).toEqual(['https://desk.example.org/2025/03/rail-link-clearance']);
    expect(outline(items)).toEqual([
      'https://desk.example.org/2025/03/court-school-buildings -> https://desk.example.org/2025/03/court-school-buildings',
      'https://desk.example.org/2025/03/rail-link-clearance -> https://desk.example.org/2025/03/rail-link-clearance',
    ]);
    expect(items[1]).toMatchObject({
      ok: true,
      input: {
        title: 'Rail link to the hills gets final clearance',
        publishedAt: '2025-03-05T07:45:00Z',
        body: expect.stringMatching(/^Shillong, Mar 5 The railway board/),
      },
    });
  });

  it.each([
    ['bad/empty.txt', 'EMPTY', 'bad/empty.txt: is empty (0 bytes)'],
    ['bad/blank.txt', 'EMPTY', 'bad/blank.txt: is empty (only whitespace)'],
    ['bad/binary.txt', 'BINARY', 'bad/binary.txt: is a binary file (contains NUL bytes), not text'],
    [
      'bad/invalid-utf8.txt',
      'INVALID_UTF8',
      'bad/invalid-utf8.txt: is not valid UTF-8 (first bad byte at offset 66, line 2)',
    ],
    [
      'bad/headlines.csv',
      'UNKNOWN_FORMAT',
      'bad/headlines.csv: unsupported format .csv; readable: .txt .text .md .markdown .json .ndjson .jsonl .html .htm .xhtml .xml .rss .atom .rdf',
    ],
    [
      'bad/report.pdf',
      'UNKNOWN_FORMAT',
      expect.stringMatching(/^bad\/report\.pdf: unsupported format \.pdf \(binary content\);/),
    ],
    ['bad/missing.txt', 'NOT_FOUND', 'bad/missing.txt: no such file or directory'],
    ['bad/*.docx', 'NOT_FOUND', 'bad/*.docx: no files match this pattern'],
  ])('reports %s as %s in one line naming the file', async (input, code, error) => {
    expect(await collect([input])).toEqual([{ ok: false, origin: input, code, error }]);
  });

  it('reports malformed JSON with its line and column', async () => {
    writeFileSync(
      path.join(scratch, 'broken.json'),
      '[\n  {"body": "one"},\n  {"body": "two"\n  {"body": "three"}\n]',
    );
    expect(await collect(['broken.json'], { cwd: scratch })).toEqual([
      {
        ok: false,
        origin: 'broken.json',
        code: 'MALFORMED_JSON',
        error: `broken.json: malformed JSON at line 4, column 3: unexpected "{", expected ',' or '}'`,
      },
    ]);
  });

  it('refuses a file over the default 10 MB limit without reading it', async () => {
    const huge = path.join(scratch, 'huge.txt');
    writeFileSync(huge, Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
    expect(await collect(['huge.txt'], { cwd: scratch })).toEqual([
      {
        ok: false,
        origin: 'huge.txt',
        code: 'TOO_LARGE',
        error: 'huge.txt: is 10485761 bytes, over the 10 MB limit',
      },
    ]);
    rmSync(huge);
  });

  it('applies a configured size limit', async () => {
    const [item] = await collect(['articles/01-pipeline-plan.txt'], { maxBytes: 100 });
    expect(item).toMatchObject({
      ok: false,
      code: 'TOO_LARGE',
      error: expect.stringMatching(/over the 100 bytes limit$/),
    });
  });

  it('goes on after every kind of problem, keeping the order of the inputs', async () => {
    const items = await collect([
      'bad/empty.txt',
      'articles/02-budget-hindi.txt',
      'missing.txt',
      'collections/wire.ndjson',
      'bad/binary.txt',
      'pages/hindi.html',
    ]);
    expect(outline(items)).toEqual([
      'bad/empty.txt !EMPTY',
      'articles/02-budget-hindi.txt -> articles/02-budget-hindi.txt',
      'missing.txt !NOT_FOUND',
      'collections/wire.ndjson:1 -> https://wire.example.net/power-tariff',
      'collections/wire.ndjson:2 !MALFORMED_JSON',
      'collections/wire.ndjson:4 -> collections/wire.ndjson#3',
      'collections/wire.ndjson:5 !INVALID_RECORD',
      'collections/wire.ndjson:6 !INVALID_RECORD',
      'collections/wire.ndjson:7 !INVALID_RECORD',
      'collections/wire.ndjson:8 -> collections/wire.ndjson#7',
      'bad/binary.txt !BINARY',
      'pages/hindi.html -> pages/hindi.html',
    ]);
  });

  it('sniffs the format of a file without an extension', async () => {
    writeFileSync(
      path.join(scratch, 'EXPORT'),
      '{"body": "Raipur, Apr 4 (PTI) The state cabinet met.", "url": "https://wire.example.net/cabinet"}',
    );
    writeFileSync(path.join(scratch, 'NOTES'), 'Raipur, Apr 4 (PTI) The state cabinet met on Friday.');
    const items = await collect(['EXPORT', 'NOTES'], { cwd: scratch });
    expect(outline(items)).toEqual(['EXPORT -> https://wire.example.net/cabinet', 'NOTES -> NOTES']);
  });

  it('decodes a saved page in the legacy charset its meta tag declares', async () => {
    const head = '<html><head><meta charset="windows-1252"><title>Caf\xe9 owners protest</title></head>';
    const body =
      '<body><p>Panaji, May 6 Caf\xe9 owners protested the new licence fee on Tuesday.</p></body></html>';
    writeFileSync(path.join(scratch, 'legacy.html'), Buffer.from(head + body, 'latin1'));
    const [item] = await collect(['legacy.html'], { cwd: scratch });
    expect(item).toMatchObject({
      ok: true,
      input: {
        title: 'Café owners protest',
        body: 'Panaji, May 6 Café owners protested the new licence fee on Tuesday.',
      },
    });
  });

  it('reads a .json file that holds NDJSON line by line', async () => {
    writeFileSync(path.join(scratch, 'lines.json'), '{"body": "one"}\n{"body": "two"}\n');
    expect(outline(await collect(['lines.json'], { cwd: scratch }))).toEqual([
      'lines.json:1 -> lines.json#1',
      'lines.json:2 -> lines.json#2',
    ]);
  });

  it('reads the five sample articles of the quick start', async () => {
    const seeds = readdirSync(path.join(REPO_ROOT, 'seeds'))
      .filter((name) => name.endsWith('.txt'))
      .sort();
    expect(seeds).toHaveLength(5);
    const items = await collect(['seeds'], { cwd: REPO_ROOT });
    expect(outline(items)).toEqual(seeds.map((name) => `seeds/${name} -> seeds/${name}`));
    for (const [index, item] of items.entries()) {
      const raw = readFileSync(path.join(REPO_ROOT, 'seeds', seeds[index]!), 'utf8');
      expect(item.ok && item.input.body).toBe(raw);
    }
    const hindi = items.find((item) => item.ok && /^[\u0900-\u097F]/.test(item.input.body));
    expect(hindi).toBeDefined();
  });
});

describe('readSources on stdin', () => {
  const stdin = (text: string) => Readable.from([Buffer.from(text, 'utf8')]);

  it('names piped text by a hash of its content, the same for the same text', async () => {
    const text = 'Kochi, Mar 3 (IANS) Dock workers ended their strike on Monday.\n';
    const [first] = await collect(['-'], { stdin: stdin(text) });
    const [again] = await collect(['-'], { stdin: stdin(text.replace('\n', '\r\n')) });
    const [other] = await collect(['-'], { stdin: stdin('Another story.') });
    expect(first).toMatchObject({ ok: true, origin: 'stdin', input: { body: text } });
    const id = first?.ok ? first.input.ingestedFrom : '';
    expect(id).toMatch(/^stdin:[0-9a-f]{16}$/);
    expect(again?.ok && again.input.ingestedFrom).toBe(id);
    expect(other?.ok && other.input.ingestedFrom).not.toBe(id);
  });

  it('reads piped NDJSON, naming records by URL or by their own content', async () => {
    const items = await collect(['-'], {
      stdin: stdin('{"body": "one", "url": "https://wire.example.net/one"}\n{"body": "two"}\n'),
    });
    expect(items.map((item) => item.ok && item.input.ingestedFrom)).toEqual([
      'https://wire.example.net/one',
      expect.stringMatching(/^stdin:[0-9a-f]{16}$/),
    ]);
    expect(items[1]?.origin).toBe('stdin:2');
  });

  it('reads a piped HTML page', async () => {
    const [item] = await collect(['-'], {
      stdin: stdin(readFileSync(path.join(FIXTURES, 'pages/meta-only.html'), 'utf8')),
    });
    expect(item).toMatchObject({ ok: true, input: { title: 'City council approves night bus routes' } });
  });

  it('refuses empty and oversized input', async () => {
    expect(await collect(['-'], { stdin: stdin('  \n') })).toMatchObject([
      { ok: false, code: 'EMPTY', origin: 'stdin' },
    ]);
    expect(await collect(['-'], { stdin: stdin('x'.repeat(500)), maxBytes: 100 })).toEqual([
      { ok: false, origin: 'stdin', code: 'TOO_LARGE', error: 'stdin: is over the 100 bytes limit' },
    ]);
  });
});

describe('readSources on URLs', () => {
  let server: TestServer;
  const page = (title: string, text: string, extraHead = '') =>
    `<!doctype html><html><head><title>${title}</title>${extraHead}</head><body><article><h1>${title}</h1>${text
      .split('\n\n')
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join('')}</article></body></html>`;
  const longContent = `<p>${'Lucknow, Apr 1 (PTI) The electricity regulatory commission kept household tariffs unchanged. '.repeat(6)}</p>`;

  beforeAll(async () => {
    server = await startTestServer({
      '/news/tariff.html': respond(
        200,
        page(
          'Power tariff unchanged',
          'Lucknow, Apr 1 (PTI) The electricity regulatory commission on Tuesday kept household power tariffs unchanged for the coming year.\n\nIndustrial users will pay 20 paise more per unit.',
          '<link rel="canonical" href="/news/power-tariff-unchanged"><meta property="article:published_time" content="2025-04-01T12:00:00+05:30">',
        ),
        { 'content-type': 'text/html; charset=utf-8' },
      ),
      '/old-address': respond(301, '', { location: '/news/tariff.html' }),
      '/stories/1': respond(
        200,
        page(
          'Bridge opens',
          'Patna, Feb 10 (PTI) A four-lane bridge over the river opened to traffic on Monday.',
        ),
        { 'content-type': 'text/html' },
      ),
      '/feed.xml': (request, response) => {
        const base = `http://${request.headers.host}`;
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        response.end(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Local</title>
          <item><title>Bridge opens (feed title)</title><link>${base}/stories/1</link><pubDate>Mon, 10 Feb 2025 14:20:00 +0530</pubDate><description>Teaser.</description></item>
          <item><title>Withdrawn story</title><link>${base}/stories/2</link></item>
          <item><title>Tariff</title><link>${base}/stories/3</link><content:encoded><![CDATA[${longContent}]]></content:encoded></item>
        </channel></rss>`);
      },
      '/feed-served-as-html': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(
          `<rss version="2.0"><channel><item><title>Only item</title><description>Short note.</description></item></channel></rss>`,
        );
      },
      '/articles.json': respond(
        200,
        JSON.stringify([{ body: 'Srinagar, May 5 (PTI) Tulip garden visitors crossed five lakh.' }]),
        {
          'content-type': 'application/json',
        },
      ),
      '/photo.jpg': respond(200, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), {
        'content-type': 'image/jpeg',
      }),
    });
  });

  afterAll(async () => {
    await server.close();
  });

  const local: SourceOptions = { allowPrivateNetwork: true, retryDelayMs: 5, timeoutMs: 3000 };

  it('reads a web page, named by the URL given and pointing to its canonical address', async () => {
    const [item] = await collect([server.url('/old-address')], local);
    expect(item).toMatchObject({
      ok: true,
      origin: server.url('/old-address'),
      input: {
        ingestedFrom: server.url('/old-address'),
        url: server.url('/news/power-tariff-unchanged'),
        title: 'Power tariff unchanged',
        publishedAt: '2025-04-01T12:00:00+05:30',
        body: expect.stringMatching(
          /unchanged for the coming year\.\n\nIndustrial users will pay 20 paise more per unit\.$/,
        ),
      },
    });
  });

  it('reads every item of a feed URL: fetched pages, an error for a dead link, carried full content', async () => {
    const items = await collect([server.url('/feed.xml'), server.url('/articles.json')], local);
    expect(outline(items)).toEqual([
      `${server.url('/stories/1')} -> ${server.url('/stories/1')}`,
      `${server.url('/stories/2')} !HTTP_ERROR`,
      `${server.url('/stories/3')} -> ${server.url('/stories/3')}`,
      `${server.url('/articles.json')}:1 -> ${server.url('/articles.json')}#1`,
    ]);
    expect(items[0]).toMatchObject({
      ok: true,
      input: {
        title: 'Bridge opens',
        body: 'Patna, Feb 10 (PTI) A four-lane bridge over the river opened to traffic on Monday.',
        publishedAt: '2025-02-10T14:20:00+05:30',
      },
    });
    expect(items[1]).toMatchObject({ ok: false, error: `${server.url('/stories/2')}: HTTP 404 Not Found` });
    expect(server.hits('/stories/3')).toBe(0);
  });

  it('trusts the content over a Content-Type that calls a feed HTML', async () => {
    const items = await collect([server.url('/feed-served-as-html')], local);
    expect(items).toMatchObject([{ ok: true, input: { title: 'Only item', body: 'Short note.' } }]);
  });

  it('refuses a download that is no article format', async () => {
    const [item] = await collect([server.url('/photo.jpg')], local);
    expect(item).toMatchObject({
      ok: false,
      code: 'UNKNOWN_FORMAT',
      error: expect.stringMatching(/photo\.jpg: unsupported format image\/jpeg \(binary content\)/),
    });
  });

  it('refuses a server on a private address unless allowed, and goes on', async () => {
    const items = await collect([server.url('/news/tariff.html'), 'articles/01-pipeline-plan.txt']);
    expect(outline(items)).toEqual([
      `${server.url('/news/tariff.html')} !BLOCKED_ADDRESS`,
      'articles/01-pipeline-plan.txt -> articles/01-pipeline-plan.txt',
    ]);
  });
});

describe('countSources', () => {
  it('counts exactly the items readSources yields for local files', async () => {
    const inputs = ['articles', 'collections', 'feeds', 'pages', 'bad', 'missing.txt'];
    const offline = offlineFetch();
    const items = await collect(inputs, { fetchImpl: offline.impl, allowPrivateNetwork: true, retries: 0 });
    expect(await countSources(inputs, { cwd: FIXTURES })).toBe(items.length);
  });

  it('gives no count when a URL or stdin is among the inputs', async () => {
    expect(await countSources(['articles', 'https://news.example.org/a'], { cwd: FIXTURES })).toBeUndefined();
    expect(await countSources(['-'], { cwd: FIXTURES })).toBeUndefined();
  });
});
