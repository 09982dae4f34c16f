/**
 * Every item of a feed becomes an article:
 * - an item that carries its full text (`content:encoded`, Atom `content`) of a real article's
 *   length is used as it is;
 * - otherwise its link is fetched and the page's main text extracted (a few items at a time, in
 *   feed order); if that fails, shorter carried content is still used, so nothing is lost;
 * - an item without a link uses whatever text it has (content, then summary).
 * The item's title, date and author fill in what the page does not state. `ingestedFrom` is the
 * item's link, so the same story read from the feed or from its URL is the same article.
 */
import { makeArticleInput, stdinIdentity } from './article-input.js';
import { extractHtml } from './extract-html.js';
import { decodeDocument, loadUrl } from './load-document.js';
import type { FeedItem, ParsedFeed } from './parse-feed.js';
import {
  failure,
  failureFromError,
  type ResolvedSourceOptions,
  SourceError,
  type SourceItem,
} from './source-types.js';

/**
 * Carried content at least this long is taken as the full article; shorter content is usually a
 * teaser (feeds often repeat the description there), so the page is fetched instead.
 */
export const FULL_CONTENT_MIN_CHARS = 400;

export interface FeedContext {
  /** The feed's name for messages (path, URL, `stdin`). */
  origin: string;
  stdin: boolean;
}

export async function* readFeedItems(
  feed: ParsedFeed,
  context: FeedContext,
  options: ResolvedSourceOptions,
): AsyncGenerator<SourceItem> {
  if (feed.items.length === 0) {
    yield failure(context.origin, 'EMPTY', `is a feed without items`);
    return;
  }
  yield* mapOrdered(feed.items, options.concurrency, (item, index) =>
    readFeedItem(item, index + 1, context, options),
  );
}

async function readFeedItem(
  item: FeedItem,
  n: number,
  context: FeedContext,
  options: ResolvedSourceOptions,
): Promise<SourceItem> {
  const where = item.link ?? `${context.origin}#${n}`;
  const fromText = (body: string): SourceItem => ({
    ok: true,
    origin: where,
    input: makeArticleInput({
      ingestedFrom: item.link ?? (context.stdin ? stdinIdentity(body) : `${context.origin}#${item.id ?? n}`),
      body,
      title: item.title,
      url: item.link,
      publishedAt: item.publishedAt,
      byline: item.byline,
    }),
  });

  if (item.content && item.content.length >= FULL_CONTENT_MIN_CHARS) return fromText(item.content);
  if (item.link) {
    try {
      return await readItemPage(item, item.link, options);
    } catch (error) {
      if (item.content) return fromText(item.content);
      return failureFromError(where, error);
    }
  }
  const text = item.content ?? item.summary;
  if (text) return fromText(text);
  return failure(where, 'INVALID_RECORD', `feed item ${n} has neither a link nor any text`);
}

async function readItemPage(
  item: FeedItem,
  link: string,
  options: ResolvedSourceOptions,
): Promise<SourceItem> {
  const doc = await loadUrl(link, options);
  const { text, format } = decodeDocument(doc);
  if (format === 'text') {
    return {
      ok: true,
      origin: link,
      input: makeArticleInput({
        ingestedFrom: doc.identity ?? link,
        body: text,
        title: item.title,
        url: doc.pageUrl,
        publishedAt: item.publishedAt,
        byline: item.byline,
      }),
    };
  }
  if (format !== 'html') {
    throw new SourceError(
      'UNKNOWN_FORMAT',
      `item link is ${doc.declaredType ?? format}, not an article page`,
    );
  }
  const page = extractHtml(text, doc.pageUrl);
  return {
    ok: true,
    origin: link,
    input: makeArticleInput({
      ingestedFrom: doc.identity ?? link,
      body: page.body,
      title: page.title ?? item.title,
      url: page.url ?? doc.pageUrl,
      publishedAt: page.publishedAt ?? item.publishedAt,
      language: page.language,
      byline: page.byline ?? item.byline,
    }),
  };
}

/**
 * Runs `fn` over `items` with at most `limit` calls in flight and yields the results in input
 * order. `fn` must not reject.
 */
export async function* mapOrdered<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): AsyncGenerator<R> {
  const running: Promise<R>[] = [];
  let next = 0;
  const fill = (): void => {
    while (next < items.length && running.length < limit) {
      const index = next++;
      running.push(fn(items[index]!, index));
    }
  };
  fill();
  while (running.length > 0) {
    const result = await running.shift()!;
    fill();
    yield result;
  }
}
