/**
 * Writes one article's extraction (a `Doc`) into the graph, in one transaction:
 *  1. the article's previous facts are removed (re-extraction replaces them as a whole);
 *  2. its entities are resolved against the database (resolve-entities.ts) and created or attached;
 *  3. aliases, mentions, affiliations, statements are written;
 *  4. meetings and other events are matched against the ones other articles reported (dedupe),
 *     and the article gets a report (PRIMARY or REFERENCE) on each; articles about the same
 *     event are linked;
 *  5. entities, meetings and events no article mentions any more are removed.
 * An advisory lock serialises this step across processes, so two ingest runs against the same
 * PostgreSQL database cannot create the same person twice.
 */
import type { Prisma } from '@newsgraph/schema';
import type { ArticleEvent, Doc, EntityType, FuzzyDate } from '../domain.js';
import { type EntityIds, resolveEntities } from './resolve-entities.js';

type Tx = Prisma.TransactionClient;

/** Arbitrary constant: the advisory lock key of the graph-writing step. */
const GRAPH_LOCK_KEY = 727_410_001;

export interface SaveCounts {
  persons: number;
  organizations: number;
  places: number;
  statements: number;
  meetings: number;
  events: number;
}

export function toDbDate(date: FuzzyDate | null): Date | null {
  if (!date) return null;
  const [y, m, d] = date.value.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function entityColumn(type: EntityType): 'personId' | 'organizationId' | 'placeId' {
  return type === 'PERSON' ? 'personId' : type === 'ORGANIZATION' ? 'organizationId' : 'placeId';
}

export async function saveExtraction(
  tx: Tx,
  articleId: string,
  doc: Doc,
  extractionVersion: number,
): Promise<SaveCounts> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${GRAPH_LOCK_KEY})`);

  // 1. Previous facts of this article (a re-extraction replaces them).
  const previous = await previousEntityIds(tx, articleId);
  await tx.mention.deleteMany({ where: { articleId } });
  await tx.affiliation.deleteMany({ where: { articleId } });
  await tx.statement.deleteMany({ where: { articleId } });
  await tx.meetingReport.deleteMany({ where: { articleId } });
  await tx.eventReport.deleteMany({ where: { articleId } });
  await tx.articleLink.deleteMany({
    where: { kind: 'SAME_EVENT', OR: [{ fromId: articleId }, { toId: articleId }] },
  });

  // 2. Entities.
  const resolved = await resolveEntities(tx, articleId, doc);
  const ids: EntityIds = resolved.ids;

  // 3. Mentions, affiliations, statements.
  const mentionRows = doc.mentions
    .filter((m) => ids[m.entity])
    .map((m) => ({
      articleId,
      entityType: m.type,
      [entityColumn(m.type)]: ids[m.entity],
      start: m.start,
      end: m.end,
      text: m.text,
      form: m.form,
      extractor: m.extractor,
      confidence: m.confidence,
    }));
  if (mentionRows.length) await tx.mention.createMany({ data: mentionRows, skipDuplicates: true });

  const affiliationRows = doc.affiliations
    .filter((a) => ids[a.person] && doc.entities[a.person]?.type === 'PERSON')
    .map((a) => ({
      articleId,
      personId: ids[a.person]!,
      organizationId:
        a.organization !== null && doc.entities[a.organization]?.type === 'ORGANIZATION'
          ? (ids[a.organization] ?? null)
          : null,
      role: a.role,
      start: a.span.start,
      end: a.span.end,
      extractor: a.extractor,
      confidence: a.confidence,
    }));
  if (affiliationRows.length)
    await tx.affiliation.createMany({ data: affiliationRows, skipDuplicates: true });

  // 4. Meetings and events (before statements, which may belong to a meeting).
  const meetingIds: string[] = [];
  const eventIds: string[] = [];
  const touchedArticles = new Set<string>();
  for (const event of doc.events) {
    const participants = event.participants
      .filter((p) => doc.entities[p]?.type === 'PERSON' && ids[p])
      .map((p) => ids[p]!);
    const unique = [...new Set(participants)].sort();
    const placeId = event.place !== null ? (ids[event.place] ?? null) : null;
    if (event.kind === 'MEETING' || event.kind === 'VISIT') {
      if (unique.length < 2) continue;
      const meetingId = await upsertMeeting(tx, unique, event, placeId);
      meetingIds.push(meetingId);
      const existing = await tx.meetingReport.findUnique({
        where: { meetingId_articleId: { meetingId, articleId } },
      });
      if (!existing) {
        await tx.meetingReport.create({
          data: {
            meetingId,
            articleId,
            role: event.role,
            evidenceStart: event.evidence.start,
            evidenceEnd: event.evidence.end,
            evidenceText: doc.body.slice(event.evidence.start, event.evidence.end),
            extractor: event.extractor,
            confidence: event.confidence,
          },
        });
      } else if (existing.role === 'REFERENCE' && event.role === 'PRIMARY') {
        await tx.meetingReport.update({
          where: { id: existing.id },
          data: {
            role: 'PRIMARY',
            evidenceStart: event.evidence.start,
            evidenceEnd: event.evidence.end,
            evidenceText: doc.body.slice(event.evidence.start, event.evidence.end),
          },
        });
      }
      const others = await tx.meetingReport.findMany({
        where: { meetingId, articleId: { not: articleId } },
        select: { articleId: true },
      });
      for (const o of others) touchedArticles.add(o.articleId);
    } else {
      const orgParticipants = event.participants
        .filter((p) => doc.entities[p]?.type === 'ORGANIZATION' && ids[p])
        .map((p) => ids[p]!);
      if (unique.length + orgParticipants.length === 0) continue;
      const eventId = await upsertEvent(tx, event, unique, [...new Set(orgParticipants)].sort(), placeId);
      eventIds.push(eventId);
      await tx.eventReport.upsert({
        where: { eventId_articleId: { eventId, articleId } },
        create: {
          eventId,
          articleId,
          role: event.role,
          evidenceStart: event.evidence.start,
          evidenceEnd: event.evidence.end,
          evidenceText: doc.body.slice(event.evidence.start, event.evidence.end),
          extractor: event.extractor,
          confidence: event.confidence,
        },
        update: {},
      });
    }
  }
  for (const other of touchedArticles) {
    const [fromId, toId] = articleId < other ? [articleId, other] : [other, articleId];
    await tx.articleLink.upsert({
      where: { fromId_toId_kind: { fromId, toId, kind: 'SAME_EVENT' } },
      create: { fromId, toId, kind: 'SAME_EVENT', score: 1, reason: 'report the same meeting' },
      update: {},
    });
  }

  const primaryMeetings = doc.events
    .map((e, i) => ({ e, id: meetingIds[i] }))
    .filter(({ e }) => e.kind === 'MEETING' && e.role === 'PRIMARY');
  const onlyMeeting =
    new Set(primaryMeetings.map((m) => m.id).filter(Boolean)).size === 1 ? primaryMeetings[0]?.id : undefined;
  const meetingPeople = onlyMeeting
    ? new Set(
        (
          await tx.meetingParticipant.findMany({
            where: { meetingId: onlyMeeting },
            select: { personId: true },
          })
        ).map((p) => p.personId),
      )
    : new Set<string>();

  let statements = 0;
  for (const s of doc.statements) {
    const speaker = s.speaker !== null ? doc.entities[s.speaker] : undefined;
    const speakerId = speaker?.type === 'PERSON' ? (ids[s.speaker!] ?? null) : null;
    const speakerOrganizationId = speaker?.type === 'ORGANIZATION' ? (ids[s.speaker!] ?? null) : null;
    const about = [
      ...new Set(s.about.filter((a) => doc.entities[a]?.type === 'PERSON' && ids[a]).map((a) => ids[a]!)),
    ];
    const created = await tx.statement.upsert({
      where: { articleId_start_end_kind: { articleId, start: s.span.start, end: s.span.end, kind: s.kind } },
      create: {
        articleId,
        kind: s.kind,
        text: s.text,
        language: doc.meta.language,
        speakerType: s.speakerType,
        speakerId,
        speakerOrganizationId,
        speakerName: s.speakerText,
        cue: s.cue,
        start: s.span.start,
        end: s.span.end,
        extractor: s.extractor,
        confidence: s.confidence,
        meetingId: onlyMeeting && speakerId && meetingPeople.has(speakerId) ? onlyMeeting : null,
        about: about.length ? { create: about.map((personId) => ({ personId })) } : undefined,
      },
      update: {},
    });
    if (created) statements++;
  }

  // 5. Article metadata from extraction, then garbage of the previous extraction.
  await tx.article.update({
    where: { id: articleId },
    data: {
      title: doc.meta.title,
      language: doc.meta.language,
      script: doc.meta.script === 'deva' ? 'DEVA' : doc.meta.script === 'latn' ? 'LATN' : 'OTHER',
      publishedAt: toDbDate(doc.meta.publishedAt),
      datePrecision: doc.meta.publishedAt?.precision ?? 'UNKNOWN',
      dateSource: doc.meta.dateSource,
      dateConfidence: doc.meta.dateConfidence,
      datelineText: doc.meta.datelinePlace,
      datelinePlaceId: resolved.datelinePlaceId,
      agency: doc.meta.agency,
      status: 'EXTRACTED',
      error: null,
      extractionVersion,
      extractedAt: new Date(),
    },
  });
  await refreshAliasCounts(tx, resolved.touched);
  await removeOrphans(tx, previous);

  return {
    persons: resolved.created.PERSON,
    organizations: resolved.created.ORGANIZATION,
    places: resolved.created.PLACE,
    statements,
    meetings: new Set(meetingIds).size,
    events: new Set(eventIds).size,
  };
}

interface EntityRefs {
  persons: string[];
  organizations: string[];
  places: string[];
  meetings: string[];
  events: string[];
}

async function previousEntityIds(tx: Tx, articleId: string): Promise<EntityRefs> {
  const mentions = await tx.mention.findMany({
    where: { articleId },
    select: { personId: true, organizationId: true, placeId: true },
  });
  const meetings = await tx.meetingReport.findMany({ where: { articleId }, select: { meetingId: true } });
  const events = await tx.eventReport.findMany({ where: { articleId }, select: { eventId: true } });
  const pick = (k: 'personId' | 'organizationId' | 'placeId') => [
    ...new Set(mentions.map((m) => m[k]).filter((v): v is string => Boolean(v))),
  ];
  return {
    persons: pick('personId'),
    organizations: pick('organizationId'),
    places: pick('placeId'),
    meetings: meetings.map((m) => m.meetingId),
    events: events.map((e) => e.eventId),
  };
}

/** Entities, meetings and events that lost their last mention or report. */
async function removeOrphans(tx: Tx, refs: EntityRefs): Promise<void> {
  if (refs.meetings.length)
    await tx.meeting.deleteMany({ where: { id: { in: refs.meetings }, reports: { none: {} } } });
  if (refs.events.length)
    await tx.event.deleteMany({ where: { id: { in: refs.events }, reports: { none: {} } } });
  if (refs.persons.length)
    await tx.person.deleteMany({ where: { id: { in: refs.persons }, mentions: { none: {} } } });
  if (refs.organizations.length) {
    await tx.organization.deleteMany({ where: { id: { in: refs.organizations }, mentions: { none: {} } } });
  }
  if (refs.places.length)
    await tx.place.deleteMany({ where: { id: { in: refs.places }, mentions: { none: {} } } });
}

/** Alias.count = number of mentions with that surface form, for the entities an article touched. */
async function refreshAliasCounts(
  tx: Tx,
  touched: { persons: string[]; organizations: string[]; places: string[] },
) {
  const parts: Array<[string, string[]]> = [
    ['personId', touched.persons],
    ['organizationId', touched.organizations],
    ['placeId', touched.places],
  ];
  for (const [column, list] of parts) {
    if (!list.length) continue;
    await tx.$executeRawUnsafe(
      `UPDATE "Alias" a SET "count" = (SELECT count(*)::int FROM "Mention" m WHERE m."${column}" = a."${column}" AND m."text" = a."form")
       WHERE a."${column}" = ANY($1::uuid[])`,
      list,
    );
  }
}

function datesCompatible(a: Date | null, aPrecision: string, b: Date | null, bPrecision: string): boolean {
  if (!a || !b) return true;
  const ay = a.getUTCFullYear();
  const by = b.getUTCFullYear();
  if (aPrecision === 'YEAR' || bPrecision === 'YEAR') return ay === by;
  if (aPrecision === 'MONTH' || bPrecision === 'MONTH')
    return ay === by && a.getUTCMonth() === b.getUTCMonth();
  return Math.abs(a.getTime() - b.getTime()) <= 86_400_000; // reports may be a day apart
}

const PRECISION_RANK: Record<string, number> = { DAY: 3, MONTH: 2, YEAR: 1, UNKNOWN: 0 };

async function upsertMeeting(tx: Tx, personIds: string[], event: ArticleEvent, placeId: string | null) {
  const date = toDbDate(event.date);
  const precision = event.date?.precision ?? 'UNKNOWN';
  const candidates = await tx.meeting.findMany({
    where: { AND: personIds.map((personId) => ({ participants: { some: { personId } } })) },
    include: { participants: { select: { personId: true } } },
  });
  const match = candidates.find(
    (m) =>
      m.participants.length === personIds.length &&
      datesCompatible(m.date, m.datePrecision, date, precision) &&
      (!m.placeId || !placeId || m.placeId === placeId),
  );
  if (match) {
    const better = (PRECISION_RANK[precision] ?? 0) > (PRECISION_RANK[match.datePrecision] ?? 0);
    if (better || (!match.placeId && placeId) || (!match.venue && event.venue)) {
      await tx.meeting.update({
        where: { id: match.id },
        data: {
          ...(better ? { date, datePrecision: precision } : {}),
          ...(!match.placeId && placeId ? { placeId } : {}),
          ...(!match.venue && event.venue ? { venue: event.venue } : {}),
        },
      });
    }
    return match.id;
  }
  const dedupeKey = `${personIds.join('+')}|${event.date?.value ?? 'undated'}|${placeId ?? ''}`;
  const existing = await tx.meeting.findUnique({ where: { dedupeKey }, select: { id: true } });
  if (existing) return existing.id;
  const created = await tx.meeting.create({
    data: {
      dedupeKey,
      date,
      datePrecision: precision,
      placeId,
      venue: event.venue,
      participants: { create: personIds.map((personId) => ({ personId })) },
    },
    select: { id: true },
  });
  return created.id;
}

async function upsertEvent(
  tx: Tx,
  event: ArticleEvent,
  personIds: string[],
  organizationIds: string[],
  placeId: string | null,
) {
  const date = toDbDate(event.date);
  const precision = event.date?.precision ?? 'UNKNOWN';
  const candidates = await tx.event.findMany({
    where: {
      kind: event.kind,
      AND: [
        ...personIds.map((personId) => ({ participants: { some: { personId } } })),
        ...organizationIds.map((organizationId) => ({ participants: { some: { organizationId } } })),
      ],
    },
    include: { participants: true },
  });
  const match = candidates.find(
    (e) =>
      e.participants.length === personIds.length + organizationIds.length &&
      datesCompatible(e.date, e.datePrecision, date, precision),
  );
  if (match) {
    if ((PRECISION_RANK[precision] ?? 0) > (PRECISION_RANK[match.datePrecision] ?? 0)) {
      await tx.event.update({ where: { id: match.id }, data: { date, datePrecision: precision } });
    }
    return match.id;
  }
  const dedupeKey = `${event.kind}|${[...personIds, ...organizationIds].join('+')}|${event.date?.value ?? 'undated'}`;
  const existing = await tx.event.findUnique({ where: { dedupeKey }, select: { id: true } });
  if (existing) return existing.id;
  const created = await tx.event.create({
    data: {
      kind: event.kind,
      dedupeKey,
      date,
      datePrecision: precision,
      placeId,
      participants: {
        create: [
          ...personIds.map((personId) => ({ personId })),
          ...organizationIds.map((organizationId) => ({ organizationId })),
        ],
      },
    },
    select: { id: true },
  });
  return created.id;
}
