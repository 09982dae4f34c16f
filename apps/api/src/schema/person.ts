/**
 * Person: a person named in the articles, with everything known about them.
 * Queries: person(id|name), people(...).
 */
import { builder, type PrismaNode } from '../builder.js';
import { personNamed } from '../filters/match-names.js';
import { pageSizeLimit } from '../limits.js';
import { metWithOf } from '../loaders/met-with.js';
import { pagedConnections } from '../loaders/paged-connections.js';
import { meetingIdsOf } from '../loaders/person-meetings.js';
import { addArticlesField, aliasesField, byIdOrName, MOST_MENTIONED } from './entity-fields.js';
import { MeetingConnection } from './meeting.js';
import { MeetingWhere, meetingWhere } from './meeting-where.js';
import { PersonWhere, personWhere } from './person-where.js';
import { StatementConnection } from './statement.js';
import { StatementWhere, statementWhere } from './statement-where.js';

export const Person: PrismaNode<'Person'> = builder.prismaNode('Person', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A person named in the articles. One Person gathers every spelling and script of the name (see `aliases`).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Canonical name (the most common full form).' }),
    aliases: t.stringList(aliasesField),
    description: t.exposeString('description', {
      nullable: true,
      description: 'A short description ("former minister"), when the articles give one.',
    }),
    affiliations: t.relation('affiliations', {
      description: 'Organisations the person belongs to, with the role and the article that says so.',
      query: { orderBy: [{ confidence: 'desc' }, { id: 'asc' }] },
    }),
    mentionCount: t.relationCount('mentions', {
      description: 'Number of times the person is mentioned across all articles.',
    }),
  }),
});

export const PersonConnection = builder.connectionObject(
  {
    type: Person,
    name: 'PersonConnection',
    description: 'A page of people.',
  },
  {
    name: 'PersonEdge',
    description: 'A person in a list of people.',
    fields: (t) => ({
      meetingCount: t.int({
        nullable: true,
        description:
          'On `Person.metWith` edges: the number of meetings the two people shared. Null in other lists.',
        resolve: (edge) => (edge as { meetingCount?: number }).meetingCount ?? null,
      }),
    }),
  },
);

export const PersonOrder = builder.enumType('PersonOrder', {
  description: 'Orders of person lists.',
  values: {
    NAME: { description: 'By canonical name, A to Z.' },
    MENTION_COUNT: { description: 'Most mentioned first.' },
    NEWEST: { description: 'Most recently added first.' },
  } as const,
});

// Fields that refer to other node types are added here, after every ref exists (keeps type inference acyclic).
builder.prismaObjectFields(Person, (t) => ({
  meetings: t.loadable({
    type: MeetingConnection,
    description: 'Meetings the person took part in, newest first (undated meetings last).',
    byPath: true,
    args: {
      ...t.arg.connectionArgs(),
      where: t.arg({
        type: MeetingWhere,
        required: false,
        description: 'Only meetings matching all these filters.',
      }),
    },
    load: async (ids: string[], ctx, args, info) =>
      pagedConnections(
        ctx,
        info,
        'Meeting',
        ids,
        await meetingIdsOf(ctx, ids, meetingWhere(args.where)),
        args,
      ),
    resolve: (person) => person.id,
  }),
  statements: t.relatedConnection(
    'statements',
    {
      description: 'Statements the person made (as the attributed speaker), newest article first.',
      cursor: 'id',
      totalCount: true,
      maxSize: pageSizeLimit,
      args: {
        where: t.arg({
          type: StatementWhere,
          required: false,
          description: 'Only statements matching all these filters.',
        }),
      },
      query: async (args, ctx) => ({
        where: await statementWhere(ctx.prisma, args.where),
        orderBy: [{ articleId: 'desc' }, { start: 'asc' }, { id: 'asc' }],
      }),
    },
    StatementConnection,
  ),
  metWith: t.loadable({
    type: PersonConnection,
    description:
      'People this person met (shared a meeting with), most meetings first; `edges.meetingCount` says how many.',
    byPath: true,
    args: t.arg.connectionArgs(),
    load: async (ids: string[], ctx, args, info) =>
      pagedConnections(ctx, info, 'Person', ids, await metWithOf(ctx, ids), args, (item) => ({
        meetingCount: item.meetingCount,
      })),
    resolve: (person) => person.id,
  }),
}));

addArticlesField(Person, 'personId', 'Articles that mention the person, newest first.');

builder.queryFields((t) => ({
  person: t.prismaField({
    type: 'Person',
    nullable: true,
    description:
      'A person by ID or by name. The name matches the canonical name or any alias, case-, accent- and ' +
      'script-insensitively; when several people share it, the most mentioned one. Null when none matches.',
    args: {
      id: t.arg.id({ required: false, description: 'Global ID of the person.' }),
      name: t.arg.string({ required: false, description: 'A name or alias, in any script.' }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.person.findFirst({
        ...query,
        where: byIdOrName('Person', args, personNamed),
        orderBy: MOST_MENTIONED,
      }),
  }),
  people: t.prismaConnection(
    {
      type: 'Person',
      cursor: 'id',
      description: 'All people, filtered and ordered.',
      maxSize: pageSizeLimit,
      args: {
        where: t.arg({
          type: PersonWhere,
          required: false,
          description: 'Only people matching all these filters.',
        }),
        orderBy: t.arg({ type: PersonOrder, required: false, description: 'Defaults to NAME.' }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.person.count({ where: personWhere(args.where) }),
      resolve: (query, _parent, args, ctx) =>
        ctx.prisma.person.findMany({
          ...query,
          where: personWhere(args.where),
          orderBy:
            args.orderBy === 'MENTION_COUNT'
              ? [{ mentions: { _count: 'desc' } }, { id: 'asc' }]
              : args.orderBy === 'NEWEST'
                ? [{ id: 'desc' }]
                : [{ name: 'asc' }, { id: 'asc' }],
        }),
    },
    PersonConnection,
  ),
}));
