/**
 * Cross-article and cross-script entity resolution: decides, for every entity one article found,
 * which stored entity it is (attach), or that it is a new one (create), and which stored entities
 * the article proves to be one (merge). Pure: the persistence layer loads the candidates
 * (`lookupKeys` says which), calls `resolveArticleEntities` in the article's transaction and
 * writes what it decided.
 *
 * Precision beats recall (a missed merge is fixed by a curator, a wrong one corrupts every answer):
 * - Organisations and places: the lexicon id first; else equal name keys (never acronyms alone).
 * - Persons with a full name: equal `nameKey` of a full name (titles dropped, any script) attaches.
 *   Equal phonetic keys across scripts attach (short keys need a little context); within one script
 *   they need context; a name that extends another (a middle name, initials) needs strong context.
 *   Same surname with different given names (or the reverse) never matches.
 * - Context is what one article says around the entity (`CandidateMember`): the organisations it is
 *   affiliated with, the other persons, organisations and places named (by lexicon id or name key,
 *   never by stored ids), compared article against article. So whether two mentions match depends
 *   only on the two articles, not on what was resolved before.
 * - A single-word name ("Gandhi", "मोदी") attaches only when exactly one stored full name fits it
 *   and an article of that person shares a co-mentioned person with it; it never joins another
 *   single-word entity; a later full name claims a single-word entity the same way.
 * - When the article's entity matches several stored entities, they are merged (union), unless they
 *   conflict (different lexicon ids, conflicting names or genders, mentioned apart in one article).
 *
 * Every rule is a symmetric function of two articles' names and contexts, matches are unions, and
 * the canonical name is a function of all aliases (`chooseCanonicalName`), so the final entities do
 * not depend on the order in which articles are ingested. The known exception: a single-word name
 * attached while it was unambiguous stays attached when a namesake arrives later.
 */
import type { ArticleEntity, Doc, EntityType, Mention } from '../domain.js';
import { getPhraseIndex } from '../lexicons/gazetteer.js';
import { canonicalKey, chooseCanonicalName } from './canonical-name.js';
import { isFullName, type NameRelation, RELATION_RANK, relateNames } from './compare-names.js';
import { type AliasKeys, aliasKeys, type NameParts, nameKey, nameParts } from './name-keys.js';

// ------------------------------------------------------------------------------ types

/** A stored alias of a candidate (`Alias.form`, `Alias.count`). */
export interface CandidateAlias {
  form: string;
  count?: number;
}

/** An organisation or place as one article names it. */
export interface EntityRef {
  name: string;
  lexiconId?: string | null;
  /** PlaceKind for places, lexicon kind (PARTY, AGENCY ...) for organisations, when known. */
  kind?: string | null;
}

/**
 * What one article says about a stored entity: its name forms there and what is named around it.
 * `memberOf(doc, index)` builds it from an extracted article; persistence rebuilds it from the
 * article's mentions and affiliations (see `memberOf` for which).
 */
export interface CandidateMember {
  /** Name forms of the entity in that article. */
  forms: readonly string[];
  /** Name forms of the other persons the article mentions. */
  coPersons: readonly string[];
  /** Organisations the article mentions. */
  organizations: readonly EntityRef[];
  /** Organisations the article affiliates the entity with (persons). */
  affiliations: readonly EntityRef[];
  /** Places the article mentions. */
  places: readonly EntityRef[];
}

/** A stored entity, as the persistence layer loads it for matching. */
export interface EntityCandidate {
  id: string;
  type: EntityType;
  name: string;
  lexiconId?: string | null;
  gender?: 'm' | 'f' | null;
  aliases: readonly CandidateAlias[];
  /**
   * Persons: one member per article that mentions the entity (the most recent fifty are
   * enough). Without members only context-free rules (equal keys, lexicon ids) can attach.
   */
  members?: readonly CandidateMember[];
  /** Persons mentioned as someone else in an article that mentions this one (vetoes merges). */
  coPersonIds?: readonly string[];
  /**
   * @deprecated Stored-id context of the first resolver version; ignored (ids depend on what was
   * resolved before, which made matches depend on ingest order). Pass `members` instead.
   */
  organizationIds?: readonly string[];
  /** @deprecated See `organizationIds`. */
  coOrganizationIds?: readonly string[];
  /** @deprecated See `organizationIds`. */
  coPlaceIds?: readonly string[];
  articleCount: number;
  /** Older entities are kept by merges when the article counts are equal. */
  createdAt?: string | Date | null;
}

/** What the resolver needs of an extracted article. */
export type ResolvableDoc = Pick<Doc, 'entities' | 'mentions' | 'affiliations'>;

export type EntityTarget = { kind: 'existing'; id: string } | { kind: 'new'; ref: string };

export interface EntityDecision {
  /** Index into `doc.entities`. */
  entity: number;
  type: EntityType;
  target: EntityTarget;
  /** 0..1 */
  score: number;
  /** Why: `lexicon-id`, `alias-key-exact+co-person`, `phonetic+shared-org`, `short-form-in-context` ... */
  reason: string;
  /**
   * Person forms of the entity that conflict with its name (a coreference slip: `Mahatma Gandhi`
   * under `Rahul Gandhi`): not recorded as aliases (`entityAliases` leaves them out), and their
   * mentions should not be linked to the target.
   */
  droppedForms: string[];
}

/** An entity to create; several article entities may share it (the same name written twice). */
export interface NewEntityPlan {
  ref: string;
  type: EntityType;
  name: string;
  key: string;
  lexiconId: string | null;
  gender: 'm' | 'f' | null;
  /** Indices into `doc.entities`. */
  entities: number[];
}

/** `mergeId` is folded into `keepId` (mentions, aliases, affiliations move; an EntityMerge row records it). */
export interface EntityMergePlan {
  entityType: EntityType;
  keepId: string;
  mergeId: string;
  mergedName: string;
  reason: string;
  score: number;
}

export interface ArticleResolution {
  /** One per `doc.entities` entry, in order. Targets of merged entities already point at the kept one. */
  decisions: EntityDecision[];
  created: NewEntityPlan[];
  /** In execution order; a kept id is never merged later in the list. */
  merges: EntityMergePlan[];
}

/** An alias to upsert for an entity: keys plus the number of this article's mentions of the form. */
export interface AliasRecord extends AliasKeys {
  count: number;
}

/** Keys the persistence layer loads candidates by (see `lookupKeys`). */
export interface EntityLookup {
  lexiconIds: string[];
  /** `Alias.key IN keys` (any type). */
  keys: string[];
  /** `Alias.phonetic IN phonetics` (persons). */
  phonetics: string[];
  /**
   * Persons whose alias key has one of these words: `key = t OR key LIKE 't %' OR key LIKE '% t'
   * OR key LIKE '% t %'` (short forms, extended names, namesakes to rule out).
   */
  tokens: string[];
}

// ------------------------------------------------------------------------------ thresholds

/** Context needed by each kind of name evidence (see `contextScore`). */
const CONTEXT_NEEDED = {
  phoneticCrossScript: 0.3,
  phoneticSameScript: 0.5,
  partialName: 0.5,
  shortForm: 0.5,
} as const;

const WEIGHT = { affiliation: 0.5, coPerson: 0.5, secondCoPerson: 0.2, coOrganization: 0.3, coPlace: 0.15 };

/** Organisation kinds (organizations.tsv) that appear beside everyone: no evidence of identity. */
const UNINFORMATIVE_ORG_KINDS = new Set(['AGENCY', 'MEDIA']);
/** Place kinds too large to say anything about who is meant. */
const UNINFORMATIVE_PLACE_KINDS = new Set(['COUNTRY', 'STATE']);

// ------------------------------------------------------------------------------ profiles

interface Profile {
  index: number;
  entity: ArticleEntity;
  type: EntityType;
  parts: NameParts[];
  full: NameParts[];
  single: NameParts[];
  lexiconId: string | null;
  gender: 'm' | 'f' | null;
  /** Organisations/places: keys of non-acronym names. */
  nameKeys: Set<string>;
}

interface Prepared {
  candidate: EntityCandidate;
  parts: NameParts[];
  full: NameParts[];
  single: NameParts[];
  nameKeys: Set<string>;
  members: PreparedMember[];
  coPersonIds: Set<string>;
}

/** A candidate member (or the article's own entity) ready for comparison. */
interface PreparedMember {
  full: NameParts[];
  context: Context;
}

function formsOf(entity: ArticleEntity): string[] {
  const forms = [entity.name, ...entity.aliases];
  if (entity.latinName) forms.push(entity.latinName);
  return [...new Set(forms.map((f) => f.trim()).filter((f) => f !== ''))];
}

/**
 * The distinct name parts of an entity's forms, without the person names that conflict with its
 * main name (a within-article coreference slip that put `Mahatma Gandhi` under `Rahul Gandhi` must
 * not make the person match either name elsewhere).
 */
function distinctParts(forms: readonly string[], type: EntityType, main: string): NameParts[] {
  const seen = new Map<string, NameParts>();
  const reference = nameParts(main, type);
  for (const form of forms) {
    const parts = nameParts(form, type);
    if (parts.key === '' || seen.has(parts.key)) continue;
    if (type === 'PERSON' && relateNames(parts, reference) === 'conflict') continue;
    seen.set(parts.key, parts);
  }
  return [...seen.values()];
}

/** Whether a person form is consistent with the entity's main name (see `distinctParts`). */
function consistentForm(form: string, entity: ArticleEntity): boolean {
  if (entity.type !== 'PERSON') return true;
  return relateNames(nameParts(form, 'PERSON'), nameParts(entity.name, 'PERSON')) !== 'conflict';
}

function droppedForms(entity: ArticleEntity): string[] {
  return formsOf(entity).filter((form) => !consistentForm(form, entity));
}

const isAcronymForm = (form: string) => /^[\p{Lu}\d&.-]+$/u.test(form.trim()) && !/\s/.test(form.trim());

function nonAcronymKeys(forms: readonly string[]): Set<string> {
  return new Set(
    forms
      .filter((f) => !isAcronymForm(f))
      .map((f) => nameKey(f))
      .filter((k) => k !== ''),
  );
}

/** A title or given name decides gender in the stage; candidates' names have no other source. */
function profileOf(entity: ArticleEntity, index: number): Profile {
  const forms = formsOf(entity);
  const parts = distinctParts(forms, entity.type, entity.name);
  return {
    index,
    entity,
    type: entity.type,
    parts,
    full: parts.filter(isFullName),
    single: parts.filter((p) => !isFullName(p)),
    lexiconId: entity.lexiconId ?? null,
    gender: entity.gender ?? null,
    nameKeys: nonAcronymKeys(forms),
  };
}

function prepare(candidate: EntityCandidate): Prepared {
  const forms = [candidate.name, ...candidate.aliases.map((a) => a.form)];
  const parts = distinctParts(forms, candidate.type, candidate.name);
  return {
    candidate,
    parts,
    full: parts.filter(isFullName),
    single: parts.filter((p) => !isFullName(p)),
    nameKeys: nonAcronymKeys(forms),
    members: (candidate.members ?? []).map((member) => prepareMember(member, candidate.name)),
    coPersonIds: new Set(candidate.coPersonIds ?? []),
  };
}

function prepareMember(member: CandidateMember, main: string): PreparedMember {
  const full = distinctParts(member.forms, 'PERSON', main).filter(isFullName);
  return { full, context: contextOfMember(member) };
}

// ------------------------------------------------------------------------------ context

/** What an article names around an entity, as comparable keys. */
interface Context {
  affiliations: Set<string>;
  organizations: Set<string>;
  /** `k:<nameKey>` and `p:<phoneticKey>` of the full names of the other persons. */
  persons: Set<string>;
  places: Set<string>;
}

interface ContextScore {
  score: number;
  parts: string[];
}

function organizationKind(ref: EntityRef): string | null {
  if (ref.kind) return ref.kind;
  if (!ref.lexiconId) return null;
  try {
    return getPhraseIndex().byId.get(ref.lexiconId)?.kind ?? null;
  } catch {
    return null;
  }
}

const refKey = (ref: EntityRef) => ref.lexiconId || `name:${nameKey(ref.name)}`;

function contextOfMember(member: CandidateMember): Context {
  const persons = new Set<string>();
  for (const form of member.coPersons) {
    const parts = nameParts(form, 'PERSON');
    if (!isFullName(parts)) continue;
    persons.add(`k:${parts.key}`);
    persons.add(`p:${parts.phonetic}`);
  }
  return {
    affiliations: new Set(member.affiliations.map(refKey)),
    organizations: new Set(
      member.organizations
        .filter((ref) => !UNINFORMATIVE_ORG_KINDS.has(organizationKind(ref) ?? ''))
        .map(refKey),
    ),
    persons,
    places: new Set(
      member.places.filter((ref) => !UNINFORMATIVE_PLACE_KINDS.has(ref.kind ?? 'OTHER')).map(refKey),
    ),
  };
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>, except: ReadonlySet<string>): number {
  let n = 0;
  for (const key of a) if (!except.has(key) && b.has(key)) n++;
  return n;
}

/** `k:`/`p:` keys of names, to keep a side's own names out of the co-person comparison. */
function ownNameKeys(...names: ReadonlyArray<readonly NameParts[]>): Set<string> {
  const keys = new Set<string>();
  for (const list of names) {
    for (const parts of list) {
      keys.add(`k:${parts.key}`);
      keys.add(`p:${parts.phonetic}`);
    }
  }
  return keys;
}

/**
 * Context agreement of two articles around two entities (symmetric): a shared affiliation, other
 * persons named in both (co-person; a second one counts extra), an organisation or a place named in
 * both. The two entities' own names never count as co-persons.
 */
function contextScore(a: Context, b: Context, own: ReadonlySet<string>): ContextScore {
  const none = new Set<string>();
  const parts: string[] = [];
  let score = 0;
  if (overlap(a.affiliations, b.affiliations, none) > 0) {
    score += WEIGHT.affiliation;
    parts.push('shared-org');
  }
  const people = new Set(
    [...a.persons].filter((key) => key.startsWith('k:') && !own.has(key) && b.persons.has(key)),
  ).size;
  const sounds = overlap(a.persons, b.persons, own);
  if (people > 0 || sounds > 0) {
    score += WEIGHT.coPerson + (people > 1 ? WEIGHT.secondCoPerson : 0);
    parts.push('co-person');
  }
  if (overlap(a.organizations, b.organizations, none) > 0) {
    score += WEIGHT.coOrganization;
    parts.push('org-named');
  }
  if (overlap(a.places, b.places, none) > 0) {
    score += WEIGHT.coPlace;
    parts.push('place-named');
  }
  return { score: Math.min(1, score), parts };
}

/** A short form needs a co-mentioned person in common, not only a party or a place. */
function strongShortFormContext(ctx: ContextScore): boolean {
  return ctx.score >= CONTEXT_NEEDED.shortForm && ctx.parts.includes('co-person');
}

/** The best context agreement between an article entity and any article of a candidate. */
function bestMemberContext(
  article: PreparedMember,
  candidate: Prepared,
  accept: (member: PreparedMember) => boolean = () => true,
): ContextScore {
  let best: ContextScore = { score: 0, parts: [] };
  for (const member of candidate.members) {
    if (!accept(member)) continue;
    const own = ownNameKeys(article.full, member.full, candidate.full);
    const ctx = contextScore(article.context, member.context, own);
    if (ctx.score > best.score) best = ctx;
  }
  return best;
}

/**
 * What one article says about one of its entities (see `CandidateMember`): its consistent name
 * forms; every name form of the other persons; the organisations and places (lexicon id, name,
 * kind); the organisations its affiliations name.
 */
export function memberOf(doc: ResolvableDoc, index: number): CandidateMember {
  const entity = doc.entities[index];
  if (!entity) return { forms: [], coPersons: [], organizations: [], affiliations: [], places: [] };
  const ref = (e: ArticleEntity): EntityRef => ({
    name: e.latinName && e.lexiconId ? e.latinName : e.name,
    lexiconId: e.lexiconId ?? null,
    kind: e.type === 'PLACE' ? (e.placeKind ?? null) : null,
  });
  const coPersons: string[] = [];
  const organizations: EntityRef[] = [];
  const places: EntityRef[] = [];
  doc.entities.forEach((other, j) => {
    if (j === index) return;
    if (other.type === 'PERSON') coPersons.push(...formsOf(other));
    else if (other.type === 'ORGANIZATION') organizations.push(ref(other));
    else places.push(ref(other));
  });
  const affiliations = doc.affiliations
    .filter((a) => a.person === index && a.organization !== null)
    .map((a) => doc.entities[a.organization!])
    .filter((e): e is ArticleEntity => e !== undefined)
    .map(ref);
  return {
    forms: formsOf(entity).filter((form) => consistentForm(form, entity)),
    coPersons,
    organizations,
    affiliations,
    places,
  };
}

// ------------------------------------------------------------------------------ matching rules

interface Match {
  id: string;
  score: number;
  reason: string;
  relation: NameRelation | 'lexicon';
}

function gendersConflict(a: 'm' | 'f' | null | undefined, b: 'm' | 'f' | null | undefined): boolean {
  return !!a && !!b && a !== b;
}

/** The strongest relation between two sets of full names, and whether any pair conflicts. */
function bestRelation(a: readonly NameParts[], b: readonly NameParts[]) {
  let best: NameRelation = 'none';
  let crossScript = false;
  let maxTokens = 0;
  let conflict = false;
  for (const x of a) {
    for (const y of b) {
      const relation = relateNames(x, y);
      if (relation === 'conflict') conflict = true;
      if (RELATION_RANK[relation] > RELATION_RANK[best]) {
        best = relation;
        crossScript = x.script !== y.script;
        maxTokens = Math.max(x.tokens.length, y.tokens.length);
      } else if (relation === best && relation === 'phonetic') {
        crossScript ||= x.script !== y.script;
        maxTokens = Math.max(maxTokens, x.tokens.length, y.tokens.length);
      }
    }
  }
  return { best, crossScript, maxTokens, conflict };
}

const reasonOf = (base: string, context: ContextScore) =>
  context.parts.length > 0 ? `${base}+${context.parts.join('+')}` : base;

/** Context a phonetic match needs: none across scripts when every word's sound is distinctive. */
function phoneticContextNeeded(a: readonly NameParts[], b: readonly NameParts[]): number {
  let needed = Number.POSITIVE_INFINITY;
  for (const x of a) {
    for (const y of b) {
      if (relateNames(x, y) !== 'phonetic') continue;
      const distinctive = [...x.phoneticTokens, ...y.phoneticTokens].every((t) => t.length >= 3);
      const here =
        x.script === y.script
          ? CONTEXT_NEEDED.phoneticSameScript
          : distinctive || Math.max(x.tokens.length, y.tokens.length) >= 3
            ? 0
            : CONTEXT_NEEDED.phoneticCrossScript;
      needed = Math.min(needed, here);
    }
  }
  return needed;
}

/**
 * A person with at least one full name against a candidate with at least one. Equal keys need no
 * context; other relations need it from one article of the candidate whose names relate so.
 */
function matchFullPerson(profile: Profile, article: PreparedMember, candidate: Prepared): Match | null {
  if (candidate.full.length === 0) return null;
  const relation = bestRelation(profile.full, candidate.full);
  const id = candidate.candidate.id;
  if (relation.best === 'key') {
    const ctx = bestMemberContext(article, candidate);
    return { id, score: 0.9 + 0.1 * ctx.score, reason: reasonOf('alias-key-exact', ctx), relation: 'key' };
  }
  if (relation.conflict || gendersConflict(profile.gender, candidate.candidate.gender)) return null;
  if (relation.best === 'phonetic') {
    const needed = phoneticContextNeeded(profile.full, candidate.full);
    const crossScript = profile.full.some((x) =>
      candidate.full.some((y) => x.script !== y.script && relateNames(x, y) === 'phonetic'),
    );
    const base = crossScript ? 'phonetic-cross-script' : 'phonetic';
    const ctx = bestMemberContext(
      article,
      candidate,
      (member) => RELATION_RANK[bestRelation(profile.full, member.full).best] >= RELATION_RANK.phonetic,
    );
    if (needed > 0 && ctx.score < needed) return null;
    return { id, score: 0.8 + 0.15 * ctx.score, reason: reasonOf(base, ctx), relation: 'phonetic' };
  }
  if (relation.best === 'extension' || relation.best === 'initials') {
    const kind = relation.best;
    const ctx = bestMemberContext(article, candidate, (member) => {
      const own = bestRelation(profile.full, member.full);
      return !own.conflict && RELATION_RANK[own.best] >= RELATION_RANK[kind];
    });
    if (ctx.score < CONTEXT_NEEDED.partialName) return null;
    return { id, score: 0.7 + 0.2 * ctx.score, reason: reasonOf(kind, ctx), relation: kind };
  }
  return null;
}

/**
 * A single-word name (`Gandhi`, `मोदी`) fits a full name whose first or last word it is, or which it
 * writes as one word (`हर्षवर्धन` / `Harsh Vardhan`).
 */
function shortFits(single: readonly NameParts[], full: readonly NameParts[]): boolean {
  return single.some((s) =>
    full.some((f) => {
      const relation = relateNames(s, f);
      return relation === 'short' || relation === 'phonetic';
    }),
  );
}

/** Organisations and places: lexicon id, else equal non-acronym name keys. */
function matchLexical(profile: Profile, candidate: Prepared): Match | null {
  const id = candidate.candidate.id;
  const theirs = candidate.candidate.lexiconId ?? null;
  if (profile.lexiconId && theirs) {
    return profile.lexiconId === theirs ? { id, score: 1, reason: 'lexicon-id', relation: 'lexicon' } : null;
  }
  // A one-word name ("Parliament", "Congress", "Police") that the lexicon did not claim is not the
  // lexicon entity of the same word: only lexicon-less entities match it.
  const oneWordOk = !profile.lexiconId && !theirs;
  for (const key of profile.nameKeys) {
    if (!candidate.nameKeys.has(key)) continue;
    if (!key.includes(' ') && !oneWordOk) continue;
    return { id, score: 0.9, reason: 'name-key-exact', relation: 'key' };
  }
  return null;
}

// ------------------------------------------------------------------------------ merges

function createdAtOf(c: EntityCandidate): number {
  if (c.createdAt === undefined || c.createdAt === null) return Number.POSITIVE_INFINITY;
  const t = new Date(c.createdAt).getTime();
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/** Which of two entities a merge keeps: more articles, then older, then the smaller id. */
function keeps(a: EntityCandidate, b: EntityCandidate): boolean {
  if (a.articleCount !== b.articleCount) return a.articleCount > b.articleCount;
  const ta = createdAtOf(a);
  const tb = createdAtOf(b);
  if (ta !== tb) return ta < tb;
  return a.id < b.id;
}

export interface MergeEvidence {
  reason: string;
  score: number;
  /** How the article linked them: an equal key overrides "mentioned apart in one article". */
  relation?: NameRelation | 'lexicon';
}

function candidatesConflict(a: Prepared, b: Prepared, relation: MergeEvidence['relation']): boolean {
  const ca = a.candidate;
  const cb = b.candidate;
  if (ca.type !== cb.type) return true;
  if (ca.lexiconId && cb.lexiconId && ca.lexiconId !== cb.lexiconId) return true;
  if (ca.type !== 'PERSON') return false;
  if (gendersConflict(ca.gender, cb.gender)) return true;
  const names = bestRelation(a.full, b.full);
  if (names.conflict && RELATION_RANK[names.best] < RELATION_RANK.phonetic) return true;
  const apart = a.coPersonIds.has(cb.id) || b.coPersonIds.has(ca.id);
  return apart && relation !== 'key';
}

/**
 * Merge instructions when an article proves two stored entities are one (e.g. a Hindi-only and an
 * English-only person linked by a later article): keeps the one in more articles (then the older,
 * then the smaller id), or returns null when they must not be merged (different types or lexicon
 * ids, conflicting names or genders, or mentioned as two people in one article without equal keys).
 */
export function planEntityMerge(
  a: EntityCandidate,
  b: EntityCandidate,
  evidence: MergeEvidence,
): EntityMergePlan | null {
  if (a.id === b.id) return null;
  if (candidatesConflict(prepare(a), prepare(b), evidence.relation)) return null;
  const [keep, merge] = keeps(a, b) ? [a, b] : [b, a];
  return {
    entityType: a.type,
    keepId: keep.id,
    mergeId: merge.id,
    mergedName: merge.name,
    reason: evidence.reason,
    score: evidence.score,
  };
}

/**
 * One stored mention in an article that mentions a candidate, as persistence can load it with one
 * join (`Mention m1 JOIN Mention m2 ON m2.articleId = m1.articleId WHERE m1.personId IN candidates`,
 * plus the organisation/place row of `m2` and the candidate's affiliations in that article).
 */
export interface MemberMentionRow {
  /** The candidate person. */
  candidateId: string;
  articleId: string;
  /** The mentioned entity: the candidate itself, another person, an organisation or a place. */
  entityType: EntityType;
  entityId: string;
  /** `Mention.text` (for organisations and places, their stored name is as good). */
  text: string;
  /** Organisation/place lexicon id, place kind. */
  lexiconId?: string | null;
  kind?: string | null;
  /** The article affiliates the candidate with this organisation (an `Affiliation` row). */
  affiliated?: boolean;
}

/** Groups mention rows into one `CandidateMember` per candidate and article (see `memberOf`). */
export function membersFromMentions(rows: Iterable<MemberMentionRow>): Map<string, CandidateMember[]> {
  type Draft = {
    forms: Set<string>;
    coPersons: Set<string>;
    organizations: Map<string, EntityRef>;
    affiliations: Map<string, EntityRef>;
    places: Map<string, EntityRef>;
  };
  const drafts = new Map<string, Map<string, Draft>>();
  for (const row of rows) {
    const byArticle = drafts.get(row.candidateId) ?? new Map<string, Draft>();
    drafts.set(row.candidateId, byArticle);
    let draft = byArticle.get(row.articleId);
    if (!draft) {
      draft = {
        forms: new Set(),
        coPersons: new Set(),
        organizations: new Map(),
        affiliations: new Map(),
        places: new Map(),
      };
      byArticle.set(row.articleId, draft);
    }
    const ref: EntityRef = { name: row.text, lexiconId: row.lexiconId ?? null, kind: row.kind ?? null };
    if (row.entityType === 'PERSON') {
      (row.entityId === row.candidateId ? draft.forms : draft.coPersons).add(row.text);
    } else if (row.entityType === 'ORGANIZATION') {
      draft.organizations.set(row.entityId, ref);
      if (row.affiliated) draft.affiliations.set(row.entityId, ref);
    } else draft.places.set(row.entityId, ref);
  }
  const out = new Map<string, CandidateMember[]>();
  for (const [candidateId, byArticle] of drafts) {
    out.set(
      candidateId,
      [...byArticle.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, d]) => ({
          forms: [...d.forms],
          coPersons: [...d.coPersons],
          organizations: [...d.organizations.values()],
          affiliations: [...d.affiliations.values()],
          places: [...d.places.values()],
        })),
    );
  }
  return out;
}

// ------------------------------------------------------------------------------ aliases

const NAME_FORMS = new Set<Mention['form']>(['NAME', 'SHORT', 'ACRONYM']);

/**
 * The aliases to record for one article entity: its name, every alias and its Latin name, each with
 * its keys and the number of this article's name mentions written exactly so. A person form that
 * conflicts with the entity's name (same surname, other given name) is left out.
 */
export function entityAliases(doc: ResolvableDoc, index: number): AliasRecord[] {
  const entity = doc.entities[index];
  if (!entity) return [];
  const counts = new Map<string, number>();
  for (const mention of doc.mentions) {
    if (mention.entity !== index || !NAME_FORMS.has(mention.form)) continue;
    counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1);
  }
  return formsOf(entity)
    .filter((form) => consistentForm(form, entity))
    .map((form) => ({ ...aliasKeys(form, entity.type), count: counts.get(form) ?? 0 }))
    .filter((alias) => alias.key !== '');
}

/** What to load candidates by for one article (see `EntityLookup`). */
export function lookupKeys(doc: ResolvableDoc): EntityLookup {
  const lexiconIds = new Set<string>();
  const keys = new Set<string>();
  const phonetics = new Set<string>();
  const tokens = new Set<string>();
  doc.entities.forEach((entity, index) => {
    const profile = profileOf(entity, index);
    if (profile.lexiconId) lexiconIds.add(profile.lexiconId);
    for (const parts of profile.parts) keys.add(parts.key);
    for (const key of profile.nameKeys) keys.add(key);
    if (profile.type !== 'PERSON') return;
    for (const parts of profile.full) {
      phonetics.add(parts.phonetic);
      keys.add(parts.tokens.join(''));
      tokens.add(parts.tokens[0]!);
      tokens.add(parts.tokens[parts.tokens.length - 1]!);
    }
    for (const parts of profile.single) tokens.add(parts.key);
  });
  return { lexiconIds: [...lexiconIds], keys: [...keys], phonetics: [...phonetics], tokens: [...tokens] };
}

/** Whether a stored alias is one `lookupKeys` would load (for in-memory stores and tests). */
export function aliasMatchesLookup(
  alias: Pick<AliasKeys, 'key' | 'phonetic'>,
  type: EntityType,
  lookup: EntityLookup,
): boolean {
  if (lookup.keys.includes(alias.key)) return true;
  if (type !== 'PERSON') return false;
  if (lookup.phonetics.includes(alias.phonetic)) return true;
  const words = alias.key.split(' ');
  return words.some((w) => lookup.tokens.includes(w));
}

// ------------------------------------------------------------------------------ resolution

/** Union-find over stored ids, remembering why each union was made. */
class MergeSet {
  private readonly parent = new Map<string, string>();
  readonly evidence: Array<{ a: string; b: string; evidence: MergeEvidence }> = [];

  find(id: string): string {
    let root = id;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    return root;
  }

  union(a: string, b: string, evidence: MergeEvidence): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    this.parent.set(rb, ra);
    this.evidence.push({ a, b, evidence });
  }
}

/**
 * Resolves one article's entities against stored candidates (see module doc). `candidates` may hold
 * anything; only those that match are used. The result is deterministic for a given input.
 */
export function resolveArticleEntities(
  doc: ResolvableDoc,
  candidates: readonly EntityCandidate[],
): ArticleResolution {
  const profiles = doc.entities.map(profileOf);
  const prepared = [...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(prepare);
  const preparedById = new Map(prepared.map((p) => [p.candidate.id, p]));
  const ofType = (type: EntityType) => prepared.filter((p) => p.candidate.type === type);

  /** Accepted matches per article entity, best first. */
  const accepted = new Map<number, Match[]>();
  const best = (index: number) => accepted.get(index)?.[0];

  // 1. Organisations and places.
  for (const profile of profiles) {
    if (profile.type === 'PERSON') continue;
    const matches = ofType(profile.type)
      .map((c) => matchLexical(profile, c))
      .filter((m): m is Match => m !== null);
    const lexiconIds = new Set(
      matches.map((m) => preparedById.get(m.id)?.candidate.lexiconId).filter((id): id is string => !!id),
    );
    // Two gazetteer entries share the name (two Aurangabads) and the article does not say which: new.
    if (!profile.lexiconId && lexiconIds.size > 1) continue;
    if (matches.length > 0) accepted.set(profile.index, sortMatches(matches, preparedById));
  }

  // 2. Persons with a full name.
  const persons = profiles.filter((p) => p.type === 'PERSON');
  const fullPersons = persons.filter((p) => p.full.length > 0);
  const personCandidates = ofType('PERSON');
  const articleSide = new Map<number, PreparedMember>(
    persons.map((p) => [p.index, prepareMember(memberOf(doc, p.index), p.entity.name)]),
  );
  const sideOf = (profile: Profile) => articleSide.get(profile.index)!;
  for (const profile of fullPersons) {
    const matches = personCandidates
      .map((c) => matchFullPerson(profile, sideOf(profile), c))
      .filter((m): m is Match => m !== null);
    if (matches.length > 0) accepted.set(profile.index, sortMatches(matches, preparedById));
  }
  settleClaims(fullPersons, accepted);

  // 3. Single-word persons.
  const claimed = new Set<string>();
  for (const profile of fullPersons) for (const m of accepted.get(profile.index) ?? []) claimed.add(m.id);
  const singlePersons = persons.filter((p) => p.full.length === 0 && p.single.length > 0);
  // A short form the entity stage left apart from the one full name of the article it fits is that
  // person (a coreference miss); with two fitting full names it is nobody's, here or elsewhere.
  const sameAs = new Map<number, Profile>();
  for (const profile of singlePersons) {
    const inArticle = fullPersons.filter(
      (p) => shortFits(profile.single, p.full) && !gendersConflict(profile.gender, p.gender),
    );
    if (inArticle.length === 1) sameAs.set(profile.index, inArticle[0]!);
  }
  for (const profile of singlePersons) {
    if (sameAs.has(profile.index)) continue;
    if (fullPersons.some((p) => shortFits(profile.single, p.full))) continue;
    // Exactly one stored full name may fit it in context: one of its articles names that full name
    // and shares a co-mentioned person with this one (a party or a place alone is not enough: a
    // party is full of one family's surname).
    const fitting: Match[] = [];
    for (const c of personCandidates) {
      if (c.full.length === 0 || !shortFits(profile.single, c.full)) continue;
      if (gendersConflict(profile.gender, c.candidate.gender)) continue;
      const ctx = bestMemberContext(sideOf(profile), c, (member) => shortFits(profile.single, member.full));
      if (!strongShortFormContext(ctx)) continue;
      fitting.push({
        id: c.candidate.id,
        score: 0.6 + 0.3 * ctx.score,
        reason: reasonOf('short-form-in-context', ctx),
        relation: 'short',
      });
    }
    // ... and no other stored full name may fit it by name at all.
    const byName = personCandidates.filter((c) => c.full.length > 0 && shortFits(profile.single, c.full));
    const only = fitting.length === 1 && byName.length === 1 ? fitting[0]! : undefined;
    if (only && !claimed.has(only.id)) accepted.set(profile.index, [only]);
  }

  // 4. A full name claims a stored single-word entity it alone fits.
  const merges = new MergeSet();
  const retarget = new Map<number, Match>();
  const singleCandidates = personCandidates.filter((c) => c.full.length === 0 && c.single.length > 0);
  for (const single of singleCandidates) {
    const sid = single.candidate.id;
    // Exactly one full name of this article fits it by name, with a co-mentioned person in common,
    // and no other stored full name fits it so.
    const claimants = fullPersons.filter(
      (profile) =>
        shortFits(single.single, profile.full) && !gendersConflict(profile.gender, single.candidate.gender),
    );
    if (claimants.length !== 1) continue;
    const profile = claimants[0]!;
    const target = best(profile.index)?.id;
    if (target && single.coPersonIds.has(target)) continue;
    const ctx = bestMemberContext(sideOf(profile), single);
    if (!strongShortFormContext(ctx)) continue;
    const rivals = personCandidates.filter(
      (c) => c.candidate.id !== target && c.full.length > 0 && shortFits(single.single, c.full),
    );
    if (rivals.length > 0) continue;
    const evidence = {
      reason: reasonOf('full-name-of-short-form', ctx),
      score: 0.6 + 0.3 * ctx.score,
      relation: 'short' as const,
    };
    if (target) merges.union(target, sid, evidence);
    else if (!retarget.has(profile.index)) retarget.set(profile.index, { id: sid, ...evidence });
    else merges.union(retarget.get(profile.index)!.id, sid, evidence);
  }
  for (const [index, match] of retarget) accepted.set(index, [match]);

  // 5. An entity matching several stored entities proves them one.
  for (const profile of profiles) {
    const matches = accepted.get(profile.index) ?? [];
    const first = matches[0];
    if (!first) continue;
    for (const other of matches.slice(1)) {
      merges.union(first.id, other.id, {
        reason: `linked-by-article:${other.reason}`,
        score: Math.min(first.score, other.score),
        relation: other.relation,
      });
    }
  }
  const mergePlans = planMerges(merges, preparedById);
  const finalId = (id: string) => {
    let current = id;
    for (const plan of mergePlans) if (plan.mergeId === current) current = plan.keepId;
    return current;
  };

  // 6. Decisions. Persons of this article that are one person by name (a coreference miss: the
  //    name in both scripts, a middle name more, a short form) share one target.
  const groupOf = personGroups(fullPersons, sameAs);
  const groupMatch = new Map<number, Match>();
  for (const profile of persons) {
    const group = groupOf.get(profile.index);
    const match = best(profile.index);
    if (group === undefined || !match) continue;
    const current = groupMatch.get(group);
    if (!current || current.score < match.score) groupMatch.set(group, match);
  }
  const groupPlan = new Map<number, NewEntityPlan>();
  const decisions: EntityDecision[] = [];
  const created: NewEntityPlan[] = [];
  for (const profile of profiles) {
    const group = groupOf.get(profile.index);
    const own = best(profile.index);
    const match = own ?? (group === undefined ? undefined : groupMatch.get(group));
    if (match) {
      decisions.push({
        entity: profile.index,
        type: profile.type,
        target: { kind: 'existing', id: finalId(match.id) },
        score: round3(own ? match.score : Math.min(match.score, 0.9)),
        reason: own ? match.reason : 'same-person-in-article',
        droppedForms: droppedForms(profile.entity),
      });
      continue;
    }
    const twin =
      group === undefined
        ? created.find((plan) => plan.type === profile.type && sameNewEntity(profile, plan, profiles))
        : groupPlan.get(group);
    const plan = twin ?? {
      ref: `new:${created.length}`,
      type: profile.type,
      name: '',
      key: '',
      lexiconId: profile.lexiconId,
      gender: profile.gender,
      entities: [],
    };
    if (!twin) created.push(plan);
    if (group !== undefined) groupPlan.set(group, plan);
    plan.entities.push(profile.index);
    plan.lexiconId ??= profile.lexiconId;
    plan.gender ??= profile.gender;
    decisions.push({
      entity: profile.index,
      type: profile.type,
      target: { kind: 'new', ref: plan.ref },
      score: 1,
      reason: twin ? 'new:same-in-article' : candidates.length === 0 ? 'new:no-candidate' : 'new:no-match',
      droppedForms: droppedForms(profile.entity),
    });
  }
  decisions.sort((a, b) => a.entity - b.entity);
  for (const plan of created) {
    plan.entities.sort((a, b) => a - b);
    const aliases = plan.entities.flatMap((index) => entityAliases(doc, index));
    plan.name = chooseCanonicalName(aliases, plan.type);
    plan.key = canonicalKey(plan.name, plan.type);
  }
  return { decisions, created, merges: mergePlans };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function sortMatches(matches: Match[], byId: Map<string, Prepared>): Match[] {
  return matches.sort((a, b) => {
    if (b.score !== a.score) return b.score - a.score;
    const ca = byId.get(a.id)?.candidate;
    const cb = byId.get(b.id)?.candidate;
    if (ca && cb) return keeps(ca, cb) ? -1 : 1;
    return a.id < b.id ? -1 : 1;
  });
}

/**
 * Two article entities accepting the same candidate must have compatible names (a coreference miss,
 * `नीतीश कुमार` and `Nitish Kumar` in one Hindi article); otherwise the better one keeps it.
 */
function settleClaims(profiles: readonly Profile[], accepted: Map<number, Match[]>): void {
  const holders = new Map<string, Array<{ profile: Profile; match: Match }>>();
  for (const profile of profiles) {
    for (const match of accepted.get(profile.index) ?? []) {
      holders.set(match.id, [...(holders.get(match.id) ?? []), { profile, match }]);
    }
  }
  for (const [id, list] of holders) {
    if (list.length < 2) continue;
    list.sort((a, b) => b.match.score - a.match.score || a.profile.index - b.profile.index);
    const keeper = list[0]!.profile;
    for (const { profile } of list.slice(1)) {
      const { best, conflict } = bestRelation(keeper.full, profile.full);
      if (!conflict && RELATION_RANK[best] >= RELATION_RANK.phonetic) continue;
      const remaining = (accepted.get(profile.index) ?? []).filter((m) => m.id !== id);
      if (remaining.length > 0) accepted.set(profile.index, remaining);
      else accepted.delete(profile.index);
    }
  }
}

/** Organisations or places of one article that become one new entity: same lexicon id or name key. */
function sameNewEntity(profile: Profile, plan: NewEntityPlan, profiles: readonly Profile[]): boolean {
  return plan.entities.some((index) => {
    const other = profiles[index];
    if (!other) return false;
    if (profile.lexiconId && other.lexiconId) return profile.lexiconId === other.lexiconId;
    return [...profile.nameKeys].some((key) => other.nameKeys.has(key));
  });
}

/**
 * Groups of one article's persons that are one person by name: full names equal by key or sound,
 * one extending the other, initials (never a conflict or opposite genders), and each short form with
 * the one full name it fits (`sameAs`). Maps every grouped profile index to its group's smallest index.
 */
function personGroups(
  fullPersons: readonly Profile[],
  sameAs: ReadonlyMap<number, Profile>,
): Map<number, number> {
  const parent = new Map<number, number>();
  const find = (i: number): number => {
    let root = i;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  };
  for (const p of fullPersons) parent.set(p.index, p.index);
  for (let i = 0; i < fullPersons.length; i++) {
    for (let j = i + 1; j < fullPersons.length; j++) {
      const a = fullPersons[i]!;
      const b = fullPersons[j]!;
      if (gendersConflict(a.gender, b.gender)) continue;
      const relation = bestRelation(a.full, b.full);
      if (!relation.conflict && RELATION_RANK[relation.best] >= RELATION_RANK.extension)
        union(a.index, b.index);
    }
  }
  for (const [index, full] of sameAs) {
    parent.set(index, index);
    union(index, full.index);
  }
  const groups = new Map<number, number>();
  for (const index of parent.keys()) groups.set(index, find(index));
  return groups;
}

/** Turns unions into merge plans: every group keeps its best entity (`keeps`), conflicts are skipped. */
function planMerges(merges: MergeSet, byId: Map<string, Prepared>): EntityMergePlan[] {
  const plans: EntityMergePlan[] = [];
  const groups = new Map<string, Set<string>>();
  const evidenceOf = new Map<string, MergeEvidence>();
  for (const { a, b, evidence } of merges.evidence) {
    const root = merges.find(a);
    const group = groups.get(root) ?? new Set<string>();
    group.add(a);
    group.add(b);
    groups.set(root, group);
    if (!evidenceOf.has(b)) evidenceOf.set(b, evidence);
    if (!evidenceOf.has(a)) evidenceOf.set(a, evidence);
  }
  for (const group of groups.values()) {
    const members = [...group].map((id) => byId.get(id)).filter((p): p is Prepared => p !== undefined);
    if (members.length < 2) continue;
    members.sort((a, b) => (keeps(a.candidate, b.candidate) ? -1 : 1));
    const keep = members[0]!;
    const kept = [keep];
    for (const member of members.slice(1)) {
      const evidence = evidenceOf.get(member.candidate.id) ?? { reason: 'linked-by-article', score: 0.9 };
      if (kept.some((k) => candidatesConflict(k, member, evidence.relation))) continue;
      kept.push(member);
      plans.push({
        entityType: member.candidate.type,
        keepId: keep.candidate.id,
        mergeId: member.candidate.id,
        mergedName: member.candidate.name,
        reason: evidence.reason,
        score: round3(evidence.score),
      });
    }
  }
  return plans;
}
