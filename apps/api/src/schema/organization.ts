/**
 * Organization: a party, government body, company or other organisation named in the articles.
 * Queries: organization(id|name), organizations(...).
 */
import { builder, type PrismaNode } from '../builder.js';
import { organizationNamed } from '../filters/match-names.js';
import { pageSizeLimit } from '../limits.js';
import { addArticlesField, aliasesField, byIdOrName, MOST_MENTIONED } from './entity-fields.js';
import { OrganizationWhere, organizationWhere } from './organization-where.js';
import { StatementConnection } from './statement.js';

export const Organization: PrismaNode<'Organization'> = builder.prismaNode('Organization', {
  id: { field: 'id' },
  nullable: true,
  description: 'A party, government body, company or other organisation named in the articles.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Canonical name.' }),
    acronym: t.exposeString('acronym', { nullable: true, description: 'Acronym ("BJP"), when it has one.' }),
    aliases: t.stringList(aliasesField),
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

addArticlesField(Organization, 'organizationId', 'Articles that mention the organisation, newest first.');

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
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.organization.findFirst({
        ...query,
        where: byIdOrName('Organization', args, organizationNamed),
        orderBy: MOST_MENTIONED,
      }),
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
