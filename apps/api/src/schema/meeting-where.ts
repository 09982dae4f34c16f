import type { Prisma } from '@newsgraph/schema';
import { builder } from '../builder.js';
import { badUserInput } from '../errors.js';
import { personRef, placeRef } from '../filters/match-names.js';

export const MeetingWhere = builder.inputType('MeetingWhere', {
  description: 'Filters for meeting lists. All given filters must hold.',
  fields: (t) => ({
    participant: t.string({
      required: false,
      description: 'Attended by this person: a Person ID or a name (any alias, any script).',
    }),
    place: t.string({ required: false, description: 'Held at this place: a Place ID or a name.' }),
    from: t.field({ type: 'Date', required: false, description: 'Held on or after this date.' }),
    to: t.field({ type: 'Date', required: false, description: 'Held on or before this date.' }),
  }),
});

export type MeetingWhereValue = typeof MeetingWhere.$inferInput;

export function meetingWhere(where: MeetingWhereValue | null | undefined): Prisma.MeetingWhereInput {
  if (!where) return {};
  const and: Prisma.MeetingWhereInput[] = [];
  if (where.from && where.to && where.from > where.to) {
    throw badUserInput('`from` is after `to`.', { argument: 'where.from' });
  }
  if (where.participant) {
    and.push({ participants: { some: { person: personRef(where.participant, 'where.participant') } } });
  }
  if (where.place) and.push({ place: placeRef(where.place, 'where.place') });
  if (where.from) and.push({ date: { gte: where.from } });
  if (where.to) and.push({ date: { lte: where.to } });
  return and.length ? { AND: and } : {};
}
