/**
 * Meeting: an in-person meeting, visit or talks between named people, one per real meeting
 * however many articles report it. Query: meetings(...).
 */
import { builder, type PrismaNode } from '../builder.js';
import { pageSizeLimit } from '../limits.js';
import { DatePrecision } from './enums.js';
import { MeetingWhere, meetingWhere } from './meeting-where.js';
import { Person } from './person.js';
import { StatementConnection } from './statement.js';

export const Meeting: PrismaNode<'Meeting'> = builder.prismaNode('Meeting', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A meeting between named people, merged across every article that reports or refers to it (see `reports`).',
  fields: (t) => ({
    date: t.expose('date', {
      type: 'Date',
      nullable: true,
      description: 'When it took place, as precise as `datePrecision` says; null when unknown.',
    }),
    datePrecision: t.expose('datePrecision', {
      type: DatePrecision,
      description: 'How much of `date` is known.',
    }),
    place: t.relation('place', {
      nullable: true,
      description: 'The town or area where it took place.',
    }),
    venue: t.exposeString('venue', {
      nullable: true,
      description: 'The venue as the article words it ("the minister\'s residence, university campus").',
    }),
    reports: t.relation('reports', {
      description:
        'One report per article that reports (PRIMARY) or refers back to (REFERENCE) this meeting.',
      query: { orderBy: [{ role: 'asc' }, { articleId: 'asc' }] },
    }),
    summary: t.exposeString('summary', { nullable: true, description: 'One-sentence summary, when known.' }),
  }),
});

export const MeetingConnection = builder.connectionObject(
  { type: Meeting, name: 'MeetingConnection', description: 'A page of meetings.' },
  { name: 'MeetingEdge', description: 'A meeting in a list of meetings.' },
);

builder.prismaObjectFields(Meeting, (t) => ({
  participants: t.field({
    type: [Person],
    description: 'The people who took part.',
    select: async (_args, _ctx, nestedSelection) => ({
      participants: {
        orderBy: [{ personId: 'asc' }],
        select: { person: await nestedSelection(true) },
      },
    }),
    resolve: (meeting) => meeting.participants.map((participant) => participant.person),
  }),
  statements: t.relatedConnection(
    'statements',
    {
      description: 'Statements made at or about this meeting, in article order.',
      cursor: 'id',
      totalCount: true,
      maxSize: pageSizeLimit,
      query: { orderBy: [{ articleId: 'asc' }, { start: 'asc' }, { id: 'asc' }] },
    },
    StatementConnection,
  ),
}));

builder.queryFields((t) => ({
  meetings: t.prismaConnection(
    {
      type: 'Meeting',
      cursor: 'id',
      description: 'All meetings, newest first (undated last).',
      maxSize: pageSizeLimit,
      args: {
        where: t.arg({
          type: MeetingWhere,
          required: false,
          description: 'Only meetings matching all these filters.',
        }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.meeting.count({ where: meetingWhere(args.where) }),
      resolve: (query, _parent, args, ctx) =>
        ctx.prisma.meeting.findMany({
          ...query,
          where: meetingWhere(args.where),
          orderBy: [{ date: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
        }),
    },
    MeetingConnection,
  ),
}));
