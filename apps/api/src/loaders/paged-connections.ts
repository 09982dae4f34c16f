/**
 * Builds the connections of a whole batch of parents from their ordered item lists: pages every
 * list, then loads the nodes of all pages with one query (skipped when only `totalCount` is asked).
 */
import { type GraphQLResolveInfo, Kind } from 'graphql';
import type { NewsgraphContext } from '../context.js';
import { connectionFromPage, type ListItem, type PageArgs, pageList } from '../paging/page-id-lists.js';
import { type LoadableModel, loadConnectionNodes } from './load-nodes.js';

function asksOnlyTotalCount(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every(
      (selection) =>
        selection.kind === Kind.FIELD &&
        (selection.name.value === 'totalCount' || selection.name.value === '__typename'),
    ),
  );
}

export async function pagedConnections<Item extends ListItem, Edge extends object = object>(
  ctx: NewsgraphContext,
  info: GraphQLResolveInfo,
  model: LoadableModel,
  parentIds: readonly string[],
  lists: ReadonlyMap<string, readonly Item[]>,
  args: PageArgs,
  edgeExtra?: (item: Item) => Edge,
) {
  const pages = parentIds.map((id) => pageList(lists.get(id) ?? [], args));
  if (asksOnlyTotalCount(info)) {
    return pages.map((page) => connectionFromPage({ ...page, items: [] }, new Map(), edgeExtra));
  }
  const nodes = await loadConnectionNodes<{ id: string }>(
    ctx,
    info,
    model,
    pages.flatMap((page) => page.items.map((item) => item.id)),
  );
  return pages.map((page) => connectionFromPage(page, nodes, edgeExtra));
}
