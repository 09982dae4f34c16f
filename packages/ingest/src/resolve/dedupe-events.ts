/**
 * One Meeting (or Event) per real event across articles and languages: decides, for every event an
 * article reports, which stored meeting/event it is (attach), or that it is a new one (create), and
 * which articles report the same event (SAME_EVENT links). Pure: the persistence layer resolves the
 * article's entities first, passes the events with stored person/place ids and the candidates it
 * loaded (`eventLookup`), and writes the decisions.
 *
 * Two reports are of the same event when
 * - the kinds agree (MEETING and VISIT are one family),
 * - the participants agree: the same resolved persons; for meetings, one set may contain the other
 *   (at least two shared) when both are dated to the day,
 * - the dates agree within their precision: DAY within ±1 day (time zones, reporting lag),
 *   MONTH/YEAR by containment; an undated report agrees only with the same participants and a date
 *   inside the window its article allows (a PRIMARY report: the 3 days up to the article date; a
 *   REFERENCE: the year before it),
 * - the places agree: the same place, one of them unknown, or one gazetteer id inside the other.
 * A REFERENCE report ("their first meeting since", "had met him in Patna on March 3") attaches to the
 * matching earlier event and never creates one when a match exists; when several match and nothing
 * tells them apart, it is skipped rather than attached to a guess.
 */
import type { Doc, EventKind, FuzzyDate, ReportRole } from '../domain.js';

export interface EventReportRef {
  articleId: string;
  /** Publication date of the reporting article (`YYYY-MM-DD`), when known. */
  articleDate: string | null;
  role: ReportRole;
  /** The date this report gave the event. */
  date: FuzzyDate | null;
  /**
   * How many stored reports this one stands for (default 1): a much-reported event is loaded as one
   * ref per distinct (role, date, article date) with the count, so matching costs the same at any size.
   */
  weight?: number;
}

/** A stored Meeting or Event, as the persistence layer loads it. */
export interface EventCandidate {
  id: string;
  kind: EventKind;
  participantIds: readonly string[];
  date: FuzzyDate | null;
  placeId: string | null;
  /** Gazetteer id of the place (`IN-BR/Patna`), for containment checks. */
  placeLexiconId?: string | null;
  reports: readonly EventReportRef[];
}

/** One event of the article, with stored ids (see `pipeline` ArticleEvent). */
export interface ArticleEventInput {
  /** Index into `doc.events`. */
  index: number;
  kind: EventKind;
  role: ReportRole;
  participantIds: readonly string[];
  placeId: string | null;
  placeLexiconId?: string | null;
  date: FuzzyDate | null;
}

export interface EventArticle {
  articleId: string;
  articleDate: string | null;
  events: readonly ArticleEventInput[];
}

/** New values for a stored event after a report refines it (only when something changed). */
export interface EventUpdate {
  date: FuzzyDate | null;
  placeId: string | null;
  participantIds: string[];
  dedupeKey: string;
}

export type EventDecision =
  | { event: number; action: 'attach'; id: string; score: number; reason: string; update: EventUpdate | null }
  | { event: number; action: 'create'; ref: string; dedupeKey: string; reason: string }
  | { event: number; action: 'skip'; reason: string };

export interface ArticleLinkPlan {
  articleId: string;
  otherArticleId: string;
  kind: 'SAME_EVENT';
  score: number;
  reason: string;
}

export interface EventResolution {
  decisions: EventDecision[];
  /** SAME_EVENT links between this article and the others reporting the same events (PRIMARY both). */
  links: ArticleLinkPlan[];
}

/** Days a DAY date may differ between two reports of one event. */
export const DAY_TOLERANCE = 1;
/** An undated PRIMARY report happened at most this many days before its article. */
export const PRIMARY_WINDOW_DAYS = 3;
/** An undated REFERENCE report points at most this far back. */
export const REFERENCE_WINDOW_DAYS = 366;

/** MEETING and VISIT are reported interchangeably; other kinds stand alone. */
export function eventFamily(kind: EventKind): string {
  return kind === 'MEETING' || kind === 'VISIT' ? 'MEETING' : kind;
}

/** Event kinds stored as `Meeting` rows (the others are `Event` rows). */
export function isMeetingKind(kind: EventKind): boolean {
  return eventFamily(kind) === 'MEETING';
}

/**
 * Natural key of an event: family, sorted participant ids, date bucket (`YYYY-MM-DD`, `YYYY-MM`,
 * `YYYY`); an undated event gets `undated` plus what makes it unique (article id and event index),
 * since nothing else identifies it until a dated report arrives.
 */
export function eventDedupeKey(
  kind: EventKind,
  participantIds: readonly string[],
  date: FuzzyDate | null,
  undatedSuffix = '',
): string {
  const ids = [...new Set(participantIds)].sort().join('+');
  const bucket = date ? date.value : `undated${undatedSuffix ? `:${undatedSuffix}` : ''}`;
  return `${eventFamily(kind)}|${ids}|${bucket}`;
}

/** `Meeting.dedupeKey`: sorted participant ids + date bucket. */
export function meetingDedupeKey(
  participantIds: readonly string[],
  date: FuzzyDate | null,
  undatedSuffix = '',
): string {
  return eventDedupeKey('MEETING', participantIds, date, undatedSuffix);
}

// ------------------------------------------------------------------------------ dates

const DAY_MS = 86_400_000;

/** First and last day (epoch days) a fuzzy date covers. */
function dateRange(date: FuzzyDate): [number, number] {
  const [y, m = 1, d = 1] = date.value.split('-').map(Number) as [number, number?, number?];
  const start = Date.UTC(y, m - 1, d) / DAY_MS;
  if (date.precision === 'DAY') return [start, start];
  if (date.precision === 'MONTH') return [start, Date.UTC(y, m, 1) / DAY_MS - 1];
  return [start, Date.UTC(y + 1, 0, 1) / DAY_MS - 1];
}

const epochDay = (value: string) => dateRange({ value, precision: 'DAY' })[0];

/** The days an undated report's event may fall on, from its article date and role. */
function window(articleDate: string | null, role: ReportRole): [number, number] | null {
  if (!articleDate || !/^\d{4}-\d{2}-\d{2}/.test(articleDate)) return null;
  const day = epochDay(articleDate.slice(0, 10));
  return role === 'PRIMARY' ? [day - PRIMARY_WINDOW_DAYS, day] : [day - REFERENCE_WINDOW_DAYS, day - 1];
}

function intersect(a: [number, number] | null, b: [number, number] | null): [number, number] | null {
  if (!a || !b) return null;
  const lo = Math.max(a[0], b[0]);
  const hi = Math.min(a[1], b[1]);
  return lo <= hi ? [lo, hi] : null;
}

/** Where an event lies: its date's range, or the window its undated reports allow. */
function extent(
  date: FuzzyDate | null,
  reports: ReadonlyArray<Pick<EventReportRef, 'articleDate' | 'role'>>,
): [number, number] | null {
  if (date) return dateRange(date);
  let range: [number, number] | null = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (const report of reports) range = intersect(range, window(report.articleDate, report.role));
  return range && Number.isFinite(range[0]) ? range : null;
}

/** How two dates agree: 1 for the same day, less for looser agreement, null when they disagree. */
function dateAgreement(
  a: FuzzyDate | null,
  aReports: ReadonlyArray<Pick<EventReportRef, 'articleDate' | 'role'>>,
  b: FuzzyDate | null,
  bReports: ReadonlyArray<Pick<EventReportRef, 'articleDate' | 'role'>>,
): { score: number; reason: string } | null {
  if (a && b) {
    const [alo, ahi] = dateRange(a);
    const [blo, bhi] = dateRange(b);
    if (a.precision === 'DAY' && b.precision === 'DAY') {
      const diff = Math.abs(alo - blo);
      return diff <= DAY_TOLERANCE
        ? { score: 1 - 0.1 * diff, reason: diff === 0 ? 'same-day' : 'day±1' }
        : null;
    }
    return alo <= bhi && blo <= ahi ? { score: 0.8, reason: 'date-within' } : null;
  }
  const ea = extent(a, aReports);
  const eb = extent(b, bReports);
  if (!ea || !eb) return null;
  return intersect(ea, eb) ? { score: 0.6, reason: 'undated-in-window' } : null;
}

// ------------------------------------------------------------------------------ participants, places

function participantAgreement(
  kind: EventKind,
  a: readonly string[],
  b: readonly string[],
  bothDays: boolean,
): { score: number; same: boolean } | null {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 || sb.size === 0) return null;
  const shared = [...sa].filter((id) => sb.has(id)).length;
  if (shared === sa.size && shared === sb.size) return { score: 1, same: true };
  // A multi-party meeting named in full by one report and in part by another.
  const subset = shared === Math.min(sa.size, sb.size);
  if (isMeetingKind(kind) && subset && shared >= 2 && bothDays) return { score: 0.8, same: false };
  return null;
}

function placeAgreement(
  a: { placeId: string | null; placeLexiconId?: string | null | undefined },
  b: { placeId: string | null; placeLexiconId?: string | null | undefined },
): { score: number; reason: string | null } | null {
  if (!a.placeId || !b.placeId) return { score: 0, reason: null };
  if (a.placeId === b.placeId) return { score: 0.1, reason: 'same-place' };
  const la = a.placeLexiconId;
  const lb = b.placeLexiconId;
  if (la && lb && (la.startsWith(`${lb}/`) || lb.startsWith(`${la}/`)))
    return { score: 0.05, reason: 'place-within' };
  return null;
}

// ------------------------------------------------------------------------------ matching

interface EventMatch {
  candidate: EventCandidate;
  score: number;
  reason: string;
  dated: boolean;
  placeMatched: boolean;
}

function matchEvent(
  article: EventArticle,
  event: ArticleEventInput,
  candidate: EventCandidate,
): EventMatch | null {
  if (eventFamily(event.kind) !== eventFamily(candidate.kind)) return null;
  const bothDays = event.date?.precision === 'DAY' && candidate.date?.precision === 'DAY';
  const people = participantAgreement(event.kind, event.participantIds, candidate.participantIds, bothDays);
  if (!people) return null;
  const ownReports = [{ articleDate: article.articleDate, role: event.role }];
  const dates = dateAgreement(event.date, ownReports, candidate.date, candidate.reports);
  if (!dates) return null;
  if (dates.reason === 'undated-in-window' && !people.same) return null;
  const place = placeAgreement(event, candidate);
  if (!place) return null;
  const reasons = [people.same ? 'same-participants' : 'participants-within', dates.reason];
  if (place.reason) reasons.push(place.reason);
  return {
    candidate,
    score: Math.min(1, 0.5 * people.score + 0.4 * dates.score + place.score),
    reason: reasons.join('+'),
    dated: dates.reason !== 'undated-in-window',
    placeMatched: place.reason !== null,
  };
}

const PRECISION_RANK = { DAY: 3, MONTH: 2, YEAR: 1 } as const;

/**
 * The date a stored event shows, from all its reports: the most precise, then the one most PRIMARY
 * reports give, then most reports, then the earliest. Independent of the order reports arrived in.
 */
export function chooseEventDate(
  reports: ReadonlyArray<Pick<EventReportRef, 'date' | 'role' | 'weight'>>,
): FuzzyDate | null {
  const tally = new Map<string, { date: FuzzyDate; primary: number; all: number }>();
  for (const report of reports) {
    if (!report.date) continue;
    const key = `${report.date.precision}:${report.date.value}`;
    const entry = tally.get(key) ?? { date: report.date, primary: 0, all: 0 };
    const weight = report.weight ?? 1;
    entry.all += weight;
    if (report.role === 'PRIMARY') entry.primary += weight;
    tally.set(key, entry);
  }
  const ranked = [...tally.values()].sort(
    (a, b) =>
      PRECISION_RANK[b.date.precision] - PRECISION_RANK[a.date.precision] ||
      b.primary - a.primary ||
      b.all - a.all ||
      (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : 0),
  );
  return ranked[0]?.date ?? null;
}

function updateFor(
  event: ArticleEventInput,
  candidate: EventCandidate,
  extraParticipants: readonly string[],
): EventUpdate | null {
  const date = chooseEventDate([...candidate.reports, { date: event.date, role: event.role }]);
  let placeId = candidate.placeId;
  if (!placeId) placeId = event.placeId;
  else if (
    event.placeId &&
    event.placeLexiconId &&
    candidate.placeLexiconId &&
    event.placeLexiconId.startsWith(`${candidate.placeLexiconId}/`)
  ) {
    placeId = event.placeId;
  }
  const participantIds = [...new Set([...candidate.participantIds, ...extraParticipants])].sort();
  const dateChanged =
    (date?.value ?? null) !== (candidate.date?.value ?? null) ||
    (date?.precision ?? null) !== (candidate.date?.precision ?? null);
  const changed =
    dateChanged ||
    placeId !== candidate.placeId ||
    participantIds.length !== new Set(candidate.participantIds).size;
  if (!changed) return null;
  return {
    date,
    placeId,
    participantIds,
    dedupeKey: eventDedupeKey(candidate.kind, participantIds, date, date ? '' : candidate.id),
  };
}

/**
 * Decides, for every event of one article, whether it is a stored event (attach), a new one
 * (create), or an ambiguous reference (skip); and which articles report the same events. Events of
 * one article never attach to the same stored event twice (the stage already merged its own
 * duplicate mentions), unless they are the same event by key.
 */
export function matchArticleEvents(
  article: EventArticle,
  candidates: readonly EventCandidate[],
): EventResolution {
  const sorted = [...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const decisions: EventDecision[] = [];
  const links = new Map<string, ArticleLinkPlan>();
  const taken = new Set<string>();
  const createdKeys = new Map<string, string>();
  // PRIMARY events first: a REFERENCE in the same article must not take the meeting it reports.
  const order = [...article.events].sort(
    (a, b) => Number(a.role === 'REFERENCE') - Number(b.role === 'REFERENCE') || a.index - b.index,
  );
  for (const event of order) {
    const matches = sorted
      .filter((c) => !taken.has(c.id))
      .map((c) => matchEvent(article, event, c))
      .filter((m): m is EventMatch => m !== null)
      .sort((a, b) => b.score - a.score || (a.candidate.id < b.candidate.id ? -1 : 1));
    let chosen: EventMatch | undefined = matches[0];
    if (chosen && matches.length > 1 && !event.date) {
      // An undated report matching several events: the place may tell them apart; else it is a guess.
      const placed = matches.filter((m) => m.placeMatched);
      const top = matches.filter((m) => m.score === chosen!.score);
      if (placed.length === 1) chosen = placed[0];
      else if (top.length > 1 || placed.length > 1) {
        decisions.push({ event: event.index, action: 'skip', reason: 'ambiguous:several-events-match' });
        continue;
      }
    }
    if (chosen) {
      taken.add(chosen.candidate.id);
      decisions.push({
        event: event.index,
        action: 'attach',
        id: chosen.candidate.id,
        score: Math.round(chosen.score * 1000) / 1000,
        reason: chosen.reason,
        update: updateFor(event, chosen.candidate, event.participantIds),
      });
      if (event.role === 'PRIMARY') {
        for (const report of chosen.candidate.reports) {
          if (report.role !== 'PRIMARY' || report.articleId === article.articleId) continue;
          const [a, b] = [article.articleId, report.articleId].sort() as [string, string];
          const key = `${a}|${b}`;
          const previous = links.get(key);
          if (!previous || previous.score < chosen.score) {
            links.set(key, {
              articleId: a,
              otherArticleId: b,
              kind: 'SAME_EVENT',
              score: Math.round(chosen.score * 1000) / 1000,
              reason: `same-${eventFamily(event.kind).toLowerCase()}:${chosen.reason}`,
            });
          }
        }
      }
      continue;
    }
    if (event.participantIds.length === 0) {
      decisions.push({ event: event.index, action: 'skip', reason: 'no-participants' });
      continue;
    }
    const dedupeKey = eventDedupeKey(
      event.kind,
      event.participantIds,
      event.date,
      event.date ? '' : `${article.articleId}#${event.index}`,
    );
    const twin = createdKeys.get(dedupeKey);
    if (twin) {
      decisions.push({
        event: event.index,
        action: 'create',
        ref: twin,
        dedupeKey,
        reason: 'same-key-in-article',
      });
      continue;
    }
    const ref = `new-event:${createdKeys.size}`;
    createdKeys.set(dedupeKey, ref);
    decisions.push({
      event: event.index,
      action: 'create',
      ref,
      dedupeKey,
      reason: matches.length === 0 ? 'no-matching-event' : 'matching-event-taken',
    });
  }
  decisions.sort((a, b) => a.event - b.event);
  return { decisions, links: [...links.values()] };
}

/**
 * What to load candidates by: events of these families with any of these participants, dated in
 * `from`..`to` (inclusive, `YYYY-MM-DD`), plus every undated one with these participants (its date
 * window depends on its own reports). `from`/`to` are null when no event of the article can be placed
 * in time.
 */
export function eventLookup(article: EventArticle): {
  families: string[];
  participantIds: string[];
  from: string | null;
  to: string | null;
} {
  const families = [...new Set(article.events.map((e) => eventFamily(e.kind)))];
  const participantIds = [...new Set(article.events.flatMap((e) => e.participantIds))].sort();
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const event of article.events) {
    const range = extent(event.date, [{ articleDate: article.articleDate, role: event.role }]);
    if (!range) continue;
    lo = Math.min(lo, range[0] - DAY_TOLERANCE);
    hi = Math.max(hi, range[1] + DAY_TOLERANCE);
  }
  const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
  return {
    families,
    participantIds,
    from: Number.isFinite(lo) ? iso(lo) : null,
    to: Number.isFinite(hi) ? iso(hi) : null,
  };
}

/**
 * The events of an extracted article with stored ids: `entityIds[i]` is the stored id of
 * `doc.entities[i]` (after entity resolution). Participants without an id are left out; the article
 * date is the publication date when known to the day.
 */
export function eventArticleOf(
  articleId: string,
  doc: Pick<Doc, 'events' | 'entities' | 'meta'>,
  entityIds: ReadonlyArray<string | null | undefined>,
): EventArticle {
  const published = doc.meta.publishedAt;
  return {
    articleId,
    articleDate: published?.precision === 'DAY' ? published.value : null,
    events: doc.events.map((event, index) => ({
      index,
      kind: event.kind,
      role: event.role,
      participantIds: [
        ...new Set(event.participants.map((p) => entityIds[p]).filter((id): id is string => !!id)),
      ],
      placeId: event.place === null ? null : (entityIds[event.place] ?? null),
      placeLexiconId: event.place === null ? null : (doc.entities[event.place]?.lexiconId ?? null),
      date: event.date,
    })),
  };
}
