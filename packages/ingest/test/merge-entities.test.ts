/**
 * A curator's merge of two persons on a graph the real pipeline wrote: the meetings the wrong split kept
 * apart become one meeting with every report, and the keys later reports find meetings by name the kept
 * person.
 */
import { createTestDatabase, type TestDatabase } from '@newsgraph/schema/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestArticles } from '../src/ingest-articles.js';
import { mergeEntities } from '../src/persist/merge-entities.js';

const open: TestDatabase[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.dispose();
});

const FIRST =
  'Lucknow, Mar 3 (PTI) Chief Minister Rekha Verma met Opposition leader Sunil Joshi at her residence in Lucknow on Monday.\n\n' +
  '"We discussed the flood relief package," Verma told reporters after the meeting.';
const SECOND =
  'Lucknow, Mar 3 (IANS) Bunty Verma, the chief minister, met Sunil Joshi in Lucknow on Monday to discuss flood relief.';
const LATER =
  'Lucknow, Mar 4 (PTI) A day after Rekha Verma met Sunil Joshi in Lucknow on Monday, the two parties agreed on a relief plan.';

async function meetingsOf(t: TestDatabase, personId: string) {
  return t.db.prisma.meeting.findMany({
    where: { participants: { some: { personId } } },
    include: { participants: true, reports: true },
  });
}

describe('mergeEntities and meetings', () => {
  it('folds the two meetings a wrong split of one person kept apart, and later reports find the one left', async () => {
    const t = await createTestDatabase();
    open.push(t);
    const prisma = t.db.prisma;
    await ingestArticles(t.db, [
      { ingestedFrom: 'a.txt', body: FIRST, publishedAt: '2025-03-03' },
      { ingestedFrom: 'b.txt', body: SECOND, publishedAt: '2025-03-03' },
    ]);
    const rekha = await prisma.person.findFirstOrThrow({ where: { name: 'Rekha Verma' } });
    const bunty = await prisma.person.findFirstOrThrow({ where: { name: 'Bunty Verma' } });
    expect(await prisma.meeting.count()).toBe(2);

    await mergeEntities(prisma, {
      type: 'Person',
      keepId: rekha.id,
      mergeId: bunty.id,
      mergedBy: 'curator:test',
      reason: "Bunty is the chief minister's nickname",
    });

    const [meeting, ...others] = await meetingsOf(t, rekha.id);
    expect(others).toHaveLength(0);
    expect(await prisma.meeting.count()).toBe(1);
    expect(meeting!.reports.map((r) => r.articleId).sort()).toHaveLength(2);
    expect(meeting!.participants).toHaveLength(2);
    expect(meeting!.dedupeKey).toContain(rekha.id);
    expect(meeting!.dedupeKey).not.toContain(bunty.id);

    // A later article about the same meeting attaches to it instead of creating a third.
    await ingestArticles(t.db, [{ ingestedFrom: 'c.txt', body: LATER, publishedAt: '2025-03-04' }]);
    const after = await meetingsOf(t, rekha.id);
    expect(after).toHaveLength(1);
    expect(after[0]!.reports).toHaveLength(3);
  });
});
