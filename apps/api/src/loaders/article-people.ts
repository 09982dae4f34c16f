/**
 * The people each article of a batch mentions, most mentioned first, then by first mention: one
 * query for the whole batch.
 */
import type { NewsgraphContext } from '../context.js';

export interface ArticlePersonItem {
  id: string;
  mentionCount: number;
  firstStart: number;
}

export async function peopleMentionedIn(
  ctx: NewsgraphContext,
  articleIds: readonly string[],
): Promise<Map<string, ArticlePersonItem[]>> {
  const rows = await ctx.prisma.mention.findMany({
    where: { articleId: { in: [...articleIds] }, personId: { not: null } },
    select: { articleId: true, personId: true, start: true },
    orderBy: [{ articleId: 'asc' }, { start: 'asc' }],
  });
  const byArticle = new Map<string, Map<string, ArticlePersonItem>>(articleIds.map((id) => [id, new Map()]));
  for (const row of rows) {
    const people = byArticle.get(row.articleId);
    if (!people || !row.personId) continue;
    const item = people.get(row.personId);
    if (item) item.mentionCount += 1;
    else people.set(row.personId, { id: row.personId, mentionCount: 1, firstStart: row.start });
  }
  return new Map(
    [...byArticle].map(([articleId, people]) => [
      articleId,
      [...people.values()].sort((a, b) => b.mentionCount - a.mentionCount || a.firstStart - b.firstStart),
    ]),
  );
}
