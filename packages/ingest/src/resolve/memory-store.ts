/**
 * An in-memory entity store that applies `resolveArticleEntities` decisions the way the database
 * persistence does (aliases with counts, what each article says around an entity, merges, canonical
 * names).
 * Used to resolve articles without a database (pipeline-only evaluation, order-independence tests)
 * and as the reference for what `persist/` must do with a resolution.
 */
import type { EntityType } from '../domain.js';
import { canonicalKey, chooseCanonicalName } from './canonical-name.js';
import {
  type AliasRecord,
  type ArticleResolution,
  aliasMatchesLookup,
  type CandidateMember,
  type EntityCandidate,
  entityAliases,
  lookupKeys,
  memberOf,
  type ResolvableDoc,
  resolveArticleEntities,
} from './match-entities.js';
import { aliasKeys } from './name-keys.js';

export interface StoredAlias extends AliasRecord {
  /** Articles where the form was seen. */
  articles: Set<string>;
}

export interface StoredEntity {
  id: string;
  type: EntityType;
  name: string;
  key: string;
  lexiconId: string | null;
  gender: 'm' | 'f' | null;
  aliases: Map<string, StoredAlias>;
  /** What each article said about the entity (`memberOf`), in ingest order. */
  members: CandidateMember[];
  /** Persons mentioned as someone else in the same articles. */
  coPersonIds: Set<string>;
  articles: Set<string>;
  /** Creation order (stands in for `createdAt`). */
  created: number;
}

export interface StoredMerge {
  articleId: string;
  keptId: string;
  mergedId: string;
  mergedName: string;
  reason: string;
  score: number;
}

export interface IngestResult {
  /** Stored id of every `doc.entities` entry, in order. */
  ids: string[];
  resolution: ArticleResolution;
}

export class MemoryEntityStore {
  private readonly byId = new Map<string, StoredEntity>();
  private counter = 0;
  readonly merges: StoredMerge[] = [];

  /** Every stored entity, in creation order. */
  entities(): StoredEntity[] {
    return [...this.byId.values()].sort((a, b) => a.created - b.created);
  }

  get(id: string): StoredEntity | undefined {
    return this.byId.get(id);
  }

  /** What a database query by `lookupKeys(doc)` would load. */
  candidatesFor(doc: ResolvableDoc): EntityCandidate[] {
    const lookup = lookupKeys(doc);
    const out: EntityCandidate[] = [];
    for (const entity of this.entities()) {
      const byLexicon = entity.lexiconId !== null && lookup.lexiconIds.includes(entity.lexiconId);
      const byAlias = [...entity.aliases.values()].some((alias) =>
        aliasMatchesLookup(alias, entity.type, lookup),
      );
      if (byLexicon || byAlias) out.push(this.toCandidate(entity));
    }
    return out;
  }

  toCandidate(entity: StoredEntity): EntityCandidate {
    return {
      id: entity.id,
      type: entity.type,
      name: entity.name,
      lexiconId: entity.lexiconId,
      gender: entity.gender,
      aliases: [...entity.aliases.values()].map((alias) => ({ form: alias.form, count: alias.count })),
      members: entity.members,
      coPersonIds: [...entity.coPersonIds],
      articleCount: entity.articles.size,
      createdAt: new Date(entity.created),
    };
  }

  /** Resolves one article against the store and applies the result. */
  ingest(articleId: string, doc: ResolvableDoc): IngestResult {
    const resolution = resolveArticleEntities(doc, this.candidatesFor(doc));
    return { ids: this.apply(articleId, doc, resolution), resolution };
  }

  /** Applies a resolution (merges, creations, aliases, context), returning the stored id of each entity. */
  apply(articleId: string, doc: ResolvableDoc, resolution: ArticleResolution): string[] {
    for (const plan of resolution.merges)
      this.merge(articleId, plan.keepId, plan.mergeId, plan.reason, plan.score);
    const refs = new Map<string, string>();
    for (const plan of resolution.created) {
      const id = `e${++this.counter}`;
      refs.set(plan.ref, id);
      this.byId.set(id, {
        id,
        type: plan.type,
        name: plan.name,
        key: plan.key,
        lexiconId: plan.lexiconId,
        gender: plan.gender,
        aliases: new Map(),
        members: [],
        coPersonIds: new Set(),
        articles: new Set(),
        created: this.counter,
      });
    }
    const ids = resolution.decisions.map((decision) =>
      decision.target.kind === 'existing' ? decision.target.id : (refs.get(decision.target.ref) ?? ''),
    );
    const touched = new Set<string>();
    doc.entities.forEach((entity, index) => {
      const stored = this.byId.get(ids[index] ?? '');
      if (!stored) return;
      touched.add(stored.id);
      stored.articles.add(articleId);
      stored.gender ??= entity.gender ?? null;
      if (!stored.lexiconId && entity.lexiconId && entity.type !== 'PERSON')
        stored.lexiconId = entity.lexiconId;
      for (const alias of entityAliases(doc, index)) {
        const existing = stored.aliases.get(alias.form);
        if (existing) {
          existing.count += alias.count;
          existing.articles.add(articleId);
        } else stored.aliases.set(alias.form, { ...alias, articles: new Set([articleId]) });
      }
    });
    // What the article said around each entity, and who was someone else in it.
    doc.entities.forEach((entity, index) => {
      const stored = this.byId.get(ids[index] ?? '');
      if (!stored) return;
      if (entity.type === 'PERSON') stored.members.push(memberOf(doc, index));
      doc.entities.forEach((other, j) => {
        const otherId = ids[j];
        if (other.type === 'PERSON' && otherId && otherId !== stored.id) stored.coPersonIds.add(otherId);
      });
    });
    for (const id of touched) this.rename(id);
    return ids;
  }

  private rename(id: string): void {
    const entity = this.byId.get(id);
    if (!entity) return;
    entity.name = chooseCanonicalName([...entity.aliases.values()], entity.type);
    entity.key = canonicalKey(entity.name, entity.type);
  }

  private merge(articleId: string, keepId: string, mergeId: string, reason: string, score: number): void {
    const keep = this.byId.get(keepId);
    const gone = this.byId.get(mergeId);
    if (!keep || !gone || keep === gone) return;
    for (const alias of gone.aliases.values()) {
      const existing = keep.aliases.get(alias.form);
      if (existing) {
        existing.count += alias.count;
        for (const a of alias.articles) existing.articles.add(a);
      } else keep.aliases.set(alias.form, { ...aliasKeys(alias.form, keep.type), ...alias });
    }
    keep.members.push(...gone.members);
    for (const id of gone.coPersonIds) keep.coPersonIds.add(id);
    for (const id of gone.articles) keep.articles.add(id);
    keep.coPersonIds.delete(keepId);
    keep.coPersonIds.delete(mergeId);
    keep.lexiconId ??= gone.lexiconId;
    keep.gender ??= gone.gender;
    this.byId.delete(mergeId);
    for (const other of this.byId.values()) {
      if (other.coPersonIds.delete(mergeId) && other.id !== keepId) other.coPersonIds.add(keepId);
    }
    this.merges.push({ articleId, keptId: keepId, mergedId: mergeId, mergedName: gone.name, reason, score });
    this.rename(keepId);
  }
}

/**
 * A stable description of the store's entities for comparing two stores (ids left out): per entity
 * its type, canonical name and sorted alias forms with counts, sorted.
 */
export function describeEntities(store: MemoryEntityStore, type?: EntityType): string[] {
  return store
    .entities()
    .filter((entity) => type === undefined || entity.type === type)
    .map((entity) => {
      const aliases = [...entity.aliases.values()]
        .map((alias) => `${alias.form}×${alias.count}`)
        .sort()
        .join(' | ');
      return `${entity.type} ${entity.name} :: ${aliases}`;
    })
    .sort();
}

/**
 * Resolves articles in the given order in a fresh store: the stored id of every entity of every
 * article (`ids.get(articleId)[i]` for `doc.entities[i]`), e.g. as `PredictedName.id` for the merge
 * scores of the evaluation.
 */
export function resolveArticles(items: Iterable<{ id: string; doc: ResolvableDoc }>): {
  store: MemoryEntityStore;
  ids: Map<string, string[]>;
} {
  const store = new MemoryEntityStore();
  const ids = new Map<string, string[]>();
  for (const item of items) ids.set(item.id, store.ingest(item.id, item.doc).ids);
  return { store, ids };
}
