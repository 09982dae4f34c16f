/**
 * Meetings of each person in a batch, newest first (undated last), in one query.
 */
import type { Prisma } from '@newsgraph/schema';
import type { NewsgraphContext } from '../context.js';

export async function meetingIdsOf(
  ctx: NewsgraphContext,
  personIds: readonly string[],
  where: Prisma.MeetingWhereInput,
): Promise<Map<string, Array<{ id: string }>>> {
  const rows = await ctx.prisma.meetingParticipant.findMany({
    where: { personId: { in: [...personIds] }, meeting: where },
    select: { personId: true, meetingId: true },
    orderBy: [{ meeting: { date: { sort: 'desc', nulls: 'last' } } }, { meetingId: 'desc' }],
  });
  const byPerson = new Map<string, Array<{ id: string }>>(personIds.map((id) => [id, []]));
  for (const row of rows) byPerson.get(row.personId)?.push({ id: row.meetingId });
  return byPerson;
}
