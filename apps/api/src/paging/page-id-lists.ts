/**
 * Relay pagination over id lists computed in memory: many-to-many connections (a person's
 * articles, meetings, co-participants) first load the ordered ids of every parent in the batch with
 * one query, page each list here, then load the nodes of all pages with one more query.
 *
 * Cursors name the item (not its offset), so a page boundary stays put when items are added
 * before it.
 */
import { badUserInput } from '../errors.js';
import { checkPageArgs, DEFAULT_PAGE_SIZE } from '../limits.js';

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export interface ListItem {
  id: string;
}

export interface ListPage<Item extends ListItem> {
  items: Item[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
}

const PREFIX = 'item:';

export function encodeItemCursor(id: string): string {
  return Buffer.from(`${PREFIX}${id}`, 'utf8').toString('base64url');
}

function decodeItemCursor(cursor: string, argument: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX) || text.length === PREFIX.length) {
    throw badUserInput(`\`${argument}\` is not a cursor of this connection.`, { argument });
  }
  return text.slice(PREFIX.length);
}

function indexOf<Item extends ListItem>(items: readonly Item[], cursor: string, argument: string): number {
  const id = decodeItemCursor(cursor, argument);
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) {
    throw badUserInput(`\`${argument}\` points to an item that is no longer in this list.`, { argument });
  }
  return index;
}

/** One page of `items` (already in connection order) for the Relay arguments. */
export function pageList<Item extends ListItem>(items: readonly Item[], args: PageArgs): ListPage<Item> {
  checkPageArgs(args);
  if (args.first != null && args.last != null) {
    throw badUserInput('Pass either `first` or `last`, not both.');
  }
  let start = 0;
  let end = items.length;
  if (args.after != null) start = indexOf(items, args.after, 'after') + 1;
  if (args.before != null) end = indexOf(items, args.before, 'before');
  if (end < start) end = start;
  const windowStart = start;
  const windowEnd = end;
  if (args.last != null) {
    start = Math.max(start, end - args.last);
  } else {
    end = Math.min(end, start + (args.first ?? DEFAULT_PAGE_SIZE));
  }
  return {
    items: items.slice(start, end),
    hasNextPage: end < windowEnd || (args.before != null && windowEnd < items.length),
    hasPreviousPage: start > windowStart || (args.after != null && windowStart > 0),
    totalCount: items.length,
  };
}

/** The Relay connection value for a page whose nodes were loaded by id (missing nodes are dropped). */
export function connectionFromPage<Item extends ListItem, Node, Edge extends object = object>(
  page: ListPage<Item>,
  nodesById: ReadonlyMap<string, Node>,
  edgeExtra?: (item: Item) => Edge,
) {
  const edges = page.items.flatMap((item): Array<Edge & { cursor: string; node: Node }> => {
    const node = nodesById.get(item.id);
    if (node === undefined) return [];
    return [{ ...(edgeExtra?.(item) as Edge), cursor: encodeItemCursor(item.id), node }];
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}
