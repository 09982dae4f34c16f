/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds to a flat list of items. Item HTML (RSS
 * `content:encoded` / `description`, Atom `content` / `summary`) is turned into plain text here, so
 * callers only see text. Relative links are resolved against the feed's URL when it has one.
 */
import { htmlFragmentToText, htmlToText } from './html-to-text.js';
import { type DomElement, localNameOf, parseXmlDocument } from './parse-markup.js';
import { parseSourceDate } from './parse-source-date.js';
import { SourceError } from './source-types.js';

export interface FeedItem {
  title: string | null;
  /** The article's web address (RSS `link`, a permalink `guid`, Atom `link rel=alternate`). */
  link: string | null;
  /** RSS `guid` / Atom `id`. */
  id: string | null;
  publishedAt: string | null;
  byline: string | null;
  /** Text of the full content (`content:encoded`, Atom `content`), when the feed carries it. */
  content: string | null;
  /** Text of the teaser (`description`, Atom `summary`). */
  summary: string | null;
}

export interface ParsedFeed {
  kind: 'rss' | 'rdf' | 'atom';
  title: string | null;
  /** Feed-level language (`<language>`, `dc:language`, `xml:lang`), if stated. */
  language: string | null;
  items: FeedItem[];
}

/** Parses a feed; throws `SourceError` UNKNOWN_FORMAT when the XML is no RSS or Atom feed. */
export function parseFeed(xml: string, feedUrl: string | null = null): ParsedFeed {
  const root = parseXmlDocument(xml).documentElement;
  const rootName = root ? localNameOf(root) : '';
  if (!root || !['rss', 'rdf', 'feed'].includes(rootName)) {
    const what = root ? `root element <${root.tagName}>` : 'no root element';
    throw new SourceError('UNKNOWN_FORMAT', `is XML but not an RSS or Atom feed (${what})`);
  }
  if (rootName === 'feed') return parseAtom(root, feedUrl);
  const channel = childrenNamed(root, 'channel')[0] ?? null;
  // RSS 2.0 nests items in <channel>; RSS 1.0 puts them beside it.
  const itemParent = rootName === 'rss' ? channel : root;
  const items = itemParent ? childrenNamed(itemParent, 'item').map((item) => rssItem(item, feedUrl)) : [];
  return {
    kind: rootName === 'rss' ? 'rss' : 'rdf',
    title: channel ? childText(channel, 'title') : null,
    language: channel ? (childText(channel, 'language') ?? childText(channel, 'dc:language')) : null,
    items,
  };
}

function rssItem(item: DomElement, base: string | null): FeedItem {
  const guidElement = childrenNamed(item, 'guid')[0];
  const guid = guidElement ? clean(guidElement.textContent) : null;
  const guidIsLink = guidElement?.getAttribute('isPermaLink')?.toLowerCase() !== 'false';
  const link =
    resolveLink(childText(item, 'link'), base) ??
    resolveLink(item.getAttribute('rdf:about'), base) ??
    (guidIsLink ? resolveLink(guid, base) : null);
  const encoded = childRaw(item, 'content:encoded');
  const description = childRaw(item, 'description');
  return {
    title: titleText(childRaw(item, 'title')),
    link,
    id: guid,
    publishedAt: parseSourceDate(childText(item, 'pubDate') ?? childText(item, 'dc:date')),
    byline: childText(item, 'dc:creator') ?? childText(item, 'author'),
    content: encoded ? nonEmpty(htmlFragmentToText(encoded)) : null,
    summary: description ? nonEmpty(htmlFragmentToText(description)) : null,
  };
}

function parseAtom(feed: DomElement, feedUrl: string | null): ParsedFeed {
  const base = resolveLink(feed.getAttribute('xml:base'), feedUrl) ?? feedUrl;
  const items = childrenNamed(feed, 'entry').map((entry): FeedItem => {
    const entryBase = resolveLink(entry.getAttribute('xml:base'), base) ?? base;
    const authors = childrenNamed(entry, 'author')
      .map((author) => childText(author, 'name'))
      .filter((name): name is string => name !== null);
    const content = childrenNamed(entry, 'content')[0];
    const summary = childrenNamed(entry, 'summary')[0];
    return {
      title: titleText(childRaw(entry, 'title')),
      link: atomLink(entry, entryBase),
      id: childText(entry, 'id'),
      publishedAt: parseSourceDate(childText(entry, 'published') ?? childText(entry, 'updated')),
      byline: authors.length > 0 ? authors.join(', ') : null,
      // Atom content with a `src` points elsewhere; the link is fetched instead.
      content: content && !content.getAttribute('src') ? atomText(content) : null,
      summary: summary ? atomText(summary) : null,
    };
  });
  return {
    kind: 'atom',
    title: titleText(childRaw(feed, 'title')),
    language: clean(feed.getAttribute('xml:lang')),
    items,
  };
}

/** The `alternate` link of an Atom entry (a link without `rel` is `alternate`). */
function atomLink(entry: DomElement, base: string | null): string | null {
  const links = childrenNamed(entry, 'link');
  const alternate =
    links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate' && isHtmlType(link)) ??
    links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate');
  return resolveLink(alternate?.getAttribute('href') ?? null, base);
}

function isHtmlType(link: DomElement): boolean {
  const type = link.getAttribute('type');
  return !type || /html/i.test(type);
}

/** Atom text constructs: `type="text"` (default), `"html"` (escaped markup) or `"xhtml"` (inline markup). */
function atomText(element: DomElement): string | null {
  const type = (element.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'xhtml') return nonEmpty(htmlToText(element));
  if (type === 'html' || type === 'text/html') return nonEmpty(htmlFragmentToText(element.textContent ?? ''));
  return nonEmpty((element.textContent ?? '').replace(/\r\n?/g, '\n').trim());
}

/** Titles are sometimes escaped HTML (`A &amp;amp; B`, `<b>...</b>`). */
function titleText(raw: string | null): string | null {
  if (raw === null) return null;
  return clean(/[<&]/.test(raw) ? htmlFragmentToText(raw) : raw);
}

/** Child elements by qualified name (`title`, `dc:creator`), case-insensitive. */
function childrenNamed(parent: DomElement, name: string): DomElement[] {
  const wanted = name.toLowerCase();
  return Array.from(parent.children).filter((child) => (child.tagName || '').toLowerCase() === wanted);
}

/** Text of the first child named `name` (CDATA included), untrimmed; null when absent. */
function childRaw(parent: DomElement, name: string): string | null {
  const child = childrenNamed(parent, name)[0];
  return child ? (child.textContent ?? '') : null;
}

function childText(parent: DomElement, name: string): string | null {
  return clean(childRaw(parent, name));
}

function resolveLink(href: string | null | undefined, base: string | null): string | null {
  const value = href?.trim();
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function nonEmpty(text: string): string | null {
  return text.trim() ? text : null;
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}
