/**
 * Loads the nodes of connection pages computed in memory (see paging/page-id-lists.ts) with ONE
 * query per field, selecting what the GraphQL selection under `nodes` / `edges.node` needs, so the
 * nested fields of those nodes are planned into the same query instead of one query per node.
 */
import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import type { NewsgraphContext } from '../context.js';

export type LoadableModel = 'Person' | 'Meeting' | 'Article';

const CONNECTION_NODE_PATHS = [['nodes'], ['edges', 'node']];

interface FindMany {
  findMany(args: object): Promise<Array<{ id: string }>>;
}

function delegateFor(ctx: NewsgraphContext, model: LoadableModel): FindMany {
  switch (model) {
    case 'Person':
      return ctx.prisma.person as unknown as FindMany;
    case 'Meeting':
      return ctx.prisma.meeting as unknown as FindMany;
    case 'Article':
      return ctx.prisma.article as unknown as FindMany;
  }
}

export async function loadConnectionNodes<Row extends { id: string }>(
  ctx: NewsgraphContext,
  info: GraphQLResolveInfo,
  model: LoadableModel,
  ids: Iterable<string>,
): Promise<Map<string, Row>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const query = await queryFromInfo({
    context: ctx,
    info,
    typeName: model,
    paths: CONNECTION_NODE_PATHS,
    select: { id: true },
    awaitSelections: true,
  });
  const rows = (await delegateFor(ctx, model).findMany({ ...query, where: { id: { in: unique } } })) as Row[];
  return new Map(rows.map((row) => [row.id, row]));
}
