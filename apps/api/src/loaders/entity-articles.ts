/**
 * Articles that mention a person, organisation or place (and, for places, articles datelined
 * there): ordered ids per owner, newest first, for a whole batch of owners in one query.
 */
import type { Prisma } from '@newsgraph/schema';
import type { NewsgraphContext } from '../context.js';

export type MentionOwner = 'personId' | 'organizationId' | 'placeId';

interface ArticleOrderRow {
  id: string;
  publishedAt: Date | null;
  ingestedAt: Date;
}

function newestFirst(a: ArticleOrderRow, b: ArticleOrderRow): number {
  const pa = a.publishedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const pb = b.publishedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (pa !== pb) return pb - pa;
  const ia = a.ingestedAt.getTime();
  const ib = b.ingestedAt.getTime();
  if (ia !== ib) return ib - ia;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export async function articleIdsMentioning(
  ctx: NewsgraphContext,
  owner: MentionOwner,
  ownerIds: readonly string[],
  where: Prisma.ArticleWhereInput,
): Promise<Map<string, ArticleOrderRow[]>> {
  const ownerFilter = { [owner]: { in: [...ownerIds] } } as Prisma.MentionWhereInput;
  const datelineOwner = owner === 'placeId';
  const rows = await ctx.prisma.article.findMany({
    where: {
      AND: [
        where,
        datelineOwner
          ? { OR: [{ mentions: { some: ownerFilter } }, { datelinePlaceId: { in: [...ownerIds] } }] }
          : { mentions: { some: ownerFilter } },
      ],
    },
    select: {
      id: true,
      publishedAt: true,
      ingestedAt: true,
      datelinePlaceId: true,
      mentions: { where: ownerFilter, select: { [owner]: true }, distinct: [owner] },
    },
  });
  const byOwner = new Map<string, ArticleOrderRow[]>(ownerIds.map((id) => [id, []]));
  for (const row of rows.sort(newestFirst)) {
    const owners = new Set<string>();
    for (const mention of row.mentions as unknown as Array<Record<MentionOwner, string | null>>) {
      const id = mention[owner];
      if (id) owners.add(id);
    }
    if (datelineOwner && row.datelinePlaceId) owners.add(row.datelinePlaceId);
    for (const id of owners) byOwner.get(id)?.push(row);
  }
  return byOwner;
}
