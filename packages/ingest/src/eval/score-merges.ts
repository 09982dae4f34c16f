/**
 * Pairwise merge precision and recall of cross-article entity resolution.
 *
 * A mention is one surface form in one article, `(file, surface)`. The resolver's output is a set of
 * clusters of mentions (one cluster per resolved entity). The gold identity of a mention is the
 * canonical name of the gold entity of that article whose name or aliases contain the surface form;
 * canonical names are shared across articles and languages (`Ravi Verma` in an English and a Hindi
 * article is one person). Over every pair of mentions with a gold identity:
 * merged in the prediction and same in the gold = true merge; merged but different = false merge;
 * not merged but same = missed merge. Mentions without a (unique) gold identity are left out.
 */
import type { GoldArticle } from './load-gold.js';
import { nameKey, nameKeys } from './match-text.js';
import type { ArticlePrediction } from './prediction.js';

export interface MentionRef {
  file: string;
  surface: string;
}

export interface PairCounts {
  truePairs: number;
  falsePairs: number;
  missedPairs: number;
  precision: number | null;
  recall: number | null;
}

export interface MergeScore {
  /** Mentions with a gold identity (the ones scored). */
  mentions: number;
  /** Mentions whose surface form names no gold entity of their article, or several. */
  unmatched: MentionRef[];
  /** Over all pairs of scored mentions. */
  all: PairCounts;
  /** Over pairs of mentions from different articles only (what cross-article resolution decides). */
  crossArticle: PairCounts;
  /** Predicted clusters holding more than one gold entity. */
  falseMerges: Array<{ cluster: number; entities: Record<string, MentionRef[]> }>;
  /** Gold entities spread over more than one predicted cluster. */
  missedMerges: Array<{ entity: string; clusters: MentionRef[][] }>;
}

type EntityKind = 'persons' | 'organizations' | 'places';

function choose2(n: number): number {
  return (n * (n - 1)) / 2;
}

function counts(truePairs: number, predictedPairs: number, goldPairs: number): PairCounts {
  return {
    truePairs,
    falsePairs: predictedPairs - truePairs,
    missedPairs: goldPairs - truePairs,
    precision: predictedPairs > 0 ? truePairs / predictedPairs : null,
    recall: goldPairs > 0 ? truePairs / goldPairs : null,
  };
}

function pairTotals(items: ReadonlyArray<{ cluster: number; gold: string; file: string }>, byFile: boolean) {
  const cell = new Map<string, number>();
  const predicted = new Map<string, number>();
  const gold = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const item of items) {
    const scope = byFile ? `${item.file}\u0000` : '';
    bump(cell, `${scope}${item.cluster}\u0000${item.gold}`);
    bump(predicted, `${scope}${item.cluster}`);
    bump(gold, `${scope}${item.gold}`);
  }
  const sum = (map: Map<string, number>) => [...map.values()].reduce((total, n) => total + choose2(n), 0);
  return { truePairs: sum(cell), predictedPairs: sum(predicted), goldPairs: sum(gold) };
}

/**
 * Scores predicted clusters of mentions against the gold entities (persons by default) of the
 * given articles. A mention that occurs in several clusters is kept in the first only.
 */
export function scoreMerges(
  gold: readonly GoldArticle[],
  clusters: ReadonlyArray<readonly MentionRef[]>,
  kind: EntityKind = 'persons',
): MergeScore {
  const goldByFile = new Map(gold.map((article) => [article.file, article]));
  const seen = new Set<string>();
  const unmatched: MentionRef[] = [];
  const items: Array<{ cluster: number; gold: string; file: string; mention: MentionRef }> = [];
  clusters.forEach((cluster, c) => {
    for (const mention of cluster) {
      const key = nameKey(mention.surface);
      const id = `${mention.file}\u0000${key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const article = goldByFile.get(mention.file);
      const owners = article ? article[kind].filter((entity) => nameKeys(entity).has(key)) : [];
      const owner = owners.length === 1 ? owners[0] : undefined;
      if (owner === undefined) {
        unmatched.push(mention);
        continue;
      }
      items.push({ cluster: c, gold: owner.name, file: mention.file, mention });
    }
  });

  const all = pairTotals(items, false);
  const within = pairTotals(items, true);

  const falseMerges: MergeScore['falseMerges'] = [];
  const byCluster = new Map<number, typeof items>();
  for (const item of items) byCluster.set(item.cluster, [...(byCluster.get(item.cluster) ?? []), item]);
  for (const [cluster, members] of byCluster) {
    const entities: Record<string, MentionRef[]> = {};
    for (const member of members) entities[member.gold] = [...(entities[member.gold] ?? []), member.mention];
    if (Object.keys(entities).length > 1) falseMerges.push({ cluster, entities });
  }
  const missedMerges: MergeScore['missedMerges'] = [];
  const byGold = new Map<string, Map<number, MentionRef[]>>();
  for (const item of items) {
    const spread = byGold.get(item.gold) ?? new Map<number, MentionRef[]>();
    spread.set(item.cluster, [...(spread.get(item.cluster) ?? []), item.mention]);
    byGold.set(item.gold, spread);
  }
  for (const [entity, spread] of byGold) {
    if (spread.size > 1) missedMerges.push({ entity, clusters: [...spread.values()] });
  }

  return {
    mentions: items.length,
    unmatched,
    all: counts(all.truePairs, all.predictedPairs, all.goldPairs),
    crossArticle: counts(
      all.truePairs - within.truePairs,
      all.predictedPairs - within.predictedPairs,
      all.goldPairs - within.goldPairs,
    ),
    falseMerges,
    missedMerges,
  };
}

/**
 * Mention clusters from article predictions: every name and alias of a predicted entity is a
 * mention; entities sharing an `id` (database id, resolver cluster) form one cluster, entities
 * without one are a cluster of their own.
 */
export function clustersFromPredictions(
  predictions: readonly ArticlePrediction[],
  kind: EntityKind = 'persons',
): MentionRef[][] {
  const byId = new Map<string, MentionRef[]>();
  const clusters: MentionRef[][] = [];
  for (const prediction of predictions) {
    for (const entity of prediction[kind]) {
      const mentions = [entity.name, ...(entity.aliases ?? [])].map((surface) => ({
        file: prediction.file,
        surface,
      }));
      if (entity.id === undefined) {
        clusters.push(mentions);
        continue;
      }
      const cluster = byId.get(entity.id);
      if (cluster) cluster.push(...mentions);
      else {
        const fresh = [...mentions];
        byId.set(entity.id, fresh);
        clusters.push(fresh);
      }
    }
  }
  return clusters;
}
