/**
 * Near-duplicate detection at storage time: the same story re-published with small edits is
 * recognised by the SimHash of its body (cheap scan over the stored hashes, kept in memory for
 * the length of an ingest run), confirmed on the two texts, and linked NEAR_DUPLICATE.
 */
import type { PrismaClient } from '@newsgraph/schema';
import {
  hammingDistance,
  NEAR_DUPLICATE_BITS,
  nearDuplicateScore,
  simhash,
} from '../resolve/near-duplicates.js';

export class NearDuplicateIndex {
  private hashes: Array<{ id: string; hash: string }> | null = null;

  constructor(private readonly prisma: PrismaClient) {}

  private async load() {
    if (!this.hashes) {
      const rows = await this.prisma.article.findMany({
        where: { simhash: { not: null } },
        select: { id: true, simhash: true },
      });
      this.hashes = rows.map((r) => ({ id: r.id, hash: r.simhash! }));
    }
    return this.hashes;
  }

  /**
   * Stores the article's simhash, links it to the stored articles it nearly duplicates, and returns
   * the `ingestedFrom` of the closest one (or null).
   */
  async record(articleId: string, body: string): Promise<string | null> {
    const hash = simhash(body);
    const hashes = await this.load();
    const near = hashes
      .filter((h) => h.id !== articleId)
      .map((h) => ({ ...h, distance: hammingDistance(hash, h.hash) }))
      .filter((h) => h.distance <= NEAR_DUPLICATE_BITS)
      .sort((a, b) => a.distance - b.distance)
      .slice(0, 20);
    let closest: { ingestedFrom: string; score: number } | null = null;
    if (near.length) {
      const others = await this.prisma.article.findMany({
        where: { id: { in: near.map((n) => n.id) } },
        select: { id: true, body: true, ingestedFrom: true },
      });
      for (const other of others) {
        const score = nearDuplicateScore(body, other.body);
        if (score === null) continue;
        const [fromId, toId] = articleId < other.id ? [articleId, other.id] : [other.id, articleId];
        await this.prisma.articleLink.upsert({
          where: { fromId_toId_kind: { fromId, toId, kind: 'NEAR_DUPLICATE' } },
          create: { fromId, toId, kind: 'NEAR_DUPLICATE', score, reason: 'simhash + shingle containment' },
          update: { score },
        });
        if (!closest || score > closest.score) closest = { ingestedFrom: other.ingestedFrom, score };
      }
    }
    await this.prisma.article.update({ where: { id: articleId }, data: { simhash: hash } });
    const mine = hashes.find((h) => h.id === articleId);
    if (mine) mine.hash = hash;
    else hashes.push({ id: articleId, hash });
    return closest?.ingestedFrom ?? null;
  }
}
