/**
 * Merge of two entities of the same type, by the resolver (an article proves they are one) or by a
 * curator (the `mergeEntities` mutation fixes a wrong split): every alias,
 * mention, statement, participation and affiliation of the merged entity moves to the kept one, the
 * merge is recorded in EntityMerge (who, why, what name disappeared), and the merged entity is
 * deleted, all in one transaction. Rows that would duplicate one the kept entity already has (the
 * same mention span, the same meeting) are dropped instead of moved; alias counts are added up. Meetings
 * and events keyed by the merged id are re-keyed, and two that the merge shows to be one are folded.
 */
import { Prisma, type PrismaClient } from '@newsgraph/schema';

export type MergeableType = 'Person' | 'Organization' | 'Place';

export interface MergeRequest {
  type: MergeableType;
  keepId: string;
  mergeId: string;
  /** `resolver` or `curator:<key name>`. */
  mergedBy: string;
  reason: string;
  /** Confidence of the merge (1 for a curator's). */
  score?: number;
}

export const MERGEABLE_TYPE: Record<'PERSON' | 'ORGANIZATION' | 'PLACE', MergeableType> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
};

export class MergeNotFoundError extends Error {
  constructor(readonly which: 'keepId' | 'mergeId') {
    super(`${which} names no existing entity`);
  }
}

type Tx = Prisma.TransactionClient;

const OWNER_COLUMN: Record<MergeableType, string> = {
  Person: 'personId',
  Organization: 'organizationId',
  Place: 'placeId',
};

const ENTITY_TYPE: Record<MergeableType, 'PERSON' | 'ORGANIZATION' | 'PLACE'> = {
  Person: 'PERSON',
  Organization: 'ORGANIZATION',
  Place: 'PLACE',
};

/**
 * Moves the rows of `table` owned (through `column`) by `mergeId` to `keepId`, after deleting those
 * that would collide with a row of `keepId` on the `sameAs` columns.
 */
async function moveRows(
  tx: Tx,
  table: string,
  column: string,
  sameAs: string[],
  keepId: string,
  mergeId: string,
) {
  const t = Prisma.raw(`"${table}"`);
  const c = Prisma.raw(`"${column}"`);
  if (sameAs.length > 0) {
    const match = Prisma.raw(sameAs.map((col) => `k."${col}" IS NOT DISTINCT FROM m."${col}"`).join(' AND '));
    await tx.$executeRaw`
      DELETE FROM ${t} m USING ${t} k
      WHERE m.${c} = ${mergeId}::uuid AND k.${c} = ${keepId}::uuid AND ${match}`;
  }
  await tx.$executeRaw`UPDATE ${t} SET ${c} = ${keepId}::uuid WHERE ${c} = ${mergeId}::uuid`;
}

async function mergeAliases(tx: Tx, type: MergeableType, keepId: string, mergeId: string) {
  const c = Prisma.raw(`"${OWNER_COLUMN[type]}"`);
  await tx.$executeRaw`
    UPDATE "Alias" k SET "count" = k."count" + m."count", "firstSeenAt" = LEAST(k."firstSeenAt", m."firstSeenAt")
    FROM "Alias" m
    WHERE k.${c} = ${keepId}::uuid AND m.${c} = ${mergeId}::uuid AND k."form" = m."form"`;
  await moveRows(tx, 'Alias', OWNER_COLUMN[type], ['form'], keepId, mergeId);
}

/** The merged entity's own name stays findable as an alias of the kept one. */
async function keepNameAsAlias(
  tx: Tx,
  type: MergeableType,
  keepId: string,
  merged: { name: string; key: string },
) {
  const column = OWNER_COLUMN[type];
  const script = /[\u0900-\u097F]/.test(merged.name)
    ? 'DEVA'
    : /[A-Za-z]/.test(merged.name)
      ? 'LATN'
      : 'OTHER';
  await tx.alias.upsert({
    where:
      type === 'Person'
        ? { personId_form: { personId: keepId, form: merged.name } }
        : type === 'Organization'
          ? { organizationId_form: { organizationId: keepId, form: merged.name } }
          : { placeId_form: { placeId: keepId, form: merged.name } },
    update: {},
    create: {
      entityType: ENTITY_TYPE[type],
      [column]: keepId,
      form: merged.name,
      key: merged.key,
      script,
    } as Prisma.AliasUncheckedCreateInput,
  });
}

async function mergePersonRows(tx: Tx, keepId: string, mergeId: string) {
  await moveRows(tx, 'Mention', 'personId', ['articleId', 'start', 'end', 'entityType'], keepId, mergeId);
  await moveRows(tx, 'Affiliation', 'personId', ['articleId', 'role', 'start'], keepId, mergeId);
  await moveRows(tx, 'Statement', 'speakerId', [], keepId, mergeId);
  await moveRows(tx, 'StatementAbout', 'personId', ['statementId'], keepId, mergeId);
  await moveRows(tx, 'MeetingParticipant', 'personId', ['meetingId'], keepId, mergeId);
  await moveRows(tx, 'EventParticipant', 'personId', ['eventId'], keepId, mergeId);
}

async function mergeOrganizationRows(tx: Tx, keepId: string, mergeId: string) {
  await moveRows(
    tx,
    'Mention',
    'organizationId',
    ['articleId', 'start', 'end', 'entityType'],
    keepId,
    mergeId,
  );
  await moveRows(tx, 'Affiliation', 'organizationId', [], keepId, mergeId);
  await moveRows(tx, 'Statement', 'speakerOrganizationId', [], keepId, mergeId);
  await moveRows(tx, 'EventParticipant', 'organizationId', ['eventId'], keepId, mergeId);
}

async function mergePlaceRows(tx: Tx, keepId: string, mergeId: string) {
  await moveRows(tx, 'Mention', 'placeId', ['articleId', 'start', 'end', 'entityType'], keepId, mergeId);
  await moveRows(tx, 'Meeting', 'placeId', [], keepId, mergeId);
  await moveRows(tx, 'Event', 'placeId', [], keepId, mergeId);
  await moveRows(tx, 'Article', 'datelinePlaceId', [], keepId, mergeId);
}

/**
 * Meetings and events carry their participants' ids in `dedupeKey`, the key later reports find them by. After
 * a merge, keys that held the merged id get the kept one; a meeting whose new key is another's (the same
 * people on the same day, split only by the wrong identity) is folded into it: its reports, participants
 * and statements move over and it is deleted.
 */
async function rekeyEvents(tx: Tx, keepId: string, mergeId: string) {
  const meetings = await tx.$queryRaw<KeyedRow[]>`
    SELECT m."id", m."dedupeKey" FROM "Meeting" m
    JOIN "MeetingParticipant" p ON p."meetingId" = m."id"
    WHERE p."personId" = ${keepId}::uuid AND strpos(m."dedupeKey", ${mergeId}) > 0`;
  await rekeyRows(tx, MEETING_ROWS, meetings, keepId, mergeId);
  const events = await tx.$queryRaw<KeyedRow[]>`
    SELECT DISTINCT e."id", e."dedupeKey" FROM "Event" e
    JOIN "EventParticipant" p ON p."eventId" = e."id"
    WHERE (p."personId" = ${keepId}::uuid OR p."organizationId" = ${keepId}::uuid)
      AND strpos(e."dedupeKey", ${mergeId}) > 0`;
  await rekeyRows(tx, EVENT_ROWS, events, keepId, mergeId);
}

interface KeyedRow {
  id: string;
  dedupeKey: string;
}

/** A keyed table and the rows that hang off it: [table, column naming the owner, columns that must not repeat]. */
interface KeyedTable {
  table: 'Meeting' | 'Event';
  children: Array<[table: string, column: string, sameAs: string[]]>;
}

const MEETING_ROWS: KeyedTable = {
  table: 'Meeting',
  children: [
    ['MeetingReport', 'meetingId', ['articleId']],
    ['MeetingParticipant', 'meetingId', ['personId']],
    ['Statement', 'meetingId', []],
  ],
};
const EVENT_ROWS: KeyedTable = {
  table: 'Event',
  children: [
    ['EventReport', 'eventId', ['articleId']],
    ['EventParticipant', 'eventId', ['personId', 'organizationId']],
  ],
};

async function rekeyRows(tx: Tx, keyed: KeyedTable, rows: KeyedRow[], keepId: string, mergeId: string) {
  const t = Prisma.raw(`"${keyed.table}"`);
  for (const row of rows) {
    const key = rekeyed(row.dedupeKey, keepId, mergeId);
    const [twin] = await tx.$queryRaw<
      Array<{ id: string }>
    >`SELECT "id" FROM ${t} WHERE "dedupeKey" = ${key}`;
    if (!twin) {
      await tx.$executeRaw`UPDATE ${t} SET "dedupeKey" = ${key}, "updatedAt" = now() WHERE "id" = ${row.id}::uuid`;
      continue;
    }
    for (const [table, column, sameAs] of keyed.children)
      await moveRows(tx, table, column, sameAs, twin.id, row.id);
    await fillEmptyFields(tx, keyed.table, twin.id, row.id);
    await tx.$executeRaw`DELETE FROM ${t} WHERE "id" = ${row.id}::uuid`;
  }
}

/** `FAMILY|id+id|bucket` with `mergeId` replaced by `keepId` among the ids, kept sorted and unique. */
function rekeyed(dedupeKey: string, keepId: string, mergeId: string): string {
  const [family = '', ids = '', ...bucket] = dedupeKey.split('|');
  const replaced = [...new Set(ids.split('+').map((id) => (id === mergeId ? keepId : id)))].sort();
  return [family, replaced.join('+'), ...bucket].join('|');
}

/** The date and place the kept meeting or event lacks, from the one folded into it. */
async function fillEmptyFields(tx: Tx, table: 'Meeting' | 'Event', keptId: string, foldedId: string) {
  const t = Prisma.raw(`"${table}"`);
  const venue = Prisma.raw(table === 'Meeting' ? `, "venue" = COALESCE(k."venue", f."venue")` : '');
  await tx.$executeRaw`
    UPDATE ${t} k SET
      "date" = COALESCE(k."date", f."date"),
      "datePrecision" = CASE WHEN k."date" IS NULL THEN f."datePrecision" ELSE k."datePrecision" END,
      "placeId" = COALESCE(k."placeId", f."placeId")${venue}
    FROM ${t} f
    WHERE k."id" = ${keptId}::uuid AND f."id" = ${foldedId}::uuid`;
}

interface EntityRow {
  id: string;
  name: string;
  key: string;
  lexiconId?: string | null;
  acronym?: string | null;
}

async function findPair(tx: Tx, type: MergeableType, keepId: string, mergeId: string) {
  const ids = { in: [keepId, mergeId] };
  const rows: EntityRow[] =
    type === 'Person'
      ? await tx.person.findMany({ where: { id: ids }, select: { id: true, name: true, key: true } })
      : type === 'Organization'
        ? await tx.organization.findMany({
            where: { id: ids },
            select: { id: true, name: true, key: true, lexiconId: true, acronym: true },
          })
        : await tx.place.findMany({
            where: { id: ids },
            select: { id: true, name: true, key: true, lexiconId: true },
          });
  const kept = rows.find((row) => row.id === keepId);
  const merged = rows.find((row) => row.id === mergeId);
  if (!kept) throw new MergeNotFoundError('keepId');
  if (!merged) throw new MergeNotFoundError('mergeId');
  return { kept, merged };
}

/** Performs the merge in its own transaction; returns the id of the kept entity. */
export async function mergeEntities(prisma: PrismaClient, request: MergeRequest): Promise<string> {
  await prisma.$transaction((tx) => mergeEntitiesInTransaction(tx, request));
  return request.keepId;
}

/** Performs the merge inside the caller's transaction. */
export async function mergeEntitiesInTransaction(tx: Tx, request: MergeRequest): Promise<void> {
  const { type, keepId, mergeId } = request;
  {
    const { kept, merged } = await findPair(tx, type, keepId, mergeId);
    await mergeAliases(tx, type, keepId, mergeId);
    await keepNameAsAlias(tx, type, keepId, merged);
    if (type === 'Person') await mergePersonRows(tx, keepId, mergeId);
    if (type === 'Organization') await mergeOrganizationRows(tx, keepId, mergeId);
    if (type !== 'Place') await rekeyEvents(tx, keepId, mergeId);
    if (type === 'Place') await mergePlaceRows(tx, keepId, mergeId);
    await tx.entityMerge.create({
      data: {
        entityType: ENTITY_TYPE[type],
        keptId: keepId,
        mergedId: mergeId,
        mergedName: merged.name,
        reason: request.reason,
        score: request.score ?? 1,
        mergedBy: request.mergedBy,
      },
    });
    // The merged entity goes first: a lexicon identity (gazetteer key, party list key) or an acronym it
    // had moves to the kept entity when that has none.
    const lexiconId = !kept.lexiconId && merged.lexiconId ? merged.lexiconId : undefined;
    const acronym = !kept.acronym && merged.acronym ? merged.acronym : undefined;
    if (type === 'Person') await tx.person.delete({ where: { id: mergeId } });
    if (type === 'Organization') {
      await tx.organization.delete({ where: { id: mergeId } });
      if (lexiconId || acronym)
        await tx.organization.update({ where: { id: keepId }, data: { lexiconId, acronym } });
    }
    if (type === 'Place') {
      await tx.place.delete({ where: { id: mergeId } });
      if (lexiconId) await tx.place.update({ where: { id: keepId }, data: { lexiconId } });
    }
  }
}
