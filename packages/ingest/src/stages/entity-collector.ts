/**
 * Collects the entities, mentions and affiliations that `find-entities` builds for one article:
 * one entity per key (lexicon id, or type + normalised name), non-overlapping mention spans.
 */
import type { ArticleAffiliation, ArticleEntity, EntityType, Mention } from '../domain.js';

export type MentionForm = Mention['form'];

export class EntityCollector {
  readonly entities: ArticleEntity[] = [];
  readonly mentions: Mention[] = [];
  readonly affiliations: ArticleAffiliation[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly claimed: Uint8Array;

  constructor(private readonly body: string) {
    this.claimed = new Uint8Array(body.length + 1);
  }

  /** No mention covers any character of `[start, end)`. */
  isFree(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.claimed[i]) return false;
    return true;
  }

  /** The entity registered under `key`, created by `make` the first time. */
  entity(key: string, make: () => ArticleEntity): number {
    const existing = this.byKey.get(key);
    if (existing !== undefined) return existing;
    const index = this.entities.length;
    this.entities.push(make());
    this.byKey.set(key, index);
    return index;
  }

  find(key: string): number | undefined {
    return this.byKey.get(key);
  }

  /** Registers another key for an existing entity (e.g. an acronym). */
  alias(key: string, index: number): void {
    if (!this.byKey.has(key)) this.byKey.set(key, index);
  }

  addAlias(index: number, alias: string): void {
    const e = this.entities[index];
    if (e && alias && !e.aliases.includes(alias)) e.aliases.push(alias);
  }

  /** Adds a mention unless its span overlaps one already taken. Returns whether it was added. */
  mention(
    index: number,
    start: number,
    end: number,
    form: MentionForm,
    extractor: string,
    confidence: number,
  ): boolean {
    const e = this.entities[index];
    if (!e || start >= end || !this.isFree(start, end)) return false;
    this.claimed.fill(1, start, end);
    const text = this.body.slice(start, end);
    this.mentions.push({ start, end, text, type: e.type, entity: index, form, extractor, confidence });
    if (form === 'NAME' || form === 'SHORT' || form === 'ACRONYM') this.addAlias(index, text);
    else if (form === 'DESCRIPTION' && !e.descriptions.includes(text)) e.descriptions.push(text);
    return true;
  }

  /** Entities of a type, with their indices. */
  ofType(type: EntityType): Array<[number, ArticleEntity]> {
    const out: Array<[number, ArticleEntity]> = [];
    this.entities.forEach((e, i) => {
      if (e.type === type) out.push([i, e]);
    });
    return out;
  }
}

export function newEntity(type: EntityType, name: string, confidence: number): ArticleEntity {
  return { type, name, aliases: [], descriptions: [], titles: [], confidence };
}
