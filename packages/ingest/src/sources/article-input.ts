/**
 * Builds `ArticleInput` values with one shape whatever the reader: every metadata field present,
 * null when the source does not state it, blank strings treated as absent.
 */
import { createHash } from 'node:crypto';
import type { ArticleInput } from '../domain.js';
import { normalizeText } from '../stages/normalize-text.js';

export interface ArticleFields {
  ingestedFrom: string;
  body: string;
  title?: string | null | undefined;
  url?: string | null | undefined;
  publishedAt?: string | null | undefined;
  language?: string | null | undefined;
  agency?: string | null | undefined;
  byline?: string | null | undefined;
}

export function makeArticleInput(fields: ArticleFields): ArticleInput {
  return {
    ingestedFrom: fields.ingestedFrom,
    body: fields.body,
    title: clean(fields.title),
    url: clean(fields.url),
    publishedAt: clean(fields.publishedAt),
    language: clean(fields.language),
    agency: clean(fields.agency),
    byline: clean(fields.byline),
  };
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}

/**
 * `ingestedFrom` for text that has no stable name (stdin): `stdin:` and the first 16 hex digits of
 * the SHA-256 of the normalised text, so the same text piped twice (even with other line endings)
 * is the same article.
 */
export function stdinIdentity(body: string): string {
  return `stdin:${createHash('sha256').update(normalizeText(body)).digest('hex').slice(0, 16)}`;
}
