/**
 * Maps one article's entities to database entities: loads the candidates that share a name key
 * (or a lexicon id) with the article's entities, lets the pure matcher in `resolve/` decide, then
 * creates the new entities and records every surface form as an alias.
 */
import type { Prisma } from '@newsgraph/schema';
import type { ArticleEntity, Doc, EntityType, Script } from '../domain.js';
import {
  type Candidate,
  chooseCanonicalName,
  decideEntity,
  nameKey,
  phoneticKey,
  scriptOf,
} from './entity-keys.js';

type Tx = Prisma.TransactionClient;

/** Database id of each `doc.entities[i]` (undefined when the entity was dropped). */
export type EntityIds = Array<string | undefined>;

export interface ResolvedEntities {
  ids: EntityIds;
  created: Record<EntityType, number>;
  touched: { persons: string[]; organizations: string[]; places: string[] };
  datelinePlaceId: string | null;
}

const SCRIPT: Record<Script, 'LATN' | 'DEVA' | 'OTHER'> = { latn: 'LATN', deva: 'DEVA', other: 'OTHER' };

function formsOf(e: ArticleEntity): string[] {
  return [...new Set([e.name, ...e.aliases].map((s) => s.trim()).filter(Boolean))];
}

async function loadCandidates(tx: Tx, type: EntityType, keys: string[], lexiconIds: string[]) {
  const byAlias = await tx.alias.findMany({
    where: { entityType: type, key: { in: keys } },
    select: { personId: true, organizationId: true, placeId: true },
  });
  const ids = new Set(
    byAlias.map((a) => a.personId ?? a.organizationId ?? a.placeId).filter(Boolean) as string[],
  );
  const aliasSelect = { select: { form: true, key: true, phonetic: true, count: true } } as const;
  const out: Candidate[] = [];
  if (type === 'PERSON') {
    const rows = await tx.person.findMany({
      where: { id: { in: [...ids] } },
      include: { aliases: aliasSelect, affiliations: { select: { organizationId: true } } },
    });
    for (const r of rows) {
      out.push({
        id: r.id,
        name: r.name,
        lexiconId: null,
        aliases: r.aliases,
        organizationIds: r.affiliations.map((a) => a.organizationId).filter(Boolean) as string[],
      });
    }
  } else if (type === 'ORGANIZATION') {
    const rows = await tx.organization.findMany({
      where: {
        OR: [{ id: { in: [...ids] } }, ...(lexiconIds.length ? [{ lexiconId: { in: lexiconIds } }] : [])],
      },
      include: { aliases: aliasSelect },
    });
    for (const r of rows)
      out.push({ id: r.id, name: r.name, lexiconId: r.lexiconId, aliases: r.aliases, organizationIds: [] });
  } else {
    const rows = await tx.place.findMany({
      where: {
        OR: [{ id: { in: [...ids] } }, ...(lexiconIds.length ? [{ lexiconId: { in: lexiconIds } }] : [])],
      },
      include: { aliases: aliasSelect },
    });
    for (const r of rows)
      out.push({ id: r.id, name: r.name, lexiconId: r.lexiconId, aliases: r.aliases, organizationIds: [] });
  }
  return out;
}

export async function resolveEntities(tx: Tx, articleId: string, doc: Doc): Promise<ResolvedEntities> {
  const ids: EntityIds = [];
  const created: Record<EntityType, number> = { PERSON: 0, ORGANIZATION: 0, PLACE: 0 };
  const touched = { persons: new Set<string>(), organizations: new Set<string>(), places: new Set<string>() };

  // Organisations and places first: person matching uses shared organisations as context.
  const order = doc.entities
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e.type) - rank(b.e.type) || a.i - b.i);
  for (const { e, i } of order) {
    const forms = formsOf(e);
    if (!forms.length) continue;
    const keys = [...new Set(forms.map(nameKey).filter(Boolean))];
    const lexiconIds = e.lexiconId ? [e.lexiconId] : [];
    const candidates = await loadCandidates(tx, e.type, keys, lexiconIds);
    const articleOrgIds = doc.affiliations
      .filter((a) => a.person === i && a.organization !== null)
      .map((a) => ids[a.organization!])
      .filter(Boolean) as string[];
    const decision = decideEntity(e, forms, candidates, { organizationIds: articleOrgIds });
    let id: string;
    if (decision.attachTo) {
      id = decision.attachTo;
    } else {
      id = await createEntity(tx, e, forms);
      created[e.type]++;
    }
    ids[i] = id;
    await recordAliases(tx, e.type, id, forms, articleId);
    (e.type === 'PERSON'
      ? touched.persons
      : e.type === 'ORGANIZATION'
        ? touched.organizations
        : touched.places
    ).add(id);
  }
  for (const id of touched.persons) await refreshCanonicalName(tx, 'PERSON', id);
  for (const id of touched.organizations) await refreshCanonicalName(tx, 'ORGANIZATION', id);
  for (const id of touched.places) await refreshCanonicalName(tx, 'PLACE', id);

  const datelineMention = doc.meta.datelineSpan
    ? doc.mentions.find((m) => m.type === 'PLACE' && m.start === doc.meta.datelineSpan!.start)
    : undefined;
  return {
    ids,
    created,
    touched: {
      persons: [...touched.persons],
      organizations: [...touched.organizations],
      places: [...touched.places],
    },
    datelinePlaceId: datelineMention ? (ids[datelineMention.entity] ?? null) : null,
  };
}

function rank(type: EntityType): number {
  return type === 'ORGANIZATION' ? 0 : type === 'PLACE' ? 1 : 2;
}

async function createEntity(tx: Tx, e: ArticleEntity, forms: string[]): Promise<string> {
  const name = chooseCanonicalName(forms.map((form) => ({ form, count: 1 })));
  const key = nameKey(name);
  if (e.type === 'PERSON') {
    const row = await tx.person.create({
      data: { name, key, gender: e.gender ?? null, description: e.descriptions[0] ?? null },
      select: { id: true },
    });
    return row.id;
  }
  if (e.type === 'ORGANIZATION') {
    const acronym = forms.find((f) => /^[A-Z][A-Z.&-]{1,9}$/.test(f)) ?? null;
    const row = await tx.organization.create({
      data: { name, key, acronym, lexiconId: e.lexiconId ?? null },
      select: { id: true },
    });
    return row.id;
  }
  const row = await tx.place.create({
    data: { name, key, kind: e.placeKind ?? 'OTHER', lexiconId: e.lexiconId ?? null },
    select: { id: true },
  });
  return row.id;
}

async function recordAliases(tx: Tx, type: EntityType, id: string, forms: string[], articleId: string) {
  const owner =
    type === 'PERSON' ? { personId: id } : type === 'ORGANIZATION' ? { organizationId: id } : { placeId: id };
  await tx.alias.createMany({
    data: forms.map((form) => ({
      entityType: type,
      ...owner,
      form,
      key: nameKey(form),
      phonetic: phoneticKey(form) || null,
      script: SCRIPT[scriptOf(form)],
      firstArticleId: articleId,
    })),
    skipDuplicates: true,
  });
}

/** The canonical name is a function of all aliases seen, so it does not depend on ingest order. */
async function refreshCanonicalName(tx: Tx, type: EntityType, id: string) {
  const owner =
    type === 'PERSON' ? { personId: id } : type === 'ORGANIZATION' ? { organizationId: id } : { placeId: id };
  const aliases = await tx.alias.findMany({ where: owner, select: { form: true, count: true } });
  if (!aliases.length) return;
  const name = chooseCanonicalName(aliases);
  const data = { name, key: nameKey(name) };
  if (type === 'PERSON') await tx.person.update({ where: { id }, data });
  else if (type === 'ORGANIZATION') await tx.organization.update({ where: { id }, data });
  else await tx.place.update({ where: { id }, data });
}
