/**
 * The people each person of a batch met (shared a meeting with), with the number of meetings,
 * most meetings first, then the most recent meeting: one query for the whole batch.
 */
import { Prisma } from '@newsgraph/schema';
import type { NewsgraphContext } from '../context.js';

export interface MetWithItem {
  id: string;
  meetingCount: number;
  lastMetOn: Date | null;
}

interface Row {
  ownerId: string;
  id: string;
  meetingCount: number;
  lastMetOn: Date | null;
}

export async function metWithOf(
  ctx: NewsgraphContext,
  personIds: readonly string[],
): Promise<Map<string, MetWithItem[]>> {
  const byPerson = new Map<string, MetWithItem[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return byPerson;
  const rows = await ctx.prisma.$queryRaw<Row[]>`
    SELECT a."personId"::text AS "ownerId", b."personId"::text AS "id",
           count(DISTINCT a."meetingId")::int AS "meetingCount", max(m."date") AS "lastMetOn"
    FROM "MeetingParticipant" a
    JOIN "MeetingParticipant" b ON b."meetingId" = a."meetingId" AND b."personId" <> a."personId"
    JOIN "Meeting" m ON m."id" = a."meetingId"
    WHERE a."personId"::text IN (${Prisma.join([...personIds])})
    GROUP BY a."personId", b."personId"
    ORDER BY "ownerId", "meetingCount" DESC, "lastMetOn" DESC NULLS LAST, "id"`;
  for (const row of rows) {
    byPerson.get(row.ownerId)?.push({ id: row.id, meetingCount: row.meetingCount, lastMetOn: row.lastMetOn });
  }
  return byPerson;
}
