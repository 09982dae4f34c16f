/**
 * Storage first: the normalised article body and its input metadata are stored in one statement
 * before any extraction runs, so nothing is lost when extraction fails. Identity:
 * - same content hash        → unchanged (an exact duplicate, whatever its source)
 * - same source, new content → updated (its facts are extracted again)
 * - otherwise                → new
 */
import { createHash } from 'node:crypto';
import { Prisma, type PrismaClient } from '@newsgraph/schema';
import type { ArticleInput } from '../domain.js';
import { normalizeText } from '../stages/normalize-text.js';

export type StoreStatus = 'new' | 'updated' | 'unchanged';

export interface StoredArticle {
  status: StoreStatus;
  articleId: string;
  /** The normalised body, as stored: every extracted offset refers to it. */
  body: string;
  /** For `unchanged`: the extraction must still run (a previous run failed or was older). */
  needsExtraction: boolean;
  /** For an exact duplicate stored from another source. */
  duplicateOf: string | null;
}

export function contentHash(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Stores (or recognises) one article. `extractionVersion` is the current pipeline's. */
export async function storeArticle(
  prisma: PrismaClient,
  input: ArticleInput,
  extractionVersion: number,
): Promise<StoredArticle> {
  const body = normalizeText(input.body);
  if (!body) throw new Error('the article body is empty after normalisation');
  const hash = contentHash(body);
  const needs = (a: { status: string; extractionVersion: number | null }) =>
    a.status !== 'EXTRACTED' || (a.extractionVersion ?? 0) < extractionVersion;

  const sameContent = await prisma.article.findUnique({
    where: { contentHash: hash },
    select: { id: true, ingestedFrom: true, status: true, extractionVersion: true },
  });
  if (sameContent) {
    return {
      status: 'unchanged',
      articleId: sameContent.id,
      body,
      needsExtraction: needs(sameContent),
      duplicateOf: sameContent.ingestedFrom === input.ingestedFrom ? null : sameContent.ingestedFrom,
    };
  }
  const data = {
    body,
    contentHash: hash,
    title: input.title ?? null,
    url: input.url ?? null,
    agency: input.agency ?? null,
    byline: input.byline ?? null,
    language: input.language ?? 'und',
    publishedAt: parseDate(input.publishedAt),
    datePrecision: parseDate(input.publishedAt) ? ('DAY' as const) : ('UNKNOWN' as const),
    dateSource: input.publishedAt ? 'input' : null,
    status: 'STORED' as const,
    error: null,
  };
  const sameSource = await prisma.article.findUnique({
    where: { ingestedFrom: input.ingestedFrom },
    select: { id: true },
  });
  try {
    if (sameSource) {
      await prisma.article.update({ where: { id: sameSource.id }, data });
      return { status: 'updated', articleId: sameSource.id, body, needsExtraction: true, duplicateOf: null };
    }
    const created = await prisma.article.create({
      data: { ...data, ingestedFrom: input.ingestedFrom },
      select: { id: true },
    });
    return { status: 'new', articleId: created.id, body, needsExtraction: true, duplicateOf: null };
  } catch (error) {
    // Another process stored the same article between our read and our write: it is theirs now.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await prisma.article.findFirst({
        where: { OR: [{ contentHash: hash }, { ingestedFrom: input.ingestedFrom }] },
        select: { id: true, ingestedFrom: true, contentHash: true },
      });
      if (winner?.contentHash === hash) {
        return {
          status: 'unchanged',
          articleId: winner.id,
          body,
          needsExtraction: false,
          duplicateOf: winner.ingestedFrom === input.ingestedFrom ? null : winner.ingestedFrom,
        };
      }
    }
    throw error;
  }
}

/** Records a failed extraction on a stored article (the body stays). */
export async function markArticleFailed(
  prisma: PrismaClient,
  articleId: string,
  error: string,
): Promise<void> {
  await prisma.article.update({ where: { id: articleId }, data: { status: 'FAILED', error } });
}
