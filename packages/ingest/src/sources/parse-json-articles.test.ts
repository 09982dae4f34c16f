import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  arrayElementOffsets,
  collectionIdentity,
  countJsonRecords,
  parseJsonArticles,
  parseNdjsonArticles,
  validateArticleRecord,
} from './parse-json-articles.js';
import type { SourceItem } from './source-types.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/inputs/collections/${name}`, import.meta.url), 'utf8');

const context = (origin: string) => ({ origin, identity: collectionIdentity(origin) });

function okInputs(items: SourceItem[]) {
  return items.flatMap((item) => (item.ok ? [item.input] : []));
}

describe('parseJsonArticles', () => {
  it('reads a single article object with every field, named by its URL', () => {
    const items = parseJsonArticles(fixture('single.json'), context('collections/single.json'));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      ok: true,
      origin: 'collections/single.json',
      input: {
        ingestedFrom: 'https://news.example.org/2025/01/20/voter-registration-deadline',
        title: 'Election panel extends voter registration deadline',
        url: 'https://news.example.org/2025/01/20/voter-registration-deadline',
        publishedAt: '2025-01-20',
        language: 'en',
        agency: 'PTI',
        byline: null,
      },
    });
    const input = okInputs(items)[0]!;
    expect(input.body).toMatch(/^Chandigarh, Jan 20 \(PTI\) The state election commission/);
    expect(input.body).toContain('first-time voters.\n\nChief electoral officer');
  });

  it('names a single object without a URL after its file', () => {
    const items = parseJsonArticles(
      '{"body": "Raipur, Apr 4 (PTI) The cabinet met."}',
      context('in/one.json'),
    );
    expect(okInputs(items)[0]?.ingestedFrom).toBe('in/one.json');
  });

  it('reads an array, reporting each record by the line it starts on and naming records without a URL by position', () => {
    const items = parseJsonArticles(fixture('array.json'), context('collections/array.json'));
    expect(items.map((item) => item.origin)).toEqual([
      'collections/array.json:2',
      'collections/array.json:7',
      'collections/array.json:12',
    ]);
    expect(okInputs(items).map((input) => input.ingestedFrom)).toEqual([
      'collections/array.json#1',
      'https://news.example.org/2024/10/13/guwahati-rain',
    ]);
    expect(okInputs(items)[0]?.publishedAt).toBe('2024-10-12T09:30:00+05:30');
    expect(items[2]).toEqual({
      ok: false,
      origin: 'collections/array.json:12',
      code: 'INVALID_RECORD',
      error: 'collections/array.json:12: invalid article: body is required',
    });
  });

  it('reads an { "articles": [...] } export and its common field names', () => {
    const items = parseJsonArticles(fixture('export.json'), context('collections/export.json'));
    expect(items.every((item) => item.ok)).toBe(true);
    expect(okInputs(items)).toEqual([
      {
        ingestedFrom: 'https://city.example.com/metro-line-opens',
        body: expect.stringMatching(/^Pune, Mar 1 The new metro line/),
        title: 'Metro line opens to passengers',
        url: 'https://city.example.com/metro-line-opens',
        publishedAt: '2025-03-01T06:00:00Z',
        language: null,
        agency: null,
        byline: 'Staff Reporter',
      },
      {
        ingestedFrom: 'collections/export.json#2',
        body: expect.stringMatching(/^Jaipur, Mar 2 The central library/),
        title: 'Library gets a reading room for the visually impaired',
        url: null,
        publishedAt: '2025-03-02',
        language: null,
        agency: null,
        byline: null,
      },
    ]);
    expect(items.map((item) => item.origin)).toEqual([
      'collections/export.json:5',
      'collections/export.json:12',
    ]);
  });

  it.each([
    ['a missing comma', '{\n  "title": "Budget"\n  "body": "text"\n}', 'malformed JSON at line 3, column 3'],
    [
      'a cut-off array',
      '[\n  {"body": "one"},\n  {"body": "tw',
      'malformed JSON at line 3, column 12: unterminated string',
    ],
  ])('reports %s with its line and column', (_name, text, message) => {
    const [item, ...rest] = parseJsonArticles(text, context('broken.json'));
    expect(rest).toHaveLength(0);
    expect(item).toMatchObject({ ok: false, code: 'MALFORMED_JSON', origin: 'broken.json' });
    expect(item?.ok === false && item.error).toContain(`broken.json: ${message}`);
  });

  it('reports an empty array as empty', () => {
    expect(parseJsonArticles('[]', context('none.json'))).toEqual([
      { ok: false, origin: 'none.json', code: 'EMPTY', error: 'none.json: holds an empty list of articles' },
    ]);
  });
});

describe('parseNdjsonArticles', () => {
  const items = parseNdjsonArticles(fixture('wire.ndjson'), context('collections/wire.ndjson'));

  it('reads every good line and reports every bad one by its line number', () => {
    expect(items.map((item) => [item.origin, item.ok ? 'ok' : item.code])).toEqual([
      ['collections/wire.ndjson:1', 'ok'],
      ['collections/wire.ndjson:2', 'MALFORMED_JSON'],
      ['collections/wire.ndjson:4', 'ok'],
      ['collections/wire.ndjson:5', 'INVALID_RECORD'],
      ['collections/wire.ndjson:6', 'INVALID_RECORD'],
      ['collections/wire.ndjson:7', 'INVALID_RECORD'],
      ['collections/wire.ndjson:8', 'ok'],
    ]);
  });

  it.each([
    [1, 'collections/wire.ndjson:2: malformed JSON at column 33: unterminated string'],
    [3, 'collections/wire.ndjson:5: invalid article: body must be a string'],
    [4, 'collections/wire.ndjson:6: expected an article object, got an array'],
    [5, 'collections/wire.ndjson:7: invalid article: publishedAt must be YYYY-MM-DD or an ISO date-time'],
  ])('explains bad record %i in one line', (index, error) => {
    expect(items[index]).toMatchObject({ ok: false, error });
  });

  it('names records by URL, else by their position among the records', () => {
    expect(okInputs(items).map((input) => input.ingestedFrom)).toEqual([
      'https://wire.example.net/power-tariff',
      'collections/wire.ndjson#3',
      'collections/wire.ndjson#7',
    ]);
    expect(okInputs(items)[1]).toMatchObject({ language: 'hi', body: expect.stringMatching(/^शिमला।/) });
  });

  it('reads JSON Lines with the alternative field names', () => {
    const lines = parseNdjsonArticles(fixture('desk.jsonl'), context('desk.jsonl'));
    expect(okInputs(lines)).toMatchObject([
      { ingestedFrom: 'desk.jsonl#1', byline: 'Desk', body: expect.stringMatching(/^Srinagar/) },
      { ingestedFrom: 'https://wire.example.net/river-cruise', body: expect.stringMatching(/^Panaji/) },
    ]);
  });

  it('accepts Windows line endings', () => {
    const crlf = '{"body": "one"}\r\n{"body": "two"}\r\n';
    expect(okInputs(parseNdjsonArticles(crlf, context('w.ndjson'))).map((input) => input.body)).toEqual([
      'one',
      'two',
    ]);
  });

  it('reports a file of blank lines as empty', () => {
    expect(parseNdjsonArticles('\n\n  \n', context('blank.ndjson'))[0]).toMatchObject({
      ok: false,
      code: 'EMPTY',
    });
  });
});

describe('validateArticleRecord', () => {
  it.each([
    [{ body: '   ' }, 'invalid article: body is empty'],
    [{ body: 'text', url: 'ftp://files.example.org/a' }, 'invalid article: url must be an http(s) URL'],
    [{ body: 'text', url: 'not a link' }, 'invalid article: url must be an http(s) URL'],
    [
      { body: 'text', language: 'Hindi language' },
      'invalid article: language must be a language code such as en or hi',
    ],
    [{ body: 'text', title: 7 }, 'invalid article: title must be a string'],
    [
      { body: 'text', publishedAt: '05/04/2025' },
      'invalid article: publishedAt must be YYYY-MM-DD or an ISO date-time',
    ],
    ['just a string', 'expected an article object, got a string'],
    [null, 'expected an article object, got null'],
  ])('refuses %j', (value, reason) => {
    expect(validateArticleRecord(value)).toEqual({ ok: false, reason });
  });

  it.each([
    ['2025', '2025'],
    ['2025-04', '2025-04'],
    ['2025-04-01 10:15', '2025-04-01 10:15'],
    ['2025-04-01T10:15:30.120+05:30', '2025-04-01T10:15:30.120+05:30'],
  ])('accepts the publication date %s', (publishedAt, expected) => {
    const result = validateArticleRecord({ body: 'text', publishedAt });
    expect(result.ok && result.record.publishedAt).toBe(expected);
  });

  it('ignores fields it does not know', () => {
    const result = validateArticleRecord({
      body: 'text',
      source: { id: null, name: 'Wire' },
      urlToImage: 'x',
    });
    expect(result.ok).toBe(true);
  });
});

describe('arrayElementOffsets', () => {
  it('finds where each top-level element starts, whatever the nesting and strings inside', () => {
    const text = '[{"a": [1, 2], "s": "x, ]"}, "plain", 3, [4]]';
    const offsets = arrayElementOffsets(text, null);
    expect(offsets.map((offset) => text.slice(offset, offset + 4))).toEqual(['{"a"', '"pla', '3, [', '[4]]']);
  });

  it('finds the elements under a named property only', () => {
    const text = '{"tags": [{"x": 1}], "articles": [{"body": "a"}, {"body": "b"}]}';
    const offsets = arrayElementOffsets(text, 'articles');
    expect(offsets.map((offset) => text.slice(offset, offset + 9))).toEqual(['{"body": ', '{"body": ']);
  });
});

describe('countJsonRecords', () => {
  it('counts records without validating them', () => {
    expect(countJsonRecords(fixture('array.json'), 'json')).toBe(3);
    expect(countJsonRecords(fixture('export.json'), 'json')).toBe(2);
    expect(countJsonRecords(fixture('single.json'), 'json')).toBe(1);
    expect(countJsonRecords(fixture('wire.ndjson'), 'ndjson')).toBe(7);
  });
});
