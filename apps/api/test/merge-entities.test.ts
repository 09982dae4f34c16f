/**
 * mergeEntities: a curator joins an entity that extraction split in two. The graph is written with
 * Prisma (test/support/seed-graph.ts) so the split is exactly known.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeId } from '../src/global-ids.js';
import { nameKey } from '../src/name-key.js';
import { createNewsgraphYoga, type NewsgraphYoga } from '../src/yoga.js';
import { data, graphql } from './support/graphql-request.js';
import { type SeededGraph, seedGraph } from './support/seed-graph.js';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

const KEYS = 'ingester:ingest-secret-1:ingest,desk:curate-secret-1:curate';
const CURATOR = { authorization: 'Bearer curate-secret-1' };
const INGESTER = { authorization: 'Bearer ingest-secret-1' };
const MERGE = `mutation($keep: ID!, $merge: ID!, $reason: String) {
  mergeEntities(keepId: $keep, mergeId: $merge, reason: $reason) { __typename id ... on Person { name aliases } } }`;

let tdb: TestDatabase;
let yoga: NewsgraphYoga;
let graph: SeededGraph;
let duplicate: string;

/** A second "Qureshi" that owns some of the real one's facts, as a wrong split would leave them. */
async function splitQureshi(): Promise<string> {
  const prisma = tdb.db.prisma;
  const dup = await prisma.person.create({
    data: {
      name: 'I. Qureshi',
      key: nameKey('I. Qureshi'),
      aliases: {
        create: [
          { entityType: 'PERSON', form: 'I. Qureshi', key: nameKey('I. Qureshi'), script: 'LATN', count: 2 },
          { entityType: 'PERSON', form: 'Qureshi', key: nameKey('Qureshi'), script: 'LATN', count: 3 },
        ],
      },
    },
  });
  const { qureshi } = graph.people;
  await prisma.mention.updateMany({
    where: { personId: qureshi, articleId: graph.articles.en2 },
    data: { personId: dup.id },
  });
  await prisma.statement.updateMany({
    where: { speakerId: qureshi, language: 'hi' },
    data: { speakerId: dup.id },
  });
  const raoStatement = await prisma.statement.findFirstOrThrow({ where: { articleId: graph.articles.en2 } });
  await prisma.statementAbout.create({ data: { statementId: raoStatement.id, personId: dup.id } });
  await prisma.meetingParticipant.createMany({
    data: [
      { meetingId: graph.meetings.nagpur, personId: dup.id },
      { meetingId: graph.meetings.pune, personId: dup.id },
    ],
  });
  await prisma.affiliation.create({
    data: {
      personId: dup.id,
      organizationId: graph.organization,
      role: 'leader',
      articleId: graph.articles.en2,
      start: 0,
      end: 4,
      extractor: 'test',
      confidence: 0.5,
    },
  });
  return dup.id;
}

beforeAll(async () => {
  tdb = await openTestDatabase();
  graph = await seedGraph(tdb.db.prisma);
  duplicate = await splitQureshi();
  yoga = createNewsgraphYoga({ db: tdb.db, apiKeys: KEYS, logger: pino({ level: 'silent' }) });
});
afterAll(async () => tdb?.close());

const person = (id: string) => encodeId('Person', id);

describe('mergeEntities refuses', () => {
  it.each([
    ['without a key', {}, 'UNAUTHENTICATED'],
    ['with a key that may only ingest', INGESTER, 'FORBIDDEN'],
  ])('%s, and changes nothing', async (_case, headers, code) => {
    const response = await graphql(
      yoga,
      MERGE,
      { keep: person(graph.people.qureshi), merge: person(duplicate) },
      headers,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(await tdb.db.prisma.person.findUnique({ where: { id: duplicate } })).not.toBeNull();
  });

  it.each([
    [
      'a person into an organisation',
      () => [encodeId('Organization', graph.organization), person(duplicate)],
      'BAD_USER_INPUT',
    ],
    ['a person into itself', () => [person(duplicate), person(duplicate)], 'BAD_USER_INPUT'],
    [
      'articles',
      () => [encodeId('Article', graph.articles.en1), encodeId('Article', graph.articles.hi)],
      'BAD_USER_INPUT',
    ],
    [
      'an ID that names nothing',
      () => [person(graph.people.qureshi), person('00000000-0000-7000-8000-000000000000')],
      'NOT_FOUND',
    ],
  ])('to merge %s', async (_case, ids, code) => {
    const [keep, merge] = ids();
    const response = await graphql(yoga, MERGE, { keep, merge }, CURATOR);
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(await tdb.db.prisma.person.count({ where: { id: duplicate } })).toBe(1);
  });
});

describe('mergeEntities', () => {
  it('moves every fact of the merged person to the kept one and records the curator', async () => {
    const prisma = tdb.db.prisma;
    const { qureshi } = graph.people;
    const mentionsBefore = await prisma.mention.count({ where: { personId: { in: [qureshi, duplicate] } } });
    const result = await data<{
      mergeEntities: { __typename: string; id: string; name: string; aliases: string[] };
    }>(
      yoga,
      MERGE,
      { keep: person(qureshi), merge: person(duplicate), reason: 'same man, initial only' },
      CURATOR,
    );
    expect(result.mergeEntities).toMatchObject({
      __typename: 'Person',
      id: person(qureshi),
      name: 'Imran Qureshi',
    });
    expect(result.mergeEntities.aliases).toContain('I. Qureshi');

    expect(await prisma.person.findUnique({ where: { id: duplicate } })).toBeNull();
    expect(await prisma.mention.count({ where: { personId: qureshi } })).toBe(mentionsBefore);
    const alias = await prisma.alias.findUniqueOrThrow({
      where: { personId_form: { personId: qureshi, form: 'Qureshi' } },
    });
    expect(alias.count).toBe(9 + 3);
    expect(await prisma.statement.count({ where: { speakerId: qureshi, language: 'hi' } })).toBe(1);
    expect(await prisma.statementAbout.count({ where: { personId: qureshi } })).toBe(1);
    const participations = await prisma.meetingParticipant.findMany({ where: { personId: qureshi } });
    expect(participations.map((p) => p.meetingId).sort()).toEqual(
      [graph.meetings.nagpur, graph.meetings.pune].sort(),
    );
    expect(await prisma.affiliation.count({ where: { personId: qureshi, role: 'leader' } })).toBe(1);

    const record = await prisma.entityMerge.findFirstOrThrow({ where: { mergedId: duplicate } });
    expect(record).toMatchObject({
      entityType: 'PERSON',
      keptId: qureshi,
      mergedName: 'I. Qureshi',
      mergedBy: 'curator:desk',
      reason: 'same man, initial only',
    });
  });

  it('leaves the graph consistent for queries: the merged ID is gone and the meeting lists the kept person once', async () => {
    const result = await data<{
      node: { id: string } | null;
      meetings: { nodes: { participants: { name: string }[] }[] };
    }>(
      yoga,
      `query($gone: ID!) { node(id: $gone) { id }
        meetings(where: { participant: "Imran Qureshi" }) { nodes { participants { name } } } }`,
      { gone: person(duplicate) },
    );
    expect(result.node).toBeNull();
    expect(result.meetings.nodes).toHaveLength(2);
    for (const meeting of result.meetings.nodes) {
      expect(meeting.participants.filter((p) => p.name === 'Imran Qureshi')).toHaveLength(1);
    }
  });

  it('merges places, moving meetings, datelines and mentions', async () => {
    const prisma = tdb.db.prisma;
    const copy = await prisma.place.create({
      data: {
        name: 'Poona',
        key: nameKey('Poona'),
        kind: 'CITY',
        lexiconId: 'test:poona',
        aliases: {
          create: [{ entityType: 'PLACE', form: 'Poona', key: nameKey('Poona'), script: 'LATN', count: 1 }],
        },
      },
    });
    await prisma.meeting.update({ where: { id: graph.meetings.pune }, data: { placeId: copy.id } });
    await prisma.article.update({ where: { id: graph.articles.en2 }, data: { datelinePlaceId: copy.id } });
    const result = await data<{
      mergeEntities: { id: string; name: string; aliases: string[]; meetings: { totalCount: number } };
    }>(
      yoga,
      `mutation($keep: ID!, $merge: ID!) { mergeEntities(keepId: $keep, mergeId: $merge) {
        id ... on Place { name aliases meetings { totalCount } } } }`,
      { keep: encodeId('Place', graph.places.pune), merge: encodeId('Place', copy.id) },
      CURATOR,
    );
    expect(result.mergeEntities.name).toBe('Pune');
    expect(result.mergeEntities.aliases).toContain('Poona');
    expect(result.mergeEntities.meetings.totalCount).toBe(1);
    const article = await prisma.article.findUniqueOrThrow({ where: { id: graph.articles.en2 } });
    expect(article.datelinePlaceId).toBe(graph.places.pune);
    const pune = await prisma.place.findUniqueOrThrow({ where: { id: graph.places.pune } });
    expect(pune.lexiconId).toBe('test:poona');
  });
});
