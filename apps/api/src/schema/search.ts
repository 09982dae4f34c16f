/**
 * search(query): one ranked list across people, organisations, places, articles, statements and
 * meetings.
 */
import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.js';
import type { NewsgraphContext } from '../context.js';
import { badUserInput } from '../errors.js';
import { rankArticles, rankStatements } from '../filters/text-search.js';
import { checkPageArgs, DEFAULT_PAGE_SIZE } from '../limits.js';
import { rankEntityNames, rankMeetings, type SearchHitType } from '../search/rank-hits.js';
import { Article } from './article.js';
import { Meeting } from './meeting.js';
import { Organization } from './organization.js';
import { Person } from './person.js';
import { Place } from './place.js';
import { Statement } from './statement.js';

export const SearchHit = builder.unionType('SearchHit', {
  description: 'One result of `search`.',
  types: () => [Person, Organization, Place, Article, Statement, Meeting],
});

const REFS = { Person, Organization, Place, Article, Statement, Meeting };

interface Hit {
  type: SearchHitType;
  id: string;
  score: number;
}

/** Relative weight of full-text ranks against name matches (an exact name match scores 1). */
function scaleRanks(type: SearchHitType, ranked: { id: string; rank: number }[], floor: number): Hit[] {
  const max = Math.max(...ranked.map((r) => r.rank), Number.MIN_VALUE);
  return ranked.map((r) => ({ type, id: r.id, score: floor + 0.5 * (r.rank / max) }));
}

async function loadHits(ctx: NewsgraphContext, info: GraphQLResolveInfo, hits: Hit[]) {
  const byType = new Map<SearchHitType, string[]>();
  for (const hit of hits) byType.set(hit.type, [...(byType.get(hit.type) ?? []), hit.id]);
  const loaded = new Map<string, unknown>();
  await Promise.all(
    [...byType].map(async ([type, ids]) => {
      const query = await queryFromInfo({
        context: ctx,
        info,
        typeName: type,
        select: { id: true },
        awaitSelections: true,
      });
      const args = { ...query, where: { id: { in: ids } } };
      const rows: Array<{ id: string }> =
        type === 'Person'
          ? await ctx.prisma.person.findMany(args as never)
          : type === 'Organization'
            ? await ctx.prisma.organization.findMany(args as never)
            : type === 'Place'
              ? await ctx.prisma.place.findMany(args as never)
              : type === 'Article'
                ? await ctx.prisma.article.findMany(args as never)
                : type === 'Statement'
                  ? await ctx.prisma.statement.findMany(args as never)
                  : await ctx.prisma.meeting.findMany(args as never);
      for (const row of rows)
        loaded.set(
          `${type}:${row.id}`,
          (REFS[type] as unknown as { addBrand<V>(value: V): V }).addBrand(row),
        );
    }),
  );
  return hits.flatMap((hit) => {
    const row = loaded.get(`${hit.type}:${hit.id}`);
    return row ? [row] : [];
  });
}

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHit],
    description:
      'Searches names (any alias, any script, tolerant of misspellings), article and statement text, and ' +
      'meeting venues and summaries. Best matches first: exact names, then close names and the most relevant texts.',
    args: {
      query: t.arg.string({ required: true, description: 'Words or a name to look for.' }),
      first: t.arg.int({
        required: false,
        description: `Most results to return (default ${DEFAULT_PAGE_SIZE}, at most 100).`,
      }),
    },
    resolve: async (_root, args, ctx, info) => {
      checkPageArgs({ first: args.first });
      const limit = args.first ?? DEFAULT_PAGE_SIZE;
      const text = args.query.normalize('NFC').trim();
      if (!text) throw badUserInput('`query` is empty.', { argument: 'query' });
      if (text.length > 200)
        throw badUserInput('`query` is longer than 200 characters.', { argument: 'query' });
      if (limit === 0) return [];
      const [names, articles, statements, meetings] = await Promise.all([
        rankEntityNames(ctx.prisma, text, limit),
        rankArticles(ctx.prisma, text, limit, 'query'),
        rankStatements(ctx.prisma, text, limit, 'query'),
        rankMeetings(ctx.prisma, text, limit),
      ]);
      const hits: Hit[] = [
        ...names,
        ...scaleRanks('Article', articles, 0.35),
        ...scaleRanks('Statement', statements, 0.3),
        ...meetings,
      ]
        .sort((a, b) => b.score - a.score || a.type.localeCompare(b.type) || a.id.localeCompare(b.id))
        .slice(0, limit);
      return (await loadHits(ctx, info, hits)) as never;
    },
  }),
);
