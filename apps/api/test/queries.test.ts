/**
 * Read queries against a database filled by the real ingest pipeline (the sample articles and our
 * fixture articles), through `yoga.fetch`.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNewsgraphYoga, type NewsgraphYoga } from '../src/yoga.js';
import { data, graphql } from './support/graphql-request.js';
import { fixtureFiles, ingestFiles, seedFiles } from './support/ingest-files.js';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

let tdb: TestDatabase;
let yoga: NewsgraphYoga;
const FIXTURES = ['01-nagpur-meeting-en.txt', '02-nagpur-meeting-hi.txt', '03-pune-meeting-en.txt'];
const ARTICLE_COUNT = 5 + FIXTURES.length;

beforeAll(async () => {
  tdb = await openTestDatabase();
  await ingestFiles(tdb.db, [...seedFiles(), ...fixtureFiles(...FIXTURES)]);
  yoga = createNewsgraphYoga({ db: tdb.db, logger: pino({ level: 'silent' }) });
});
afterAll(async () => tdb?.close());

interface Named {
  id: string;
  name: string;
  aliases: string[];
}

const PERSON_BY_NAME = 'query($name: String!) { person(name: $name) { id name aliases } }';
const personNamed = async (name: string) =>
  (await data<{ person: Named | null }>(yoga, PERSON_BY_NAME, { name })).person;

const fold = (text: string) => text.normalize('NFC').toLowerCase();

describe('looking people up by name', () => {
  it.each([
    ['Ravi Verma', '  ravi   VERMA '],
    ['Ravi Verma', 'Rāvi Vermā'],
    ['Azam Khan', 'AZAM KHAN'],
    ['इमरान क़ुरैशी', 'इमरान कुरैशी'],
    ['आज़म खां', 'आजम खाँ'],
  ])('finds the person called %s when asked for %s', async (alias, variant) => {
    const exact = await personNamed(alias);
    expect(exact, `nobody has the alias ${alias}`).not.toBeNull();
    expect(exact?.aliases.map(fold)).toContain(fold(alias));
    const found = await personNamed(variant);
    expect(found?.id).toBe(exact?.id);
  });

  it('returns null for a name nobody has', async () => {
    expect(await personNamed('Nobody Of This Name')).toBeNull();
  });

  it('rejects person() with both or neither of id and name as bad user input', async () => {
    for (const query of ['{ person { id } }', '{ person(id: "x", name: "y") { id } }']) {
      const response = await graphql(yoga, query);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('rejects an ID of another type or a malformed ID as bad user input', async () => {
    const article = await data<{ articles: { nodes: { id: string }[] } }>(
      yoga,
      '{ articles(first: 1) { nodes { id } } }',
    );
    for (const id of [article.articles.nodes[0]?.id, 'not-an-id']) {
      const response = await graphql(yoga, 'query($id: ID!) { person(id: $id) { id } }', { id });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('the nested person query of the issue', () => {
  const NESTED = `query($name: String!) {
    person(name: $name) {
      name
      meetings { edges { node { id date place { name } participants { name } reports { article { title ingestedFrom } } statements { nodes { text speaker { name } } } } } }
      statements { nodes { text article { title ingestedFrom } } }
      articles { totalCount }
    }
  }`;

  it('returns the meetings of the person with participants, reports and statements in one request', async () => {
    const result = await data<{
      person: {
        name: string;
        meetings: {
          edges: {
            node: {
              participants: { name: string }[];
              reports: { article: { ingestedFrom: string } }[];
              statements: { nodes: { text: string }[] };
            };
          }[];
        };
        statements: { nodes: { text: string; article: { ingestedFrom: string } }[] };
        articles: { totalCount: number };
      };
    }>(yoga, NESTED, { name: 'Ravi Verma' });
    const person = result.person;
    expect(person.name).toBe('Ravi Verma');
    const meetings = person.meetings.edges.map((edge) => edge.node);
    expect(meetings.length).toBeGreaterThanOrEqual(2);
    for (const meeting of meetings) {
      expect(meeting.participants.map((p) => p.name)).toContain('Ravi Verma');
      expect(meeting.reports.length).toBeGreaterThan(0);
    }
    const reported = meetings.flatMap((m) => m.reports.map((r) => r.article.ingestedFrom));
    expect(reported).toEqual(
      expect.arrayContaining(['fixtures/01-nagpur-meeting-en.txt', 'fixtures/03-pune-meeting-en.txt']),
    );
    expect(person.statements.nodes.map((s) => s.article.ingestedFrom)).toContain(
      'fixtures/01-nagpur-meeting-en.txt',
    );
    expect(person.articles.totalCount).toBeGreaterThanOrEqual(2);
  });
});

describe('spans', () => {
  it('point at exactly their text in the article body, for statements, mentions and meeting evidence', async () => {
    const list = await data<{ articles: { nodes: { id: string }[] } }>(
      yoga,
      '{ articles(first: 100) { nodes { id } } }',
    );
    let checked = 0;
    for (const { id } of list.articles.nodes) {
      const { node: article } = await data<{
        node: {
          body: string;
          statements: { nodes: { span: Span }[] };
          mentions: { nodes: { text: string; span: Span }[] };
          meetings: { reports: { article: { id: string }; evidence: Span }[] }[];
        };
      }>(
        yoga,
        `query($id: ID!) { node(id: $id) { ... on Article { body
          statements(first: 100) { nodes { span { start end text } } }
          mentions(first: 100) { nodes { text span { start end text } } }
          meetings { reports { article { id } evidence { start end text } } } } } }`,
        { id },
      );
      const spans = [
        ...article.statements.nodes.map((s) => s.span),
        ...article.mentions.nodes.map((m) => m.span),
        ...article.meetings.flatMap((m) =>
          m.reports.filter((r) => r.article.id === id).map((r) => r.evidence),
        ),
      ];
      for (const span of spans) {
        expect(article.body.slice(span.start, span.end)).toBe(span.text);
        checked += 1;
      }
      for (const mention of article.mentions.nodes) expect(mention.text).toBe(mention.span.text);
    }
    expect(checked).toBeGreaterThan(50);
  });
});

interface Span {
  start: number;
  end: number;
  text: string;
}

describe('metWith', () => {
  it('lists the people a person shared meetings with, with the number of shared meetings on each edge', async () => {
    const result = await data<{
      person: {
        name: string;
        meetings: { nodes: { participants: { id: string }[] }[] };
        metWith: {
          totalCount: number;
          edges: { meetingCount: number; node: { id: string; name: string } }[];
        };
      };
    }>(
      yoga,
      `query($name: String!) { person(name: $name) { name
        meetings(first: 100) { nodes { participants { id } } }
        metWith(first: 100) { totalCount edges { meetingCount node { id name } } } } }`,
      { name: 'Ravi Verma' },
    );
    const { meetings, metWith } = result.person;
    expect(metWith.edges.length).toBeGreaterThanOrEqual(2);
    expect(metWith.totalCount).toBe(metWith.edges.length);
    for (const edge of metWith.edges) {
      const shared = meetings.nodes.filter((m) => m.participants.some((p) => p.id === edge.node.id)).length;
      expect(edge.meetingCount, edge.node.name).toBe(shared);
    }
    const counts = metWith.edges.map((edge) => edge.meetingCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('leaves meetingCount null on edges of other person lists', async () => {
    const result = await data<{ people: { edges: { meetingCount: number | null }[] } }>(
      yoga,
      '{ people(first: 3) { edges { meetingCount } } }',
    );
    expect(result.people.edges.map((e) => e.meetingCount)).toEqual([null, null, null]);
  });
});

describe('paging', () => {
  it('walks all articles forwards with first/after and backwards with last/before, without gaps or repeats', async () => {
    const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
      articles(first: $first, after: $after, last: $last, before: $before) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } } }`;
    type Page = {
      articles: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
        nodes: { id: string }[];
      };
    };
    const forward: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = (await data<Page>(yoga, PAGE, { first: 3, after })).articles;
      expect(page.totalCount).toBe(ARTICLE_COUNT);
      forward.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toHaveLength(ARTICLE_COUNT);
    expect(new Set(forward).size).toBe(ARTICLE_COUNT);

    const backward: string[] = [];
    let before: string | undefined;
    for (;;) {
      const page = (await data<Page>(yoga, PAGE, { last: 3, before })).articles;
      backward.unshift(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it("pages a many-to-many connection (a person's articles) with the same cursors semantics", async () => {
    const PAGE = `query($name: String!, $after: String) { person(name: $name) {
      articles(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`;
    type Page = {
      person: {
        articles: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          nodes: { id: string }[];
        };
      };
    };
    const seen: string[] = [];
    let after: string | undefined;
    let total = 0;
    for (;;) {
      const page = (await data<Page>(yoga, PAGE, { name: 'Ravi Verma', after })).person.articles;
      total = page.totalCount;
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it.each([
    ['{ people(first: 101) { totalCount } }'],
    ['{ articles(last: 500) { totalCount } }'],
    ['{ people(first: -1) { totalCount } }'],
    ['{ person(name: "Ravi Verma") { articles(first: 101) { totalCount } } }'],
    ['{ search(query: "Verma", first: 1000) { __typename } }'],
    ['{ articles(after: "bm90IGEgY3Vyc29y") { totalCount } }'],
    ['{ person(name: "Ravi Verma") { meetings(after: "garbage") { totalCount } } }'],
    ['{ articles(first: 1, before: "x", after: "y") { totalCount } }'],
  ])('rejects %s as bad user input', async (query) => {
    const response = await graphql(yoga, query);
    expect(response.errors?.[0]?.extensions?.code, JSON.stringify(response.errors)).toBe('BAD_USER_INPUT');
  });
});

describe('filters', () => {
  const ARTICLES = `query($where: ArticleWhere) { articles(first: 100, where: $where) {
    totalCount nodes { ingestedFrom language publishedAt agency } } }`;
  type Articles = {
    articles: {
      totalCount: number;
      nodes: { ingestedFrom: string; language: string; publishedAt: string | null; agency: string | null }[];
    };
  };
  const articles = async (where: Record<string, unknown>) =>
    (await data<Articles>(yoga, ARTICLES, { where })).articles;

  it('keeps only articles in the given language', async () => {
    const hindi = await articles({ language: 'hi' });
    expect(hindi.nodes.map((a) => a.ingestedFrom).sort()).toEqual([
      'fixtures/02-nagpur-meeting-hi.txt',
      'seeds/003_70e6d88516acee2c.txt',
    ]);
    expect(hindi.totalCount).toBe(2);
  });

  it('keeps only articles that mention a person, given by name or by ID', async () => {
    const byName = await articles({ mentions: 'Ravi Verma' });
    expect(byName.nodes.map((a) => a.ingestedFrom)).toEqual(
      expect.arrayContaining(['fixtures/01-nagpur-meeting-en.txt', 'fixtures/03-pune-meeting-en.txt']),
    );
    expect(byName.nodes.map((a) => a.ingestedFrom)).not.toContain('seeds/000_0ba6d9b665ca6324.txt');
    const person = await personNamed('Ravi Verma');
    const byId = await articles({ mentions: person?.id });
    expect(byId.nodes.map((a) => a.ingestedFrom).sort()).toEqual(
      byName.nodes.map((a) => a.ingestedFrom).sort(),
    );
  });

  it('keeps only articles published in a date range', async () => {
    const range = await articles({ publishedFrom: '2025-10-01', publishedTo: '2025-12-31' });
    expect(range.totalCount).toBeGreaterThan(0);
    for (const article of range.nodes) {
      expect(article.publishedAt! >= '2025-10-01' && article.publishedAt! <= '2025-12-31').toBe(true);
    }
    const response = await graphql(yoga, ARTICLES, {
      where: { publishedFrom: '2025-12-31', publishedTo: '2025-01-01' },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps only articles from an agency, ignoring case', async () => {
    const ians = await articles({ agency: 'ians' });
    expect(ians.totalCount).toBeGreaterThan(0);
    for (const article of ians.nodes) expect(article.agency?.toUpperCase()).toBe('IANS');
  });

  it.each([
    ['alliance fruitful', 'fixtures/03-pune-meeting-en.txt'],
    ['"one family"', 'fixtures/01-nagpur-meeting-en.txt'],
    ['परिवार', 'fixtures/02-nagpur-meeting-hi.txt'],
  ])('finds articles by full-text search for %s', async (text, expected) => {
    const found = await articles({ text });
    expect(found.nodes.map((a) => a.ingestedFrom)).toContain(expected);
    expect(found.totalCount).toBeLessThan(ARTICLE_COUNT);
  });

  it('keeps only meetings a person took part in', async () => {
    const result = await data<{
      meetings: { totalCount: number; nodes: { participants: { name: string }[] }[] };
    }>(
      yoga,
      '{ meetings(where: { participant: "Ravi Verma" }) { totalCount nodes { participants { name } } } }',
    );
    expect(result.meetings.totalCount).toBeGreaterThanOrEqual(2);
    for (const meeting of result.meetings.nodes)
      expect(meeting.participants.map((p) => p.name)).toContain('Ravi Verma');
  });

  it('keeps only statements of a speaker, or in a language', async () => {
    const result = await data<{
      bySpeaker: { totalCount: number; nodes: { speaker: { name: string } | null }[] };
      hindi: { totalCount: number; nodes: { language: string }[] };
    }>(
      yoga,
      `{ bySpeaker: statements(where: { speaker: "Ravi Verma" }) { totalCount nodes { speaker { name } } }
         hindi: statements(first: 100, where: { language: "hi" }) { totalCount nodes { language } } }`,
    );
    expect(result.bySpeaker.totalCount).toBeGreaterThan(0);
    for (const s of result.bySpeaker.nodes) expect(s.speaker?.name).toBe('Ravi Verma');
    expect(result.hindi.totalCount).toBeGreaterThan(0);
    for (const s of result.hindi.nodes) expect(s.language).toBe('hi');
  });
});

describe('search', () => {
  type Hit = { __typename: string; name?: string; aliases?: string[]; text?: string; title?: string | null };
  const search = async (query: string) =>
    (
      await data<{ search: Hit[] }>(
        yoga,
        `query($q: String!) { search(query: $q, first: 10) { __typename
          ... on Person { name aliases } ... on Organization { name } ... on Place { name }
          ... on Article { title } ... on Statement { text } ... on Meeting { venue } } }`,
        { q: query },
      )
    ).search;

  it('puts the person with the exact name first', async () => {
    const hits = await search('Ravi Verma');
    expect(hits[0]).toMatchObject({ __typename: 'Person', name: 'Ravi Verma' });
  });

  it('tolerates a misspelt name', async () => {
    const hits = await search('Ravi Varma');
    expect(hits.some((hit) => hit.__typename === 'Person' && hit.name === 'Ravi Verma')).toBe(true);
  });

  it('finds statements and articles by their words', async () => {
    const hits = await search('alliance');
    expect(hits.some((hit) => hit.__typename === 'Statement' && hit.text?.includes('alliance'))).toBe(true);
    expect(hits.some((hit) => hit.__typename === 'Article')).toBe(true);
  });

  it('rejects an empty query', async () => {
    const response = await graphql(yoga, '{ search(query: "   ") { __typename } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('articles', () => {
  it('can be fetched by the path they were ingested from', async () => {
    const result = await data<{ article: { ingestedFrom: string; language: string; body: string } | null }>(
      yoga,
      '{ article(ingestedFrom: "fixtures/02-nagpur-meeting-hi.txt") { ingestedFrom language body } }',
    );
    expect(result.article?.language).toBe('hi');
    expect(result.article?.body).toContain('परिवार');
  });

  it('list their mentions in text order with the entity mentioned', async () => {
    const result = await data<{
      article: {
        mentions: {
          totalCount: number;
          nodes: { span: { start: number }; entity: { __typename: string } }[];
        };
      };
    }>(
      yoga,
      `{ article(ingestedFrom: "fixtures/01-nagpur-meeting-en.txt") {
          mentions(first: 100) { totalCount nodes { span { start } entity { __typename } } } } }`,
    );
    const starts = result.article.mentions.nodes.map((m) => m.span.start);
    expect(starts.length).toBe(result.article.mentions.totalCount);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const kinds = new Set(result.article.mentions.nodes.map((m) => m.entity.__typename));
    expect(kinds.has('Person')).toBe(true);
  });

  it('are the same story as each other in both directions when linked', async () => {
    const [a, b] = await tdb.db.prisma.article.findMany({
      where: {
        ingestedFrom: { in: ['fixtures/01-nagpur-meeting-en.txt', 'fixtures/02-nagpur-meeting-hi.txt'] },
      },
      orderBy: { id: 'asc' },
    });
    await tdb.db.prisma.articleLink.upsert({
      where: { fromId_toId_kind: { fromId: a!.id, toId: b!.id, kind: 'SAME_EVENT' } },
      update: {},
      create: { fromId: a!.id, toId: b!.id, kind: 'SAME_EVENT', score: 0.8, reason: 'test' },
    });
    const result = await data<{
      a: { sameStoryAs: { ingestedFrom: string }[] };
      b: { sameStoryAs: { ingestedFrom: string }[] };
    }>(
      yoga,
      `query($a: String!, $b: String!) {
        a: article(ingestedFrom: $a) { sameStoryAs { ingestedFrom } }
        b: article(ingestedFrom: $b) { sameStoryAs { ingestedFrom } } }`,
      { a: a!.ingestedFrom, b: b!.ingestedFrom },
    );
    expect(result.a.sameStoryAs.map((x) => x.ingestedFrom)).toContain(b!.ingestedFrom);
    expect(result.b.sameStoryAs.map((x) => x.ingestedFrom)).toContain(a!.ingestedFrom);
  });
});

describe('global IDs', () => {
  it('refetch any object with node and nodes, in order, with null for an ID that names nothing', async () => {
    const ids = await data<{
      person: { id: string };
      articles: { nodes: { id: string }[] };
      meetings: { nodes: { id: string }[] };
    }>(
      yoga,
      '{ person(name: "Ravi Verma") { id } articles(first: 1) { nodes { id } } meetings(first: 1) { nodes { id } } }',
    );
    const missing = Buffer.from('Person:00000000-0000-7000-8000-000000000000').toString('base64');
    const wanted = [ids.meetings.nodes[0]!.id, missing, ids.person.id, ids.articles.nodes[0]!.id];
    const result = await data<{
      nodes: ({ __typename: string; id: string } | null)[];
      node: { id: string } | null;
    }>(yoga, 'query($ids: [ID!]!, $one: ID!) { nodes(ids: $ids) { __typename id } node(id: $one) { id } }', {
      ids: wanted,
      one: ids.person.id,
    });
    expect(result.nodes.map((n) => n?.__typename ?? null)).toEqual(['Meeting', null, 'Person', 'Article']);
    expect(result.nodes.map((n) => n?.id ?? null)).toEqual([wanted[0], null, wanted[2], wanted[3]]);
    expect(result.node?.id).toBe(ids.person.id);
  });
  it('answers null for an ID of an unknown type or without a UUID, and rejects malformed IDs and more than 100 IDs', async () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    const result = await data<{ node: unknown; nodes: unknown[] }>(
      yoga,
      'query($ids: [ID!]!, $one: ID!) { node(id: $one) { id } nodes(ids: $ids) { id } }',
      {
        one: b64('Person:not-a-uuid'),
        ids: [b64('Nothing:00000000-0000-7000-8000-000000000000'), b64('Meeting:42')],
      },
    );
    expect(result).toEqual({ node: null, nodes: [null, null] });
    const malformed = await graphql(yoga, '{ node(id: "garbage") { id } }');
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await graphql(yoga, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 101 }, () => b64('Person:00000000-0000-7000-8000-000000000000')),
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('people lists', () => {
  it.each([
    ['NAME', (a: P, b: P) => a.name.localeCompare(b.name, 'en') <= 0 || a.name < b.name],
    ['MENTION_COUNT', (a: P, b: P) => a.mentionCount >= b.mentionCount],
  ])('are ordered by %s across pages', async (orderBy, inOrder) => {
    const first = await data<{ people: { pageInfo: { endCursor: string }; nodes: P[] } }>(
      yoga,
      `query($o: PersonOrder) { people(first: 3, orderBy: $o) { pageInfo { endCursor } nodes { id name mentionCount } } }`,
      { o: orderBy },
    );
    const second = await data<{ people: { nodes: P[] } }>(
      yoga,
      `query($o: PersonOrder, $after: String) { people(first: 3, after: $after, orderBy: $o) { nodes { id name mentionCount } } }`,
      { o: orderBy, after: first.people.pageInfo.endCursor },
    );
    const all = [...first.people.nodes, ...second.people.nodes];
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    for (let i = 1; i < all.length; i += 1)
      expect(inOrder(all[i - 1]!, all[i]!), `${orderBy} at ${i}`).toBe(true);
  });
});

type P = { id: string; name: string; mentionCount: number };
