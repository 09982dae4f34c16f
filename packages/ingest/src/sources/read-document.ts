/**
 * One loaded input (a file's bytes, a download, stdin) to articles: decide the format, decode the
 * text, and hand it to the reader for that format. Feeds go on to `read-feed-items`.
 */
import { makeArticleInput, stdinIdentity } from './article-input.js';
import { extractHtml } from './extract-html.js';
import { decodeDocument, type LoadedDocument } from './load-document.js';
import { parseFeed } from './parse-feed.js';
import {
  collectionIdentity,
  type JsonArticlesContext,
  parseJsonArticles,
  parseNdjsonArticles,
} from './parse-json-articles.js';
import { readFeedItems } from './read-feed-items.js';
import type { ResolvedSourceOptions, SourceItem } from './source-types.js';

/** Articles (or one error) from a loaded document. Throws `SourceError` for a problem with it. */
export async function* readDocument(
  doc: LoadedDocument,
  options: ResolvedSourceOptions,
): AsyncGenerator<SourceItem> {
  const { text, format } = decodeDocument(doc);
  const stdin = doc.identity === null;
  switch (format) {
    case 'text':
      yield {
        ok: true,
        origin: doc.origin,
        input: makeArticleInput({ ingestedFrom: doc.identity ?? stdinIdentity(text), body: text }),
      };
      return;
    case 'json':
    case 'ndjson': {
      const context: JsonArticlesContext = {
        origin: doc.origin,
        identity: stdin
          ? (record) => record.url ?? stdinIdentity(record.body)
          : collectionIdentity(doc.identity!),
      };
      yield* format === 'json' ? parseJsonArticles(text, context) : parseNdjsonArticles(text, context);
      return;
    }
    case 'html': {
      const page = extractHtml(text, doc.pageUrl);
      yield {
        ok: true,
        origin: doc.origin,
        input: makeArticleInput({
          ingestedFrom: doc.identity ?? stdinIdentity(page.body),
          body: page.body,
          title: page.title,
          url: page.url ?? doc.pageUrl,
          publishedAt: page.publishedAt,
          language: page.language,
          byline: page.byline,
        }),
      };
      return;
    }
    case 'feed': {
      const feed = parseFeed(text, doc.pageUrl);
      yield* readFeedItems(feed, { origin: doc.origin, stdin }, options);
      return;
    }
  }
}
