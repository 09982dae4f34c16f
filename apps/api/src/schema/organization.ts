/**
 * Organization: a party, government body, company or other organisation named in the articles.
 * Queries: organization(id|name), organizations(...).
 */
import { builder, type PrismaNode } from '../builder.js';
import { badUserInput } from '../errors.js';
import { organizationNamed } from '../filters/match-names.js';
import { decodeId } from '../global-ids.js';
import { pageSizeLimit } from '../limits.js';
import { articleIdsMentioning } from '../loaders/entity-articles.js';
import { pagedConnections } from '../loaders/paged-connections.js';
import { ArticleConnection } from './article.js';
import { ArticleWhere, articleWhere } from './article-where.js';
import { OrganizationWhere, organizationWhere } from './organization-where.js';
import { StatementConnection } from './statement.js';

export const Organization: PrismaNode<'Organization'> = builder.prismaNode('Organization', {
  id: { field: 'id' },
  nullable: true,
  description: 'A party, government body, company or other organisation named in the articles.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Canonical name.' }),
    acronym: t.exposeString('acronym', { nullable: true, description: 'Acronym ("BJP"), when it has one.' }),
    aliases: t.stringList({
      description: 'Every form of the name seen in the articles, in any script, most frequent first.',
      select: { aliases: { select: { form: true }, orderBy: [{ count: 'desc' }, { form: 'asc' }] } },
      resolve: (organization) => organization.aliases.map((alias) => alias.form),
    }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'A short description, when known.',
    }),
    members: t.relation('affiliations', {
      description: 'People with a role in the organisation, with the role and the article that states it.',
      query: { orderBy: [{ confidence: 'desc' }, { id: 'asc' }] },
    }),
    mentionCount: t.relationCount('mentions', {
      description: 'Number of times the organisation is mentioned across all articles.',
    }),
  }),
});

export const OrganizationConnection = builder.connectionObject(
  { type: Organization, name: 'OrganizationConnection', description: 'A page of organisations.' },
  { name: 'OrganizationEdge', description: 'An organisation in a list of organisations.' },
);

builder.prismaObjectFields(Organization, (t) => ({
  articles: t.loadable({
    type: ArticleConnection,
    description: 'Articles that mention the organisation, newest first.',
    byPath: true,
    args: {
      ...t.arg.connectionArgs(),
      where: t.arg({
        type: ArticleWhere,
        required: false,
        description: 'Only articles matching all these filters.',
      }),
    },
    load: async (ids: string[], ctx, args, info) =>
      pagedConnections(
        ctx,
        info,
        'Article',
        ids,
        await articleIdsMentioning(ctx, 'organizationId', ids, await articleWhere(ctx.prisma, args.where)),
        args,
      ),
    resolve: (organization) => organization.id,
  }),
  statements: t.relatedConnection(
    'statements',
    {
      description:
        'Statements attributed to the organisation itself ("the party said"), newest article first.',
      cursor: 'id',
      totalCount: true,
      maxSize: pageSizeLimit,
      query: { orderBy: [{ articleId: 'desc' }, { start: 'asc' }, { id: 'asc' }] },
    },
    StatementConnection,
  ),
}));

builder.queryFields((t) => ({
  organization: t.prismaField({
    type: 'Organization',
    nullable: true,
    description:
      'An organisation by ID or by name (canonical name, acronym or any alias; case-, accent- and script-insensitive).',
    args: {
      id: t.arg.id({ required: false, description: 'Global ID of the organisation.' }),
      name: t.arg.string({ required: false, description: 'A name, acronym or alias, in any script.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      if ((args.id == null) === (args.name == null))
        throw badUserInput('Pass exactly one of `id` and `name`.');
      if (args.id != null) {
        const { id } = decodeId(String(args.id), ['Organization'], 'id');
        return ctx.prisma.organization.findUnique({ ...query, where: { id } });
      }
      return ctx.prisma.organization.findFirst({
        ...query,
        where: organizationNamed(args.name ?? '', 'name'),
        orderBy: [{ mentions: { _count: 'desc' } }, { id: 'asc' }],
      });
    },
  }),
  organizations: t.prismaConnection(
    {
      type: 'Organization',
      cursor: 'id',
      description: 'All organisations, by name.',
      maxSize: pageSizeLimit,
      args: {
        where: t.arg({
          type: OrganizationWhere,
          required: false,
          description: 'Only organisations matching all these filters.',
        }),
      },
      totalCount: (_parent, args, ctx) =>
        ctx.prisma.organization.count({ where: organizationWhere(args.where) }),
      resolve: (query, _parent, args, ctx) =>
        ctx.prisma.organization.findMany({
          ...query,
          where: organizationWhere(args.where),
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        }),
    },
    OrganizationConnection,
  ),
}));
