/**
 * Full-text search on the `search` tsvector columns of Article and Statement (kept up to date by
 * triggers; 'simple' configuration, so English and Hindi are tokenised alike). Queries use web
 * search syntax: words, "quoted phrases", `or`, `-excluded`.
 */
import type { PrismaClient } from '@newsgraph/schema';
import { badUserInput } from '../errors.js';

/** Most ids a text filter hands to the surrounding query. */
const MAX_TEXT_MATCHES = 10_000;

function cleanQuery(text: string, argument: string): string {
  const query = text.normalize('NFC').trim();
  if (!query) throw badUserInput(`\`${argument}\` is empty.`, { argument });
  if (query.length > 500) throw badUserInput(`\`${argument}\` is longer than 500 characters.`, { argument });
  return query;
}

export interface RankedId {
  id: string;
  rank: number;
}

export async function rankArticles(
  prisma: PrismaClient,
  text: string,
  limit = MAX_TEXT_MATCHES,
  argument = 'text',
) {
  const query = cleanQuery(text, argument);
  return prisma.$queryRaw<RankedId[]>`
    SELECT "id"::text AS "id", ts_rank("search", websearch_to_tsquery('simple', ${query}))::float8 AS "rank"
    FROM "Article"
    WHERE "search" @@ websearch_to_tsquery('simple', ${query})
    ORDER BY "rank" DESC, "id"
    LIMIT ${limit}`;
}

export async function rankStatements(
  prisma: PrismaClient,
  text: string,
  limit = MAX_TEXT_MATCHES,
  argument = 'text',
) {
  const query = cleanQuery(text, argument);
  return prisma.$queryRaw<RankedId[]>`
    SELECT "id"::text AS "id", ts_rank("search", websearch_to_tsquery('simple', ${query}))::float8 AS "rank"
    FROM "Statement"
    WHERE "search" @@ websearch_to_tsquery('simple', ${query})
    ORDER BY "rank" DESC, "id"
    LIMIT ${limit}`;
}
