/**
 * Maps one article's entities to database entities with the pure resolver of `resolve/`:
 * loads the candidates the article's names point at (lexicon ids, name keys, phonetic keys, name
 * words) with their context (affiliations, co-occurring people, organisations and places), lets
 * `resolveArticleEntities` decide, then executes its merges, creates the new entities and records
 * every surface form as an alias. Mirrors `resolve/memory-store.ts`, the in-memory reference.
 */
import type { Prisma } from '@newsgraph/schema';
import type { Doc, EntityType } from '../domain.js';
import { canonicalKey, chooseCanonicalName } from '../resolve/canonical-name.js';
import {
  type CandidateMember,
  type EntityCandidate,
  type EntityRef,
  entityAliases,
  lookupKeys,
  resolveArticleEntities,
} from '../resolve/match-entities.js';
import { MERGEABLE_TYPE, mergeEntitiesInTransaction } from './merge-entities.js';

type Tx = Prisma.TransactionClient;

/** Database id of each `doc.entities[i]` (undefined when the entity was dropped). */
export type EntityIds = Array<string | undefined>;

export interface ResolvedEntities {
  ids: EntityIds;
  /** Forms of each entity that must not be linked to it (coreference slips). */
  dropped: Array<Set<string>>;
  created: Record<EntityType, number>;
  touched: { persons: string[]; organizations: string[]; places: string[] };
  datelinePlaceId: string | null;
}

const COLUMN: Record<EntityType, 'personId' | 'organizationId' | 'placeId'> = {
  PERSON: 'personId',
  ORGANIZATION: 'organizationId',
  PLACE: 'placeId',
};

interface OwnerRow {
  personId: string | null;
  organizationId: string | null;
  placeId: string | null;
}

/** Ids of the stored entities an article's names point at. */
async function candidateIds(tx: Tx, doc: Doc): Promise<Record<EntityType, string[]>> {
  const lookup = lookupKeys(doc);
  const rows =
    lookup.keys.length + lookup.phonetics.length + lookup.tokens.length
      ? await tx.$queryRawUnsafe<OwnerRow[]>(
          `SELECT DISTINCT "personId", "organizationId", "placeId" FROM "Alias"
         WHERE "key" = ANY($1::text[])
            OR ("entityType" = 'PERSON' AND "phonetic" = ANY($2::text[]))
            OR ("entityType" = 'PERSON' AND string_to_array("key", ' ') && $3::text[])`,
          lookup.keys,
          lookup.phonetics,
          lookup.tokens,
        )
      : [];
  const out: Record<EntityType, Set<string>> = {
    PERSON: new Set(),
    ORGANIZATION: new Set(),
    PLACE: new Set(),
  };
  for (const r of rows) {
    if (r.personId) out.PERSON.add(r.personId);
    if (r.organizationId) out.ORGANIZATION.add(r.organizationId);
    if (r.placeId) out.PLACE.add(r.placeId);
  }
  if (lookup.lexiconIds.length) {
    const lex = { lexiconId: { in: lookup.lexiconIds } };
    for (const o of await tx.organization.findMany({ where: lex, select: { id: true } }))
      out.ORGANIZATION.add(o.id);
    for (const p of await tx.place.findMany({ where: lex, select: { id: true } })) out.PLACE.add(p.id);
  }
  return { PERSON: [...out.PERSON], ORGANIZATION: [...out.ORGANIZATION], PLACE: [...out.PLACE] };
}

/** The stored entities with their aliases and the context the resolver weighs. */
async function loadCandidates(tx: Tx, ids: Record<EntityType, string[]>): Promise<EntityCandidate[]> {
  const all = [...ids.PERSON, ...ids.ORGANIZATION, ...ids.PLACE];
  if (!all.length) return [];
  const aliases = await tx.alias.findMany({
    where: {
      OR: [
        { personId: { in: ids.PERSON } },
        { organizationId: { in: ids.ORGANIZATION } },
        { placeId: { in: ids.PLACE } },
      ],
    },
    select: { personId: true, organizationId: true, placeId: true, form: true, count: true },
  });
  const aliasesOf = new Map<string, Array<{ form: string; count: number }>>();
  for (const a of aliases) {
    const owner = (a.personId ?? a.organizationId ?? a.placeId)!;
    const list = aliasesOf.get(owner) ?? [];
    list.push({ form: a.form, count: a.count });
    aliasesOf.set(owner, list);
  }
  const members = ids.PERSON.length ? await loadMembers(tx, ids.PERSON) : new Map<string, PersonContext>();
  const out: EntityCandidate[] = [];
  if (ids.PERSON.length) {
    const persons = await tx.person.findMany({
      where: { id: { in: ids.PERSON } },
      select: {
        id: true,
        name: true,
        gender: true,
        createdAt: true,
      },
    });
    for (const p of persons) {
      const c = members.get(p.id);
      out.push({
        id: p.id,
        type: 'PERSON',
        name: p.name,
        gender: p.gender === 'm' || p.gender === 'f' ? p.gender : null,
        aliases: aliasesOf.get(p.id) ?? [],
        members: c?.members ?? [],
        coPersonIds: [...(c?.coPersonIds ?? [])],
        articleCount: c?.articleCount ?? 0,
        createdAt: p.createdAt,
      });
    }
  }
  const counts = async (column: 'organizationId' | 'placeId', list: string[]) => {
    if (!list.length) return new Map<string, number>();
    const rows = await tx.$queryRawUnsafe<Array<{ id: string; n: number }>>(
      `SELECT e."id"::text AS id, c.n FROM unnest($1::uuid[]) AS e("id")
       CROSS JOIN LATERAL (${cappedArticleCount(column, 'e')}) c`,
      list,
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  };
  if (ids.ORGANIZATION.length) {
    const n = await counts('organizationId', ids.ORGANIZATION);
    for (const o of await tx.organization.findMany({ where: { id: { in: ids.ORGANIZATION } } })) {
      out.push({
        id: o.id,
        type: 'ORGANIZATION',
        name: o.name,
        lexiconId: o.lexiconId,
        aliases: aliasesOf.get(o.id) ?? [],
        articleCount: n.get(o.id) ?? 0,
        createdAt: o.createdAt,
      });
    }
  }
  if (ids.PLACE.length) {
    const n = await counts('placeId', ids.PLACE);
    for (const p of await tx.place.findMany({ where: { id: { in: ids.PLACE } } })) {
      out.push({
        id: p.id,
        type: 'PLACE',
        name: p.name,
        lexiconId: p.lexiconId,
        aliases: aliasesOf.get(p.id) ?? [],
        articleCount: n.get(p.id) ?? 0,
        createdAt: p.createdAt,
      });
    }
  }
  return out;
}

/**
 * Articles counted per candidate at most. The count only decides which of two merged entities keeps
 * its id (the more reported one); past this both are well established and the older one is kept,
 * and counting stops there so a famous name costs no more than any other.
 */
const ARTICLE_COUNT_CAP = 1000;

/** SQL (for a LATERAL join on `alias`."id") counting an entity's articles up to `ARTICLE_COUNT_CAP`. */
function cappedArticleCount(column: 'personId' | 'organizationId' | 'placeId', alias: string): string {
  return `SELECT count(*)::int AS n FROM (SELECT DISTINCT "articleId" FROM "Mention"
            WHERE "${column}" = ${alias}."id" ORDER BY "articleId" DESC LIMIT ${ARTICLE_COUNT_CAP}) capped`;
}

interface PersonContext {
  members: CandidateMember[];
  coPersonIds: Set<string>;
  articleCount: number;
}

/**
 * Articles per candidate used as context (the most recent ones). Fifty articles show the people,
 * parties and places around a person well enough to tell namesakes apart; more only multiplies
 * the rows read for every article that names a much-reported person.
 */
const MEMBERS_PER_PERSON = 50;

/**
 * What each article that mentions a candidate person says around it (`CandidateMember`), rebuilt
 * from the stored mentions and affiliations as `memberOf` builds it from an extracted article.
 */
async function loadMembers(tx: Tx, personIds: string[]): Promise<Map<string, PersonContext>> {
  // The most recent articles of each person (ids are time-ordered uuid v7), read from the end of the
  // (personId, articleId) index so a person named in thousands of articles costs the same as one.
  const pairs = await tx.$queryRawUnsafe<Array<{ personId: string; articleId: string; n: number }>>(
    `SELECT p."id"::text AS "personId", x."articleId"::text AS "articleId", c.n
       FROM unnest($1::uuid[]) AS p("id")
       CROSS JOIN LATERAL (${cappedArticleCount('personId', 'p')}) c
       CROSS JOIN LATERAL (
         SELECT DISTINCT "articleId" FROM "Mention" WHERE "personId" = p."id"
          ORDER BY "articleId" DESC LIMIT ${MEMBERS_PER_PERSON}) x`,
    personIds,
  );
  const articlesOf = new Map<string, string[]>();
  const total = new Map<string, number>();
  for (const p of pairs) {
    const list = articlesOf.get(p.personId) ?? [];
    list.push(p.articleId);
    articlesOf.set(p.personId, list);
    total.set(p.personId, p.n);
  }
  const articleIds = [...new Set([...articlesOf.values()].flat())];
  // One row per distinct (article, name form, entity): the resolver needs no more than that.
  const mentions = articleIds.length
    ? await tx.$queryRawUnsafe<MemberRow[]>(
        `SELECT DISTINCT m."articleId"::text AS "articleId", m."personId"::text AS "personId", m."text",
                o."id"::text AS "orgId", o."name" AS "orgName", o."lexiconId" AS "orgLexiconId",
                pl."id"::text AS "placeId", pl."name" AS "placeName", pl."lexiconId" AS "placeLexiconId",
                pl."kind"::text AS "placeKind"
           FROM "Mention" m
           LEFT JOIN "Organization" o ON o."id" = m."organizationId"
           LEFT JOIN "Place" pl ON pl."id" = m."placeId"
          WHERE m."articleId" = ANY($1::uuid[]) AND m."form"::text IN ('NAME', 'SHORT', 'ACRONYM')`,
        articleIds,
      )
    : [];
  const affiliations = articleIds.length
    ? await tx.affiliation.findMany({
        where: { articleId: { in: articleIds }, personId: { in: personIds }, organizationId: { not: null } },
        select: {
          articleId: true,
          personId: true,
          organization: { select: { name: true, lexiconId: true } },
        },
      })
    : [];
  const byArticle = new Map<string, MemberRow[]>();
  for (const m of mentions) {
    const list = byArticle.get(m.articleId) ?? [];
    list.push(m);
    byArticle.set(m.articleId, list);
  }
  const out = new Map<string, PersonContext>();
  for (const [personId, articles] of articlesOf) {
    const context: PersonContext = {
      members: [],
      coPersonIds: new Set(),
      articleCount: total.get(personId) ?? 0,
    };
    // Articles that say the same about the person (syndicated copies) make one member: the
    // resolver takes the best agreement over members, so repeats add nothing.
    const seen = new Set<string>();
    for (const articleId of articles) {
      const list = byArticle.get(articleId) ?? [];
      const orgs = new Map<string, EntityRef>();
      const places = new Map<string, EntityRef>();
      for (const m of list) {
        if (m.orgId) orgs.set(m.orgId, { name: m.orgName!, lexiconId: m.orgLexiconId });
        if (m.placeId)
          places.set(m.placeId, { name: m.placeName!, lexiconId: m.placeLexiconId, kind: m.placeKind });
        if (m.personId && m.personId !== personId) context.coPersonIds.add(m.personId);
      }
      const member: CandidateMember = {
        forms: [...new Set(list.filter((m) => m.personId === personId).map((m) => m.text))].sort(),
        coPersons: [
          ...new Set(list.filter((m) => m.personId && m.personId !== personId).map((m) => m.text)),
        ].sort(),
        organizations: [...orgs.values()].sort(byName),
        affiliations: affiliations
          .filter((a) => a.articleId === articleId && a.personId === personId && a.organization)
          .map((a) => ({ name: a.organization!.name, lexiconId: a.organization!.lexiconId }))
          .sort(byName),
        places: [...places.values()].sort(byName),
      };
      const signature = JSON.stringify(member);
      if (seen.has(signature)) continue;
      seen.add(signature);
      context.members.push(member);
    }
    out.set(personId, context);
  }
  return out;
}

interface MemberRow {
  articleId: string;
  personId: string | null;
  text: string;
  orgId: string | null;
  orgName: string | null;
  orgLexiconId: string | null;
  placeId: string | null;
  placeName: string | null;
  placeLexiconId: string | null;
  placeKind: string | null;
}

const byName = (a: EntityRef, b: EntityRef) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : (a.lexiconId ?? '') < (b.lexiconId ?? '') ? -1 : 0;

export async function resolveEntities(tx: Tx, articleId: string, doc: Doc): Promise<ResolvedEntities> {
  const candidates = await loadCandidates(tx, await candidateIds(tx, doc));
  const resolution = resolveArticleEntities(doc, candidates);

  for (const plan of resolution.merges) {
    await mergeEntitiesInTransaction(tx, {
      type: MERGEABLE_TYPE[plan.entityType],
      keepId: plan.keepId,
      mergeId: plan.mergeId,
      mergedBy: 'resolver',
      reason: plan.reason,
      score: plan.score,
    });
  }

  const created: Record<EntityType, number> = { PERSON: 0, ORGANIZATION: 0, PLACE: 0 };
  const refs = new Map<string, string>();
  for (const plan of resolution.created) {
    const data = { name: plan.name, key: plan.key };
    const gender = plan.gender ?? plan.entities.map((i) => doc.entities[i]?.gender).find(Boolean) ?? null;
    let id: string;
    if (plan.type === 'PERSON') {
      const first = plan.entities.map((i) => doc.entities[i]).find(Boolean);
      id = (
        await tx.person.create({
          data: { ...data, gender, description: first?.descriptions[0] ?? null },
          select: { id: true },
        })
      ).id;
    } else if (plan.type === 'ORGANIZATION') {
      const forms = plan.entities.flatMap((i) => doc.entities[i]?.aliases ?? []);
      const acronym = forms.find((f) => /^[A-Z][A-Z.&-]{1,9}$/.test(f)) ?? null;
      id = (
        await tx.organization.create({
          data: { ...data, acronym, lexiconId: plan.lexiconId },
          select: { id: true },
        })
      ).id;
    } else {
      const kind = plan.entities.map((i) => doc.entities[i]?.placeKind).find(Boolean) ?? 'OTHER';
      id = (
        await tx.place.create({ data: { ...data, kind, lexiconId: plan.lexiconId }, select: { id: true } })
      ).id;
    }
    refs.set(plan.ref, id);
    created[plan.type]++;
  }

  const ids: EntityIds = [];
  const dropped: Array<Set<string>> = [];
  for (const decision of resolution.decisions) {
    ids[decision.entity] =
      decision.target.kind === 'existing' ? decision.target.id : refs.get(decision.target.ref);
    dropped[decision.entity] = new Set(decision.droppedForms);
  }

  // Aliases (counts are recomputed from mentions once they are written).
  const touched = { PERSON: new Set<string>(), ORGANIZATION: new Set<string>(), PLACE: new Set<string>() };
  const aliasRows: Prisma.AliasCreateManyInput[] = [];
  doc.entities.forEach((entity, index) => {
    const id = ids[index];
    if (!id) return;
    touched[entity.type].add(id);
    for (const alias of entityAliases(doc, index)) {
      aliasRows.push({
        entityType: entity.type,
        [COLUMN[entity.type]]: id,
        form: alias.form,
        key: alias.key,
        phonetic: alias.phonetic || null,
        script: alias.script === 'deva' ? 'DEVA' : alias.script === 'latn' ? 'LATN' : 'OTHER',
        firstArticleId: articleId,
      });
    }
  });
  if (aliasRows.length) await tx.alias.createMany({ data: aliasRows, skipDuplicates: true });
  // Lexicon ids and genders found now fill what stored entities lack.
  const stored = new Map(candidates.map((c) => [c.id, c]));
  for (const [index, entity] of doc.entities.entries()) {
    const id = ids[index];
    const candidate = id ? stored.get(id) : undefined;
    if (!id || !candidate) continue; // new entities were created with what the article knows
    if (entity.type === 'PERSON' ? candidate.gender : candidate.lexiconId) continue;
    if (entity.type === 'PERSON' && entity.gender) {
      await tx.person.updateMany({ where: { id, gender: null }, data: { gender: entity.gender } });
    } else if (entity.type === 'PLACE' && entity.lexiconId) {
      const taken = await tx.place.findUnique({
        where: { lexiconId: entity.lexiconId },
        select: { id: true },
      });
      if (!taken)
        await tx.place.updateMany({ where: { id, lexiconId: null }, data: { lexiconId: entity.lexiconId } });
    } else if (entity.type === 'ORGANIZATION' && entity.lexiconId) {
      const taken = await tx.organization.findUnique({
        where: { lexiconId: entity.lexiconId },
        select: { id: true },
      });
      if (!taken)
        await tx.organization.updateMany({
          where: { id, lexiconId: null },
          data: { lexiconId: entity.lexiconId },
        });
    }
  }

  const datelineMention = doc.meta.datelineSpan
    ? doc.mentions.find((m) => m.type === 'PLACE' && m.start === doc.meta.datelineSpan!.start)
    : undefined;
  return {
    ids,
    dropped,
    created,
    touched: {
      persons: [...touched.PERSON],
      organizations: [...touched.ORGANIZATION],
      places: [...touched.PLACE],
    },
    datelinePlaceId: datelineMention ? (ids[datelineMention.entity] ?? null) : null,
  };
}

/** The canonical name is a function of all aliases seen (with counts), so it does not depend on ingest order. */
export async function refreshCanonicalNames(tx: Tx, type: EntityType, entityIds: string[]): Promise<void> {
  if (!entityIds.length) return;
  const column = COLUMN[type];
  const aliases = await tx.alias.findMany({
    where: { [column]: { in: entityIds } },
    select: { personId: true, organizationId: true, placeId: true, form: true, count: true },
  });
  const byOwner = new Map<string, Array<{ form: string; count: number }>>();
  for (const a of aliases) {
    const owner = a[column]!;
    const list = byOwner.get(owner) ?? [];
    list.push({ form: a.form, count: a.count });
    byOwner.set(owner, list);
  }
  const where = { id: { in: entityIds } };
  const select = { id: true, name: true } as const;
  const current = new Map(
    (type === 'PERSON'
      ? await tx.person.findMany({ where, select })
      : type === 'ORGANIZATION'
        ? await tx.organization.findMany({ where, select })
        : await tx.place.findMany({ where, select })
    ).map((e) => [e.id, e.name]),
  );
  for (const [id, list] of byOwner) {
    const name = chooseCanonicalName(list, type);
    if (current.get(id) === name) continue;
    const data = { name, key: canonicalKey(name, type) };
    if (type === 'PERSON') await tx.person.update({ where: { id }, data });
    else if (type === 'ORGANIZATION') await tx.organization.update({ where: { id }, data });
    else await tx.place.update({ where: { id }, data });
  }
}
