import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Doc, EventKind, FuzzyDate, ReportRole } from '../domain.js';
import { loadExtract, seedsPaths } from '../eval/run-eval.js';
import {
  type ArticleEventInput,
  type ArticleLinkPlan,
  chooseEventDate,
  type EventArticle,
  type EventCandidate,
  eventArticleOf,
  eventDedupeKey,
  eventLookup,
  matchArticleEvents,
  meetingDedupeKey,
} from './dedupe-events.js';
import { MemoryEntityStore } from './memory-store.js';

const day = (value: string): FuzzyDate => ({ value, precision: 'DAY' });
const month = (value: string): FuzzyDate => ({ value, precision: 'MONTH' });
const year = (value: string): FuzzyDate => ({ value, precision: 'YEAR' });

function event(
  participantIds: string[],
  date: FuzzyDate | null,
  more: Partial<ArticleEventInput> = {},
): ArticleEventInput {
  return { index: 0, kind: 'MEETING', role: 'PRIMARY', participantIds, placeId: null, date, ...more };
}

function stored(
  id: string,
  participantIds: string[],
  date: FuzzyDate | null,
  more: Partial<EventCandidate> = {},
) {
  return {
    id,
    kind: 'MEETING' as EventKind,
    participantIds,
    date,
    placeId: null,
    reports: [
      {
        articleId: `${id}-report`,
        articleDate: date?.value.slice(0, 10) ?? null,
        role: 'PRIMARY' as const,
        date,
      },
    ],
    ...more,
  } satisfies EventCandidate;
}

const one = (articleDate: string | null, e: ArticleEventInput, candidates: EventCandidate[]) =>
  matchArticleEvents({ articleId: 'a1', articleDate, events: [e] }, candidates).decisions[0]!;

// Akhilesh Yadav (ay) met Azam Khan (ak) in Rampur (rampur) on 8 October 2025.
const oct8 = stored('m-oct8', ['ak', 'ay'], day('2025-10-08'), { placeId: 'rampur' });

describe('matching a reported meeting to a stored one', () => {
  it.each<[string, string | null, ArticleEventInput, 'attach' | 'create']>([
    ['the same day', '2025-10-08', event(['ay', 'ak'], day('2025-10-08')), 'attach'],
    ['a day later (time zone, late report)', '2025-10-09', event(['ay', 'ak'], day('2025-10-09')), 'attach'],
    ['two days later', '2025-10-10', event(['ay', 'ak'], day('2025-10-10')), 'create'],
    ['the same month', '2025-10-20', event(['ay', 'ak'], month('2025-10')), 'attach'],
    ['another month', '2025-11-20', event(['ay', 'ak'], month('2025-11')), 'create'],
    ['the same year', '2025-12-20', event(['ay', 'ak'], year('2025')), 'attach'],
    ['no date, in an article two days later', '2025-10-10', event(['ay', 'ak'], null), 'attach'],
    ['no date, in an article a week later', '2025-10-15', event(['ay', 'ak'], null), 'create'],
    [
      'no date, a reference a month later',
      '2025-11-07',
      event(['ay', 'ak'], null, { role: 'REFERENCE' }),
      'attach',
    ],
    [
      'the same day in the same city',
      '2025-10-08',
      event(['ay', 'ak'], day('2025-10-08'), { placeId: 'rampur' }),
      'attach',
    ],
    [
      'the same day in another city',
      '2025-10-08',
      event(['ay', 'ak'], day('2025-10-08'), { placeId: 'lucknow' }),
      'create',
    ],
    ['another pair of people', '2025-10-08', event(['ay', 'dy'], day('2025-10-08')), 'create'],
    ['one of the two only', '2025-10-08', event(['ay'], day('2025-10-08')), 'create'],
  ])('%s', (_what, articleDate, reported, action) => {
    expect(one(articleDate, reported, [oct8]).action).toBe(action);
  });

  it('takes a report naming a third participant of the same day as the same meeting', () => {
    const decision = one('2025-10-08', event(['ay', 'ak', 'ab'], day('2025-10-08')), [oct8]);
    expect(decision).toMatchObject({
      action: 'attach',
      id: 'm-oct8',
      reason: 'participants-within+same-day',
    });
    expect(decision.action === 'attach' && decision.update?.participantIds).toEqual(['ab', 'ak', 'ay']);
  });

  it('takes a place inside the stored one as compatible and more precise', () => {
    const up = stored('m', ['ak', 'ay'], day('2025-10-08'), { placeId: 'up', placeLexiconId: 'IN-UP' });
    const decision = one(
      '2025-10-08',
      event(['ay', 'ak'], day('2025-10-08'), { placeId: 'rampur', placeLexiconId: 'IN-UP/Rampur' }),
      [up],
    );
    expect(decision).toMatchObject({ action: 'attach', reason: 'same-participants+same-day+place-within' });
    expect(decision.action === 'attach' && decision.update?.placeId).toBe('rampur');
  });

  it('refines an undated stored meeting with the first dated report', () => {
    const undated = stored('m', ['ak', 'ay'], null, {
      placeId: 'rampur',
      reports: [{ articleId: 'hi', articleDate: '2025-11-07', role: 'REFERENCE', date: null }],
    });
    const decision = one('2025-10-08', event(['ay', 'ak'], day('2025-10-08'), { placeId: 'rampur' }), [
      undated,
    ]);
    expect(decision).toMatchObject({
      action: 'attach',
      reason: 'same-participants+undated-in-window+same-place',
    });
    expect(decision.action === 'attach' && decision.update).toEqual({
      date: day('2025-10-08'),
      placeId: 'rampur',
      participantIds: ['ak', 'ay'],
      dedupeKey: 'MEETING|ak+ay|2025-10-08',
    });
  });

  it('does not attach a meeting after the article that refers back to it', () => {
    const undated = stored('m', ['ak', 'ay'], null, {
      reports: [{ articleId: 'x', articleDate: '2025-11-07', role: 'REFERENCE', date: null }],
    });
    expect(one('2025-11-07', event(['ay', 'ak'], day('2025-11-07')), [undated]).action).toBe('create');
  });
});

describe('references to earlier meetings', () => {
  const nov7 = stored('m-nov7', ['ak', 'ay'], day('2025-11-07'), { placeId: 'lucknow' });

  it('attach an undated reference to the earlier meeting its place names', () => {
    const reference = event(['ak', 'ay'], null, { role: 'REFERENCE', placeId: 'rampur' });
    expect(one('2025-11-08', reference, [oct8, nov7])).toMatchObject({ action: 'attach', id: 'm-oct8' });
  });

  it('are skipped rather than guessed when several earlier meetings fit', () => {
    const reference = event(['ak', 'ay'], null, { role: 'REFERENCE' });
    expect(one('2025-11-20', reference, [oct8, nov7])).toEqual({
      event: 0,
      action: 'skip',
      reason: 'ambiguous:several-events-match',
    });
  });

  it('create the meeting when none is stored yet', () => {
    const reference = event(['ak', 'ay'], day('2025-10-08'), { role: 'REFERENCE', placeId: 'rampur' });
    expect(one('2025-11-07', reference, [])).toEqual({
      event: 0,
      action: 'create',
      ref: 'new-event:0',
      dedupeKey: 'MEETING|ak+ay|2025-10-08',
      reason: 'no-matching-event',
    });
  });

  it('do not take the meeting the same article reports as happening', () => {
    const article: EventArticle = {
      articleId: 'hi',
      articleDate: '2025-11-07',
      events: [
        event(['ak', 'ay'], null, { index: 0, role: 'REFERENCE' }),
        event(['ak', 'ay'], day('2025-11-07'), { index: 1, placeId: 'lucknow' }),
      ],
    };
    const { decisions } = matchArticleEvents(article, [nov7, oct8]);
    expect(decisions.map((d) => (d.action === 'attach' ? d.id : d.action))).toEqual(['m-oct8', 'm-nov7']);
  });
});

describe('other kinds of events', () => {
  const release = stored('r', ['ak'], day('2025-09-23'), { kind: 'RELEASE' });

  it.each<[string, ArticleEventInput, 'attach' | 'create']>([
    ['the same release a day later', event(['ak'], day('2025-09-24'), { kind: 'RELEASE' }), 'attach'],
    ['an arrest of the same person that day', event(['ak'], day('2025-09-23'), { kind: 'ARREST' }), 'create'],
    ['a release of someone else', event(['ay'], day('2025-09-23'), { kind: 'RELEASE' }), 'create'],
    ['a visit reported as a meeting', event(['ak', 'ay'], day('2025-10-08'), { kind: 'VISIT' }), 'attach'],
  ])('%s', (_what, reported, action) => {
    expect(one('2025-10-08', reported, [release, oct8]).action).toBe(action);
  });
});

describe('keys, dates and lookups', () => {
  it('keys an event by family, sorted participants and date bucket', () => {
    expect(meetingDedupeKey(['p2', 'p1', 'p2'], day('2025-10-08'))).toBe('MEETING|p1+p2|2025-10-08');
    expect(eventDedupeKey('VISIT', ['p1', 'p2'], month('2025-10'))).toBe('MEETING|p1+p2|2025-10');
    expect(eventDedupeKey('RELEASE', ['p1'], null, 'a1#3')).toBe('RELEASE|p1|undated:a1#3');
  });

  it('shows the most precise, most reported date whatever order the reports came in', () => {
    const reports: Array<{ date: FuzzyDate | null; role: ReportRole }> = [
      { date: month('2025-10'), role: 'PRIMARY' },
      { date: day('2025-10-09'), role: 'REFERENCE' },
      { date: day('2025-10-08'), role: 'PRIMARY' },
      { date: day('2025-10-08'), role: 'PRIMARY' },
      { date: null, role: 'PRIMARY' },
    ];
    expect(chooseEventDate(reports)).toEqual(day('2025-10-08'));
    expect(chooseEventDate([...reports].reverse())).toEqual(day('2025-10-08'));
  });

  it('counts a grouped report as the reports it stands for', () => {
    // Thirty articles gave the 9th, two gave the 8th: the loaded groups must say the same as the rows.
    const grouped = [
      { date: day('2025-10-08'), role: 'PRIMARY' as const, weight: 2 },
      { date: day('2025-10-09'), role: 'PRIMARY' as const, weight: 30 },
    ];
    const rows = grouped.flatMap((g) =>
      Array.from({ length: g.weight }, () => ({ date: g.date, role: g.role })),
    );
    expect(chooseEventDate(grouped)).toEqual(day('2025-10-09'));
    expect(chooseEventDate(rows)).toEqual(chooseEventDate(grouped));
  });

  it('loads candidates around the dates the article can mean', () => {
    const lookup = eventLookup({
      articleId: 'a',
      articleDate: '2025-11-07',
      events: [
        event(['ay', 'ak'], day('2025-11-07')),
        event(['ak'], null, { kind: 'RELEASE', role: 'REFERENCE' }),
      ],
    });
    expect(lookup).toEqual({
      families: ['MEETING', 'RELEASE'],
      participantIds: ['ak', 'ay'],
      from: '2024-11-05',
      to: '2025-11-08',
    });
  });
});

// ------------------------------------------------------------------------------ the samples

/** A stored event and its reports, as the persistence layer would keep them. */
type StoredEvent = EventCandidate & { reports: Array<EventCandidate['reports'][number] & { event: number }> };

class MemoryEventStore {
  private readonly byId = new Map<string, StoredEvent>();
  private counter = 0;
  readonly links: ArticleLinkPlan[] = [];

  events(): StoredEvent[] {
    return [...this.byId.values()];
  }

  ingest(article: EventArticle): void {
    const { decisions, links } = matchArticleEvents(article, this.events());
    this.links.push(...links);
    const refs = new Map<string, string>();
    for (const decision of decisions) {
      const reported = article.events.find((e) => e.index === decision.event)!;
      const report = {
        articleId: article.articleId,
        articleDate: article.articleDate,
        role: reported.role,
        date: reported.date,
        event: reported.index,
      };
      if (decision.action === 'attach') {
        const target = this.byId.get(decision.id)!;
        target.reports.push(report);
        if (decision.update) {
          target.date = decision.update.date;
          target.placeId = decision.update.placeId;
          target.participantIds = decision.update.participantIds;
        }
      } else if (decision.action === 'create') {
        const id = refs.get(decision.ref) ?? `ev${++this.counter}`;
        refs.set(decision.ref, id);
        const existing = this.byId.get(id);
        if (existing) existing.reports.push(report);
        else
          this.byId.set(id, {
            id,
            kind: reported.kind,
            participantIds: [...reported.participantIds].sort(),
            date: reported.date,
            placeId: reported.placeId,
            reports: [report],
          });
      }
    }
  }
}

describe('the sample meetings across four articles in two languages', async () => {
  const { extract } = await loadExtract();
  const { articlesDir } = seedsPaths();
  const files = fs
    .readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const docs: Array<{ id: string; doc: Doc }> = [];
  for (const file of files) {
    docs.push({
      id: file,
      doc: await extract({ ingestedFrom: file, body: fs.readFileSync(path.join(articlesDir, file), 'utf8') }),
    });
  }
  // Entities resolved once (their order independence is tested in memory-store.test.ts).
  const entities = new MemoryEntityStore();
  const articles: EventArticle[] = docs.map(({ id, doc }) =>
    eventArticleOf(id, doc, entities.ingest(id, doc).ids),
  );
  const name = (id: string) => entities.get(id)?.name ?? id;
  const summarise = (store: MemoryEventStore) =>
    store
      .events()
      .filter((e) => e.kind === 'MEETING' || e.kind === 'VISIT')
      .map((e) => ({
        participants: e.participantIds.map(name).sort(),
        date: e.date?.value ?? null,
        place: e.placeId ? name(e.placeId) : null,
        reports: e.reports.map((r) => `${r.articleId.slice(0, 3)}:${r.role}`).sort(),
      }))
      .sort((a, b) => String(a.date).localeCompare(String(b.date)));

  it('are two meetings, each with every article that reports or refers to it, in any ingest order', () => {
    const orders = [
      articles,
      [...articles].reverse(),
      [articles[3]!, articles[0]!, articles[2]!, articles[1]!, articles[4]!],
    ];
    const results = orders.map((order) => {
      const store = new MemoryEventStore();
      for (const article of order) store.ingest(article);
      return summarise(store);
    });
    expect(results[0]).toEqual([
      {
        participants: ['Akhilesh Yadav', 'Azam Khan'],
        date: '2025-10-08',
        place: 'Rampur',
        reports: ['000:PRIMARY', '001:PRIMARY', '002:REFERENCE', '003:REFERENCE'],
      },
      {
        participants: ['Akhilesh Yadav', 'Azam Khan'],
        date: '2025-11-07',
        place: 'Lucknow',
        reports: ['002:PRIMARY', '003:PRIMARY'],
      },
    ]);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('links the articles that report the same meeting as it happens, across languages', () => {
    const store = new MemoryEventStore();
    for (const article of articles) store.ingest(article);
    const pairs = store.links
      .filter((l) => l.reason.startsWith('same-meeting'))
      .map((l) => `${l.articleId.slice(0, 3)}-${l.otherArticleId.slice(0, 3)}`)
      .sort();
    expect(pairs).toEqual(['000-001', '002-003']);
  });
});
