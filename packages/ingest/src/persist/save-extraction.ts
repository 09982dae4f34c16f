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
import { randomUUID } from 'node:crypto';
import type { Prisma } from '@newsgraph/schema';
import type { Doc, EntityType, FuzzyDate } from '../domain.js';
import {
  type EventArticle,
  type EventCandidate,
  type EventReportRef,
  type EventUpdate,
  isMeetingKind,
  matchArticleEvents,
} from '../resolve/dedupe-events.js';
import { type EntityIds, refreshCanonicalNames, resolveEntities } from './resolve-entities.js';

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

  // 1. Previous facts of this article (a re-extraction replaces them); none for a first extraction.
  const before = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { extractedAt: true, status: true },
  });
  const firstExtraction = before.extractedAt === null && before.status === 'STORED';
  const previous = firstExtraction ? NO_REFS : await previousEntityIds(tx, articleId);
  if (!firstExtraction) {
    await tx.mention.deleteMany({ where: { articleId } });
    await tx.affiliation.deleteMany({ where: { articleId } });
    await tx.statement.deleteMany({ where: { articleId } });
    await tx.meetingReport.deleteMany({ where: { articleId } });
    await tx.eventReport.deleteMany({ where: { articleId } });
    await tx.articleLink.deleteMany({
      where: { kind: 'SAME_EVENT', OR: [{ fromId: articleId }, { toId: articleId }] },
    });
  }

  // 2. Entities.
  const resolved = await resolveEntities(tx, articleId, doc);
  const ids: EntityIds = resolved.ids;

  // 3. Mentions, affiliations, statements.
  const mentionRows = doc.mentions
    .filter((m) => ids[m.entity] && !resolved.dropped[m.entity]?.has(m.text))
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
  const eventIds = await saveEvents(tx, articleId, doc, ids);
  const meetingIds = eventIds.filter((e) => e.meeting).map((e) => e.id);

  const primaryMeetings = eventIds
    .filter((x) => x.meeting && doc.events[x.index]?.role === 'PRIMARY')
    .map((x) => ({ id: x.id }));
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

  const statementRows: Prisma.StatementCreateManyInput[] = [];
  const aboutRows: Prisma.StatementAboutCreateManyInput[] = [];
  for (const s of doc.statements) {
    const speaker = s.speaker !== null ? doc.entities[s.speaker] : undefined;
    const speakerId = speaker?.type === 'PERSON' ? (ids[s.speaker!] ?? null) : null;
    const speakerOrganizationId = speaker?.type === 'ORGANIZATION' ? (ids[s.speaker!] ?? null) : null;
    const id = randomUUID();
    statementRows.push({
      id,
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
    });
    const about = new Set(
      s.about.filter((a) => doc.entities[a]?.type === 'PERSON' && ids[a]).map((a) => ids[a]!),
    );
    for (const personId of about) aboutRows.push({ statementId: id, personId });
  }
  // The article's previous statements were removed above, so every span is new (a stage never emits one twice).
  const statements = statementRows.length
    ? (await tx.statement.createMany({ data: statementRows, skipDuplicates: true })).count
    : 0;
  if (aboutRows.length) await tx.statementAbout.createMany({ data: aboutRows, skipDuplicates: true });

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
  await refreshAliasCounts(tx, [
    ...previous.forms,
    ...mentionRows.map((m) => ({
      column: entityColumn(m.entityType),
      id: m[entityColumn(m.entityType)] as string,
      text: m.text,
    })),
  ]);
  await refreshCanonicalNames(tx, 'PERSON', resolved.touched.persons);
  await refreshCanonicalNames(tx, 'ORGANIZATION', resolved.touched.organizations);
  await refreshCanonicalNames(tx, 'PLACE', resolved.touched.places);
  await removeOrphans(tx, previous);

  return {
    persons: resolved.created.PERSON,
    organizations: resolved.created.ORGANIZATION,
    places: resolved.created.PLACE,
    statements,
    meetings: new Set(meetingIds).size,
    events: new Set(eventIds.filter((e) => !e.meeting).map((e) => e.id)).size,
  };
}

const NO_REFS: EntityRefs = {
  forms: [],
  persons: [],
  organizations: [],
  places: [],
  meetings: [],
  events: [],
};

type MentionForms = Array<{ column: 'personId' | 'organizationId' | 'placeId'; id: string; text: string }>;

interface EntityRefs {
  /** The article's mention texts per entity (their alias counts change with the article). */
  forms: MentionForms;
  persons: string[];
  organizations: string[];
  places: string[];
  meetings: string[];
  events: string[];
}

async function previousEntityIds(tx: Tx, articleId: string): Promise<EntityRefs> {
  const mentions = await tx.mention.findMany({
    where: { articleId },
    select: { personId: true, organizationId: true, placeId: true, text: true },
  });
  const meetings = await tx.meetingReport.findMany({ where: { articleId }, select: { meetingId: true } });
  const events = await tx.eventReport.findMany({ where: { articleId }, select: { eventId: true } });
  const pick = (k: 'personId' | 'organizationId' | 'placeId') => [
    ...new Set(mentions.map((m) => m[k]).filter((v): v is string => Boolean(v))),
  ];
  return {
    forms: mentions.flatMap((m) => {
      const column = m.personId ? 'personId' : m.organizationId ? 'organizationId' : 'placeId';
      const id = m.personId ?? m.organizationId ?? m.placeId;
      return id ? [{ column, id, text: m.text } as const] : [];
    }),
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

/**
 * Alias.count = number of mentions with that surface form. Only the (entity, form) pairs of the
 * article's old and new mentions can change; each is recounted on the (entity, text) index.
 */
async function refreshAliasCounts(tx: Tx, forms: MentionForms) {
  for (const column of ['personId', 'organizationId', 'placeId'] as const) {
    const pairs = new Map<string, { id: string; text: string }>();
    for (const f of forms) if (f.column === column) pairs.set(`${f.id}\u0000${f.text}`, f);
    if (!pairs.size) continue;
    const list = [...pairs.values()];
    await tx.$executeRawUnsafe(
      `UPDATE "Alias" a SET "count" = (SELECT count(*)::int FROM "Mention" m WHERE m."${column}" = a."${column}" AND m."text" = a."form")
         FROM unnest($1::uuid[], $2::text[]) AS t("id", "form")
        WHERE a."${column}" = t."id" AND a."form" = t."form"`,
      list.map((p) => p.id),
      list.map((p) => p.text),
    );
  }
}

function fuzzy(date: Date | null, precision: string): FuzzyDate | null {
  if (!date || precision === 'UNKNOWN') return null;
  const iso = date.toISOString().slice(0, 10);
  if (precision === 'YEAR') return { value: iso.slice(0, 4), precision: 'YEAR' };
  if (precision === 'MONTH') return { value: iso.slice(0, 7), precision: 'MONTH' };
  return { value: iso, precision: 'DAY' };
}

/** At most this many SAME_EVENT links per article (a much-reported event would otherwise link every pair). */
const MAX_SAME_EVENT_LINKS = 50;

/**
 * Matches the article's meetings and events against the stored ones (resolve/dedupe-events.ts),
 * attaches or creates them, and writes the article's reports. Returns the stored id per event.
 */
async function saveEvents(
  tx: Tx,
  articleId: string,
  doc: Doc,
  ids: EntityIds,
): Promise<Array<{ index: number; id: string; meeting: boolean }>> {
  const input: EventArticle['events'][number][] = [];
  doc.events.forEach((event, index) => {
    const persons = event.participants
      .filter((p) => doc.entities[p]?.type === 'PERSON' && ids[p])
      .map((p) => ids[p]!);
    const orgs = event.participants
      .filter((p) => doc.entities[p]?.type === 'ORGANIZATION' && ids[p])
      .map((p) => ids[p]!);
    const meeting = isMeetingKind(event.kind);
    const participantIds = [...new Set(meeting ? persons : [...persons, ...orgs])].sort();
    if (participantIds.length < (meeting ? 2 : 1)) return;
    const place = event.place !== null ? doc.entities[event.place] : undefined;
    input.push({
      index,
      kind: event.kind,
      role: event.role,
      participantIds,
      placeId: event.place !== null ? (ids[event.place] ?? null) : null,
      placeLexiconId: place?.lexiconId ?? null,
      date: event.date,
    });
  });
  if (!input.length) return [];
  const people = [...new Set(input.flatMap((e) => e.participantIds))];
  const candidates: EventCandidate[] = [];
  const meetings = await tx.meeting.findMany({
    where: { participants: { some: { personId: { in: people } } } },
    include: { participants: { select: { personId: true } }, place: { select: { lexiconId: true } } },
  });
  const meetingReports = await loadReportRefs(
    tx,
    'MeetingReport',
    'meetingId',
    meetings.map((m) => m.id),
  );
  for (const m of meetings) {
    candidates.push({
      id: m.id,
      kind: 'MEETING',
      participantIds: m.participants.map((p) => p.personId),
      date: fuzzy(m.date, m.datePrecision),
      placeId: m.placeId,
      placeLexiconId: m.place?.lexiconId ?? null,
      reports: meetingReports.get(m.id) ?? [],
    });
  }
  const events = await tx.event.findMany({
    where: {
      participants: { some: { OR: [{ personId: { in: people } }, { organizationId: { in: people } }] } },
    },
    include: { participants: true, place: { select: { lexiconId: true } } },
  });
  const eventReports = await loadReportRefs(
    tx,
    'EventReport',
    'eventId',
    events.map((e) => e.id),
  );
  for (const e of events) {
    candidates.push({
      id: e.id,
      kind: e.kind,
      participantIds: e.participants.map((p) => (p.personId ?? p.organizationId)!),
      date: fuzzy(e.date, e.datePrecision),
      placeId: e.placeId,
      placeLexiconId: e.place?.lexiconId ?? null,
      reports: eventReports.get(e.id) ?? [],
    });
  }
  const articleDate = doc.meta.publishedAt?.precision === 'DAY' ? doc.meta.publishedAt.value : null;
  const resolution = matchArticleEvents({ articleId, articleDate, events: input }, candidates);

  const out: Array<{ index: number; id: string; meeting: boolean }> = [];
  const createdRefs = new Map<string, string>();
  for (const decision of resolution.decisions) {
    if (decision.action === 'skip') continue;
    const event = input.find((e) => e.index === decision.event)!;
    const source = doc.events[decision.event]!;
    const meeting = isMeetingKind(event.kind);
    let id: string;
    if (decision.action === 'attach') {
      id = decision.id;
      if (decision.update) await applyEventUpdate(tx, meeting, id, decision.update);
    } else {
      const existing =
        createdRefs.get(decision.ref) ??
        (meeting
          ? (await tx.meeting.findUnique({ where: { dedupeKey: decision.dedupeKey }, select: { id: true } }))
              ?.id
          : (await tx.event.findUnique({ where: { dedupeKey: decision.dedupeKey }, select: { id: true } }))
              ?.id);
      if (existing) {
        id = existing;
      } else {
        const common = {
          dedupeKey: decision.dedupeKey,
          date: toDbDate(event.date),
          datePrecision: event.date?.precision ?? ('UNKNOWN' as const),
          placeId: event.placeId,
        };
        id = meeting
          ? (
              await tx.meeting.create({
                data: {
                  ...common,
                  venue: source.venue,
                  participants: { create: event.participantIds.map((personId) => ({ personId })) },
                },
                select: { id: true },
              })
            ).id
          : (
              await tx.event.create({
                data: {
                  ...common,
                  kind: event.kind,
                  participants: {
                    create: event.participantIds.map((pid) =>
                      doc.entities[source.participants.find((p) => ids[p] === pid) ?? -1]?.type ===
                      'ORGANIZATION'
                        ? { organizationId: pid }
                        : { personId: pid },
                    ),
                  },
                },
                select: { id: true },
              })
            ).id;
      }
      createdRefs.set(decision.ref, id);
    }
    if (meeting && source.venue)
      await tx.meeting.updateMany({ where: { id, venue: null }, data: { venue: source.venue } });
    const report = {
      articleId,
      role: source.role,
      evidenceStart: source.evidence.start,
      evidenceEnd: source.evidence.end,
      evidenceText: doc.body.slice(source.evidence.start, source.evidence.end),
      date: toDbDate(source.date),
      datePrecision: source.date?.precision ?? ('UNKNOWN' as const),
      extractor: source.extractor,
      confidence: source.confidence,
    };
    if (meeting) {
      await tx.meetingReport.upsert({
        where: { meetingId_articleId: { meetingId: id, articleId } },
        create: { ...report, meetingId: id },
        update: source.role === 'PRIMARY' ? report : {},
      });
    } else {
      await tx.eventReport.upsert({
        where: { eventId_articleId: { eventId: id, articleId } },
        create: { ...report, eventId: id },
        update: source.role === 'PRIMARY' ? report : {},
      });
    }
    out.push({ index: decision.event, id, meeting });
  }
  const links = resolution.links.slice(0, MAX_SAME_EVENT_LINKS).map((link) => {
    const [fromId, toId] =
      link.articleId < link.otherArticleId
        ? [link.articleId, link.otherArticleId]
        : [link.otherArticleId, link.articleId];
    return { fromId, toId, kind: 'SAME_EVENT' as const, score: link.score, reason: link.reason };
  });
  if (links.length) await tx.articleLink.createMany({ data: links, skipDuplicates: true });
  return out;
}

/**
 * Reports read per stored event, the most recent first. An event's date and window are chosen from
 * them; past a few hundred reports one more cannot change the majority, and reading stops there so
 * a much-reported event costs no more than any other.
 */
const REPORTS_READ_PER_EVENT = 500;

/** Article ids kept per group of equal reports (enough for the capped SAME_EVENT links). */
const REPORT_ARTICLES_PER_GROUP = MAX_SAME_EVENT_LINKS;

/**
 * The reports of stored meetings or events as the matcher reads them, grouped in SQL by what it
 * weighs (role, the date given, the reporting article's date) with their count as `weight`, so an
 * event reported by thousands of articles costs a few rows. Each group keeps some article ids.
 */
async function loadReportRefs(
  tx: Tx,
  table: 'MeetingReport' | 'EventReport',
  column: 'meetingId' | 'eventId',
  ids: string[],
): Promise<Map<string, EventReportRef[]>> {
  const out = new Map<string, EventReportRef[]>();
  if (!ids.length) return out;
  const rows = await tx.$queryRawUnsafe<
    Array<{
      owner: string;
      role: 'PRIMARY' | 'REFERENCE';
      date: Date | null;
      precision: string;
      articleDate: Date | null;
      n: number;
      articles: string[];
    }>
  >(
    `SELECT r."${column}" AS owner, r."role"::text AS role, r."date", r."datePrecision"::text AS precision,
            CASE WHEN a."datePrecision" = 'DAY' THEN a."publishedAt" END AS "articleDate",
            count(*)::int AS n,
            (array_agg(r."articleId"::text ORDER BY r."articleId"))[1:${REPORT_ARTICLES_PER_GROUP}] AS articles
       FROM unnest($1::uuid[]) AS o("id")
       CROSS JOIN LATERAL (SELECT * FROM "${table}" WHERE "${column}" = o."id"
                            ORDER BY "articleId" DESC LIMIT ${REPORTS_READ_PER_EVENT}) r
       JOIN "Article" a ON a."id" = r."articleId"
      GROUP BY 1, 2, 3, 4, 5
      ORDER BY 1, 2, 3, 4, 5`,
    ids,
  );
  for (const row of rows) {
    const list = out.get(row.owner) ?? [];
    const base = {
      articleDate: row.articleDate ? row.articleDate.toISOString().slice(0, 10) : null,
      role: row.role,
      date: fuzzy(row.date, row.precision),
    };
    // The first article stands for the reports not listed, so the weights add up to the count.
    for (const [i, articleId] of row.articles.entries())
      list.push({ ...base, articleId, weight: i === 0 ? row.n - row.articles.length + 1 : 1 });
    out.set(row.owner, list);
  }
  return out;
}

async function applyEventUpdate(tx: Tx, meeting: boolean, id: string, update: EventUpdate) {
  const data = {
    date: toDbDate(update.date),
    datePrecision: update.date?.precision ?? ('UNKNOWN' as const),
    placeId: update.placeId,
  };
  // Another stored event may hold the refined key (the same event, reported apart): keep ours unchanged then.
  const holder = meeting
    ? await tx.meeting.findUnique({ where: { dedupeKey: update.dedupeKey }, select: { id: true } })
    : await tx.event.findUnique({ where: { dedupeKey: update.dedupeKey }, select: { id: true } });
  const key = !holder || holder.id === id ? { dedupeKey: update.dedupeKey } : {};
  if (meeting) {
    await tx.meeting.update({ where: { id }, data: { ...data, ...key } });
    await tx.meetingParticipant.createMany({
      data: update.participantIds.map((personId) => ({ meetingId: id, personId })),
      skipDuplicates: true,
    });
  } else {
    await tx.event.update({ where: { id }, data: { ...data, ...key } });
  }
}
