import { describe, expect, it } from 'vitest';
import {
  formatFromContentType,
  formatFromFileName,
  isNonTextContentType,
  sniffFormat,
} from './detect-format.js';

describe('formatFromFileName', () => {
  it.each([
    ['articles/01-pipeline-plan.txt', 'text'],
    ['desk/03-port-strike.md', 'text'],
    ['export.JSON', 'json'],
    ['wire.ndjson', 'ndjson'],
    ['desk.jsonl', 'ndjson'],
    ['saved/page.htm', 'html'],
    ['saved/page.html', 'html'],
    ['feeds/wire.rss', 'feed'],
    ['feeds/desk.atom', 'feed'],
    ['feeds/sitemap.xml', 'feed'],
    ['README', 'none'],
    ['report.pdf', 'unknown'],
    ['headlines.csv', 'unknown'],
  ])('reads %s as %s', (name, format) => {
    expect(formatFromFileName(name)).toBe(format);
  });
});

describe('formatFromContentType', () => {
  it.each([
    ['text/html; charset=utf-8', 'html'],
    ['application/xhtml+xml', 'html'],
    ['application/rss+xml', 'feed'],
    ['application/atom+xml; charset=utf-8', 'feed'],
    ['text/xml', 'feed'],
    ['application/json', 'json'],
    ['application/ld+json', 'json'],
    ['application/x-ndjson', 'ndjson'],
    ['text/plain; charset=utf-8', 'text'],
    ['application/octet-stream', null],
    [null, null],
  ])('maps %s to %s', (contentType, format) => {
    expect(formatFromContentType(contentType)).toBe(format);
  });

  it.each([
    ['application/pdf', true],
    ['image/jpeg', true],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', true],
    ['text/html', false],
    [null, false],
  ])('knows that %s is not text: %s', (contentType, expected) => {
    expect(isNonTextContentType(contentType)).toBe(expected);
  });
});

describe('sniffFormat', () => {
  it.each([
    ['a JSON article', '{"body": "Raipur, Apr 4 (PTI) The cabinet met."}', 'json'],
    ['a JSON array', '\n  [ {"body": "one"}, {"body": "two"} ]', 'json'],
    ['NDJSON', '{"body": "one"}\n{"body": "two"}\n', 'ndjson'],
    ['broken JSON that starts like an object', '{"body": "unfinished', 'json'],
    ['broken JSON that starts like an array of objects', '[{"body": "one"},', 'json'],
    ['an RSS feed', '<?xml version="1.0"?>\n<!-- generated -->\n<rss version="2.0"><channel/></rss>', 'feed'],
    ['an Atom feed', '<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'feed'],
    ['an RSS 1.0 feed', '<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>', 'feed'],
    ['an HTML page', '<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>', 'html'],
    ['an HTML fragment', '<p>Guwahati, Oct 13 (IANS) Heavy rain flooded the city.</p>', 'html'],
    ['plain text', 'Patna, Feb 10 (PTI) A four-lane bridge opened on Monday.', null],
    [
      'text that starts with a bracketed tag',
      '[Updated] Lucknow, Apr 1 The commission kept tariffs unchanged.',
      null,
    ],
    ['a sample-style header', ' date 2025-02-14 Nagpur, Feb 14 (PTI) The corporation met.', null],
    ['XML that is no feed or page', '<?xml version="1.0"?><catalog><book/></catalog>', null],
  ])('recognises %s', (_name, text, format) => {
    expect(sniffFormat(text)).toBe(format);
  });
});
