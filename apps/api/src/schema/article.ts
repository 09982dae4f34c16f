/**
 * Article: a news article as ingested, with everything extracted from it.
 * Queries: article(id|ingestedFrom), articles(...).
 */
import { builder, type PrismaNode } from '../builder.js';
import { badUserInput } from '../errors.js';
import { decodeId } from '../global-ids.js';
import { pageSizeLimit } from '../limits.js';
import { peopleMentionedIn } from '../loaders/article-people.js';
import { pagedConnections } from '../loaders/paged-connections.js';
import { ArticleWhere, articleWhere } from './article-where.js';
import { DatePrecision } from './enums.js';
import { Meeting } from './meeting.js';
import { MentionConnection } from './mention.js';
import { Organization } from './organization.js';
import { PersonConnection } from './person.js';
import { Place } from './place.js';
import { StatementConnection } from './statement.js';

export const ArticleStatus = builder.enumType('ArticleStatus', {
  description: 'Where an article is in the ingestion pipeline.',
  values: {
    STORED: { description: 'Stored; extraction has not run yet.' },
    EXTRACTED: { description: 'Entities, statements and meetings were extracted.' },
    FAILED: { description: 'Extraction failed (see `error`); the text is kept.' },
  } as const,
});

/** Mentions of organisations and places, in text order. */
const ENTITY_MENTIONS = {
  where: { personId: null },
  orderBy: [{ start: 'asc' as const }, { id: 'asc' as const }],
};

function uniqueById<T extends { id: string }>(items: Iterable<T | null>): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (item && !seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}

export const Article: PrismaNode<'Article', { id: string }> = builder.prismaNode('Article', {
  id: { field: 'id' },
  nullable: true,
  // Select mode: the body is loaded only when a query asks for it (or for spans that need it).
  select: { id: true },
  description:
    'A news article as ingested, with the people, organisations, places, statements and meetings found in it.',
  fields: (t) => ({
    ingestedFrom: t.exposeString('ingestedFrom', {
      description: 'The file path, file name or URL the article was ingested from (unique).',
    }),
    title: t.exposeString('title', { nullable: true, description: 'Headline, when the source has one.' }),
    body: t.exposeString('body', {
      description:
        'The article text as stored (Unicode NFC, normalised whitespace). Every span points into it.',
    }),
    language: t.exposeString('language', {
      description: 'ISO 639-1 language code (`en`, `hi`), `und` if unknown.',
    }),
    publishedAt: t.expose('publishedAt', {
      type: 'Date',
      nullable: true,
      description:
        'Publication date, as precise as `datePrecision` says; never guessed when the source is silent.',
    }),
    datePrecision: t.expose('datePrecision', {
      type: DatePrecision,
      description: 'How much of `publishedAt` is known.',
    }),
    dateline: t.relation('datelinePlace', {
      nullable: true,
      description: 'The place in the dateline ("NEW DELHI, May 3 (PTI)"), when it is a known place.',
    }),
    datelineText: t.exposeString('datelineText', {
      nullable: true,
      description: 'The dateline place as written.',
    }),
    agency: t.exposeString('agency', {
      nullable: true,
      description: 'News agency (PTI, IANS, ANI ...), when stated.',
    }),
    url: t.exposeString('url', { nullable: true, description: 'Web address of the original, when known.' }),
    byline: t.exposeString('byline', { nullable: true, description: 'Author line, when stated.' }),
    contentHash: t.exposeString('contentHash', {
      description: 'SHA-256 of the stored body (hex); identical texts have the same hash.',
    }),
    ingestedAt: t.expose('ingestedAt', {
      type: 'DateTime',
      description: 'When the article was first stored.',
    }),
    status: t.expose('status', { type: ArticleStatus, description: 'Extraction status.' }),
    error: t.exposeString('error', { nullable: true, description: 'Why extraction failed, when it did.' }),
  }),
});

export const ArticleConnection = builder.connectionObject(
  { type: Article, name: 'ArticleConnection', description: 'A page of articles.' },
  { name: 'ArticleEdge', description: 'An article in a list of articles.' },
);

builder.prismaObjectFields(Article, (t) => ({
  people: t.loadable({
    type: PersonConnection,
    description: 'People the article mentions, most mentioned first.',
    byPath: true,
    args: t.arg.connectionArgs(),
    load: async (ids: string[], ctx, args, info) =>
      pagedConnections(ctx, info, 'Person', ids, await peopleMentionedIn(ctx, ids), args),
    resolve: (article) => article.id,
  }),
  organizations: t.field({
    type: [Organization],
    description: 'Organisations the article mentions, in order of first mention.',
    select: async (_args, _ctx, nestedSelection) => ({
      // Same arguments as `places`, so both fields share one query of the mentions.
      mentions: { ...ENTITY_MENTIONS, select: { organization: await nestedSelection(true) } },
    }),
    resolve: (article) => uniqueById(article.mentions.map((mention) => mention.organization)),
  }),
  places: t.field({
    type: [Place],
    description: 'Places the article mentions, in order of first mention.',
    select: async (_args, _ctx, nestedSelection) => ({
      mentions: { ...ENTITY_MENTIONS, select: { place: await nestedSelection(true) } },
    }),
    resolve: (article) => uniqueById(article.mentions.map((mention) => mention.place)),
  }),
  statements: t.relatedConnection(
    'statements',
    {
      description: 'Statements in the article, in text order.',
      cursor: 'id',
      totalCount: true,
      maxSize: pageSizeLimit,
      query: { orderBy: [{ start: 'asc' }, { id: 'asc' }] },
    },
    StatementConnection,
  ),
  meetings: t.field({
    type: [Meeting],
    description: 'Meetings the article reports or refers to.',
    select: async (_args, _ctx, nestedSelection) => ({
      meetingReports: {
        orderBy: [{ role: 'asc' }, { evidenceStart: 'asc' }],
        select: { meeting: await nestedSelection(true) },
      },
    }),
    resolve: (article) => uniqueById(article.meetingReports.map((report) => report.meeting)),
  }),
  sameStoryAs: t.field({
    type: [Article],
    description:
      'Other articles about the same story or event, in any language (near-duplicates and other reports of the same meeting).',
    select: async (_args, _ctx, nestedSelection) => ({
      linksFrom: { orderBy: [{ score: 'desc' }], select: { to: await nestedSelection(true) } },
      linksTo: { orderBy: [{ score: 'desc' }], select: { from: await nestedSelection(true) } },
    }),
    resolve: (article) =>
      uniqueById([
        ...article.linksFrom.map((link) => link.to),
        ...article.linksTo.map((link) => link.from),
      ]).filter((other) => other.id !== article.id),
  }),
  mentions: t.relatedConnection(
    'mentions',
    {
      description: 'Every mention of a person, organisation or place, in text order.',
      cursor: 'id',
      totalCount: true,
      maxSize: pageSizeLimit,
      query: { orderBy: [{ start: 'asc' }, { id: 'asc' }] },
    },
    MentionConnection,
  ),
}));

builder.queryFields((t) => ({
  article: t.prismaField({
    type: 'Article',
    nullable: true,
    description: 'An article by ID or by the path/URL it was ingested from. Null when none matches.',
    args: {
      id: t.arg.id({ required: false, description: 'Global ID of the article.' }),
      ingestedFrom: t.arg.string({ required: false, description: 'Exactly as `Article.ingestedFrom`.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      if ((args.id == null) === (args.ingestedFrom == null)) {
        throw badUserInput('Pass exactly one of `id` and `ingestedFrom`.');
      }
      const where =
        args.id != null
          ? { id: decodeId(String(args.id), ['Article'], 'id').id }
          : { ingestedFrom: args.ingestedFrom ?? '' };
      return ctx.prisma.article.findUnique({ ...query, where });
    },
  }),
  articles: t.prismaConnection(
    {
      type: 'Article',
      cursor: 'id',
      description: 'All articles, filtered; newest publication first (undated last).',
      maxSize: pageSizeLimit,
      args: {
        where: t.arg({
          type: ArticleWhere,
          required: false,
          description: 'Only articles matching all these filters.',
        }),
      },
      totalCount: async (_parent, args, ctx) =>
        ctx.prisma.article.count({ where: await articleWhere(ctx.prisma, args.where) }),
      resolve: async (query, _parent, args, ctx) =>
        ctx.prisma.article.findMany({
          ...query,
          where: await articleWhere(ctx.prisma, args.where),
          orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
        }),
    },
    ArticleConnection,
  ),
}));
