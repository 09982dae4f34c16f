/**
 * Statement: a direct quotation or reported speech, with its speaker and where it was said.
 * Query: statements(...).
 */
import { builder, type PrismaNode } from '../builder.js';
import { pageSizeLimit } from '../limits.js';
import { SpeakerType, StatementKind } from './enums.js';
import { Person } from './person.js';
import { StatementWhere, statementWhere } from './statement-where.js';
import { TextSpan } from './text-span.js';

export const Statement: PrismaNode<'Statement'> = builder.prismaNode('Statement', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A direct quotation or reported statement, attributed to a speaker, with its place in the article.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'What was said (the quotation without its quote marks).' }),
    kind: t.expose('kind', { type: StatementKind, description: 'Direct quotation or reported speech.' }),
    language: t.exposeString('language', { description: 'ISO 639-1 language code of the statement.' }),
    speaker: t.relation('speaker', {
      nullable: true,
      description: 'The person who said it, when the speaker is a named person.',
    }),
    speakerName: t.exposeString('speakerName', {
      nullable: true,
      description: 'The attribution as written in the article ("the former minister", "he", a name).',
    }),
    speakerType: t.expose('speakerType', { type: SpeakerType, description: 'What kind of speaker it is.' }),
    speakerOrganization: t.relation('speakerOrganization', {
      nullable: true,
      description: 'The organisation speaking, when a statement is attributed to an organisation as such.',
    }),
    cue: t.exposeString('cue', {
      nullable: true,
      description: 'The speech verb or phrase that introduces it ("said", "told reporters", "बोले").',
    }),
    article: t.relation('article', { description: 'The article the statement appears in.' }),
    span: t.field({
      type: TextSpan,
      description: 'Where the statement is in `article.body`.',
      select: { start: true, end: true, text: true, article: { select: { body: true } } },
      resolve: (statement) => ({
        start: statement.start,
        end: statement.end,
        text: statement.article.body.slice(statement.start, statement.end) || statement.text,
      }),
    }),
    confidence: t.exposeFloat('confidence', { description: 'How sure the extractor is, 0 to 1.' }),
    meeting: t.relation('meeting', {
      nullable: true,
      description: 'The meeting at or about which it was said, when there is one.',
    }),
  }),
});

export const StatementConnection = builder.connectionObject(
  { type: Statement, name: 'StatementConnection', description: 'A page of statements.' },
  { name: 'StatementEdge', description: 'A statement in a list of statements.' },
);

builder.prismaObjectFields(Statement, (t) => ({
  about: t.field({
    type: [Person],
    description: 'People the statement names (other than the speaker).',
    select: async (_args, _ctx, nestedSelection) => ({
      about: { orderBy: [{ personId: 'asc' }], select: { person: await nestedSelection(true) } },
    }),
    resolve: (statement) => statement.about.map((about) => about.person),
  }),
}));

builder.queryFields((t) => ({
  statements: t.prismaConnection(
    {
      type: 'Statement',
      cursor: 'id',
      description: 'All statements, filtered; newest article first, then in article order.',
      maxSize: pageSizeLimit,
      args: {
        where: t.arg({
          type: StatementWhere,
          required: false,
          description: 'Only statements matching all these filters.',
        }),
      },
      totalCount: async (_parent, args, ctx) =>
        ctx.prisma.statement.count({ where: await statementWhere(ctx.prisma, args.where) }),
      resolve: async (query, _parent, args, ctx) =>
        ctx.prisma.statement.findMany({
          ...query,
          where: await statementWhere(ctx.prisma, args.where),
          orderBy: [{ articleId: 'desc' }, { start: 'asc' }, { id: 'asc' }],
        }),
    },
    StatementConnection,
  ),
}));
