/**
 * Near-duplicate detection at storage time: the same story re-published with small edits is
 * recognised by the SimHash of its body (cheap scan over the stored hashes, kept in memory for
 * the length of an ingest run), confirmed on the two texts, and linked NEAR_DUPLICATE.
 */
import type { PrismaClient } from '@newsgraph/schema';
import {
  containmentScore,
  hammingDistance,
  NEAR_DUPLICATE_BITS,
  shingleSet,
  simhash,
} from '../resolve/near-duplicates.js';

/** Shingle sets kept for the articles compared most recently (a syndicated story's copies repeat). */
const SHINGLE_CACHE_SIZE = 500;

export class NearDuplicateIndex {
  private hashes: Array<{ id: string; hash: string }> | null = null;
  private readonly shingleCache = new Map<string, { ingestedFrom: string; shingles: Set<string> }>();

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

  /** The shingle sets of stored articles, from the cache or read from their bodies. */
  private async shinglesOf(ids: string[]) {
    const missing = ids.filter((id) => !this.shingleCache.has(id));
    if (missing.length) {
      const rows = await this.prisma.article.findMany({
        where: { id: { in: missing } },
        select: { id: true, body: true, ingestedFrom: true },
      });
      for (const row of rows) {
        this.shingleCache.set(row.id, { ingestedFrom: row.ingestedFrom, shingles: shingleSet(row.body) });
        if (this.shingleCache.size > SHINGLE_CACHE_SIZE)
          this.shingleCache.delete(this.shingleCache.keys().next().value!);
      }
    }
    return ids.flatMap((id) => {
      const entry = this.shingleCache.get(id);
      return entry ? [{ id, ...entry }] : [];
    });
  }

  /** One statement for all of an article's links (a syndicated story can have many copies). */
  private async saveLinks(links: Array<{ fromId: string; toId: string; score: number }>) {
    await this.prisma.$executeRawUnsafe(
      `INSERT INTO "ArticleLink" ("fromId", "toId", "kind", "score", "reason")
       SELECT f, t, 'NEAR_DUPLICATE'::"ArticleLinkKind", s, $4 FROM unnest($1::uuid[], $2::uuid[], $3::float8[]) AS x(f, t, s)
       ON CONFLICT ("fromId", "toId", "kind") DO UPDATE SET "score" = EXCLUDED."score"`,
      links.map((l) => l.fromId),
      links.map((l) => l.toId),
      links.map((l) => l.score),
      'simhash + shingle containment',
    );
  }

  /**
   * Stores the article's simhash, links it to the stored articles it nearly duplicates, and returns
   * the `ingestedFrom` of the closest one (or null).
   */
  async record(articleId: string, body: string): Promise<string | null> {
    const hash = simhash(body);
    this.shingleCache.delete(articleId); // its text may have changed (same source, new content)
    const hashes = await this.load();
    const near = hashes
      .filter((h) => h.id !== articleId)
      .map((h) => ({ ...h, distance: hammingDistance(hash, h.hash) }))
      .filter((h) => h.distance <= NEAR_DUPLICATE_BITS)
      .sort((a, b) => a.distance - b.distance)
      .slice(0, 20);
    let closest: { ingestedFrom: string; score: number } | null = null;
    if (near.length) {
      const mineShingles = shingleSet(body);
      const others = await this.shinglesOf(near.map((n) => n.id));
      const links: Array<{ fromId: string; toId: string; score: number }> = [];
      for (const other of others) {
        const score = containmentScore(mineShingles, other.shingles);
        if (score === null) continue;
        const [fromId, toId] = articleId < other.id ? [articleId, other.id] : [other.id, articleId];
        links.push({ fromId, toId, score });
        if (!closest || score > closest.score) closest = { ingestedFrom: other.ingestedFrom, score };
      }
      if (links.length) await this.saveLinks(links);
    }
    await this.prisma.article.update({ where: { id: articleId }, data: { simhash: hash } });
    const mine = hashes.find((h) => h.id === articleId);
    if (mine) mine.hash = hash;
    else hashes.push({ id: articleId, hash });
    return closest?.ingestedFrom ?? null;
  }
}
