/**
 * Candidate hits of `search` for names and meetings, scored 0..1: an exact name (normalised key) 1,
 * a name starting with the query 0.9, a name containing it 0.8, otherwise trigram similarity
 * (pg_trgm) of the keys. Meetings match on venue and summary.
 */
import { Prisma, type PrismaClient } from '@newsgraph/schema';
import { nameKey } from '../name-key.js';

export type SearchHitType = 'Person' | 'Organization' | 'Place' | 'Article' | 'Statement' | 'Meeting';

export interface ScoredHit {
  type: SearchHitType;
  id: string;
  score: number;
}

const TYPE_NAMES: Record<string, SearchHitType> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
};

function likePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function rankEntityNames(
  prisma: PrismaClient,
  text: string,
  limit: number,
): Promise<ScoredHit[]> {
  const key = nameKey(text);
  if (!key) return [];
  const like = likePattern(key);
  const rows = await prisma.$queryRaw<Array<{ entityType: string; id: string; score: number }>>`
    WITH names AS (
      SELECT "entityType"::text AS "entityType",
             COALESCE("personId", "organizationId", "placeId")::text AS "id", "key"
      FROM "Alias"
      UNION ALL SELECT 'PERSON', "id"::text, "key" FROM "Person"
      UNION ALL SELECT 'ORGANIZATION', "id"::text, "key" FROM "Organization"
      UNION ALL SELECT 'PLACE', "id"::text, "key" FROM "Place"
    )
    SELECT "entityType", "id",
           max(CASE WHEN "key" = ${key} THEN 1.0
                    WHEN "key" LIKE ${`${like}%`} THEN 0.9
                    WHEN "key" LIKE ${`%${like}%`} THEN 0.8
                    ELSE similarity("key", ${key}) END)::float8 AS "score"
    FROM names
    WHERE "key" = ${key} OR "key" LIKE ${`%${like}%`} OR similarity("key", ${key}) >= 0.35
    GROUP BY "entityType", "id"
    ORDER BY "score" DESC, "id"
    LIMIT ${limit}`;
  return rows.flatMap((row) => {
    const type = TYPE_NAMES[row.entityType];
    return type ? [{ type, id: row.id, score: row.score }] : [];
  });
}

export async function rankMeetings(prisma: PrismaClient, text: string, limit: number): Promise<ScoredHit[]> {
  const like = `%${likePattern(text)}%`;
  const rows = await prisma.$queryRaw<Array<{ id: string }>>(
    Prisma.sql`
      SELECT "id"::text AS "id" FROM "Meeting"
      WHERE "venue" ILIKE ${like} OR "summary" ILIKE ${like}
      ORDER BY "date" DESC NULLS LAST, "id" DESC
      LIMIT ${limit}`,
  );
  return rows.map((row) => ({ type: 'Meeting' as const, id: row.id, score: 0.6 }));
}
