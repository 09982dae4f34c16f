/**
 * The article inside a web page: main text by Mozilla Readability (over linkedom), metadata from
 * what the page states about itself. JSON-LD (`NewsArticle` and kin) is preferred, then Open Graph /
 * `article:*` / Dublin Core meta tags, then what Readability inferred. The body keeps paragraph
 * breaks as blank lines, like the plain-text articles.
 */
import { Readability } from '@mozilla/readability';
import { htmlToText } from './html-to-text.js';
import { type DomDocument, type DomNode, parseHtmlDocument } from './parse-markup.js';
import { parseSourceDate } from './parse-source-date.js';
import { SourceError } from './source-types.js';

export interface ExtractedArticle {
  title: string | null;
  body: string;
  byline: string | null;
  /** ISO date or date-time, as the page states it. */
  publishedAt: string | null;
  /** Canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD `url`), absolute; null when none. */
  url: string | null;
  /** Only from JSON-LD `inLanguage`; `<html lang>` is a site template's guess, often wrong. */
  language: string | null;
}

/** Meta names and properties that carry the publication date, best first. */
const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dcterms.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'parsely-pub-date',
  'sailthru.date',
];

const TITLE_META = ['og:title', 'twitter:title', 'dc.title', 'headline'];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'parsely-author', 'byl'];

type JsonObject = Record<string, unknown>;

/**
 * Extracts the article from `html`. `pageUrl` (where it was fetched from, if anywhere) resolves
 * relative canonical links. Throws `SourceError` EMPTY when the page holds no readable text.
 */
export function extractHtml(html: string, pageUrl: string | null = null): ExtractedArticle {
  const document = parseHtmlDocument(html);
  const meta = readMetaTags(document);
  const ld = findArticleJsonLd(document);

  const readable = runReadability(document);
  let body = readable?.content ? htmlToText(readable.content) : '';
  if (!body.trim()) {
    // Readability found no main block (a bare page, a fragment): fall back to all visible text.
    const fresh = parseHtmlDocument(html);
    const root = fresh.body ?? fresh.documentElement;
    body = root ? htmlToText(root) : '';
  }
  const byline = authorName(ld?.author) ?? firstPlainMeta(meta, AUTHOR_META) ?? clean(readable?.byline);
  body = dropBoilerplate(dropBylineParagraph(body, byline));
  if (!body.trim()) throw new SourceError('EMPTY', 'has no readable article text');

  const title =
    text(ld?.headline) ?? firstMeta(meta, TITLE_META) ?? clean(readable?.title) ?? clean(document.title);
  const publishedAt =
    parseSourceDate(text(ld?.datePublished)) ??
    firstDate(meta) ??
    parseSourceDate(clean(readable?.publishedTime)) ??
    parseSourceDate(text(ld?.dateCreated));
  const url = canonicalUrl(document, meta, ld, pageUrl);
  const language = text(ld?.inLanguage);
  return {
    title,
    body,
    byline,
    publishedAt,
    url,
    language: language && /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(language) ? language : null,
  };
}

function runReadability(document: DomDocument) {
  try {
    // The serializer returns the content node itself, so it is walked once instead of re-parsed.
    return new Readability<DomNode>(document as never, {
      serializer: (node) => node as unknown as DomNode,
    }).parse();
  } catch {
    return null;
  }
}

/** `name` / `property` / `itemprop` (lower-cased) to the first non-empty `content`. */
function readMetaTags(document: DomDocument): Map<string, string> {
  const meta = new Map<string, string>();
  for (const element of document.querySelectorAll('meta')) {
    const content = clean(element.getAttribute('content'));
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !meta.has(key)) meta.set(key, content);
    }
  }
  // <time itemprop="datePublished" datetime="..."> is microdata too.
  const time = document.querySelector('[itemprop="datePublished"][datetime]');
  const datetime = clean(time?.getAttribute('datetime'));
  if (datetime && !meta.has('datepublished')) meta.set('datepublished', datetime);
  return meta;
}

function firstMeta(meta: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return value;
  }
  return null;
}

/** Like `firstMeta`, skipping values that are links (Facebook's `article:author` is a profile URL). */
function firstPlainMeta(meta: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value && !/^https?:\/\//i.test(value)) return value;
  }
  return null;
}

function firstDate(meta: Map<string, string>): string | null {
  for (const key of DATE_META) {
    const date = parseSourceDate(meta.get(key));
    if (date) return date;
  }
  return null;
}

const ARTICLE_TYPE = /(Article|BlogPosting|NewsArticle|Report)$/;

/** The first JSON-LD object typed as an article (looking inside arrays and `@graph`). */
function findArticleJsonLd(document: DomDocument): JsonObject | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = searchJsonLd(data, 0);
    if (found) return found;
  }
  return null;
}

function searchJsonLd(value: unknown, depth: number): JsonObject | null {
  if (depth > 4 || typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (const entry of value) {
      const found = searchJsonLd(entry, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const object = value as JsonObject;
  const types = ([] as unknown[]).concat(object['@type'] ?? []);
  if (types.some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type))) return object;
  return searchJsonLd(object['@graph'], depth + 1);
}

/** JSON-LD author: a name, a Person/Organization object, or a list of them. */
function authorName(author: unknown): string | null {
  const names = ([] as unknown[])
    .concat(author ?? [])
    .map((entry) => (typeof entry === 'string' ? entry : text((entry as JsonObject | null)?.name)))
    .map((name) => clean(name))
    .filter((name): name is string => name !== null && !/^https?:\/\//i.test(name));
  return names.length > 0 ? [...new Set(names)].join(', ') : null;
}

function canonicalUrl(
  document: DomDocument,
  meta: Map<string, string>,
  ld: JsonObject | null,
  pageUrl: string | null,
): string | null {
  const mainEntity = ld?.mainEntityOfPage;
  const candidates = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    meta.get('og:url'),
    text(ld?.url),
    typeof mainEntity === 'string' ? mainEntity : text((mainEntity as JsonObject | undefined)?.['@id']),
  ];
  for (const candidate of candidates) {
    const href = candidate?.trim();
    if (!href) continue;
    try {
      const url = pageUrl ? new URL(href, pageUrl) : new URL(href);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // A relative link in a page read from disk cannot be resolved; try the next candidate.
    }
  }
  return null;
}

/** Whole paragraphs that are page furniture, not story text ("Advertisement", "Also read"). */
const BOILERPLATE =
  /^(advertisement|advertisment|sponsored|story continues below( this)?( ad(vertisement)?)?|also read:?|read more:?|continue reading|विज्ञापन|यह भी पढ़ें:?)$/i;

function dropBoilerplate(body: string): string {
  return body
    .split('\n\n')
    .filter((paragraph) => !BOILERPLATE.test(paragraph.trim()))
    .join('\n\n');
}

/** Removes a first paragraph that only repeats the byline ("By Jane Doe"). */
function dropBylineParagraph(body: string, byline: string | null): string {
  const cut = body.indexOf('\n\n');
  if (cut < 0) return body;
  const first = body.slice(0, cut).trim();
  if (first.length > 120 || !/^by\s/i.test(first)) return body;
  if (byline && !first.toLowerCase().includes(byline.split(',')[0]!.trim().toLowerCase())) return body;
  return body.slice(cut + 2);
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? clean(value) : null;
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}
