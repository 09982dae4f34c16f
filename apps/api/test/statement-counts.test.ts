/**
 * N+1 guard: the number of SQL statements an operation sends must not grow with the number of rows
 * it returns. Each operation runs on a database with the samples and two fixture articles, then
 * again after three more fixture articles added meetings, statements and articles to the same
 * people; the counts must be equal (and the results bigger, so the check cannot pass vacuously).
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISSUE_NESTED_EXAMPLE, PERSON_NESTED } from '../src/graphiql/example-operations.js';
import { createNewsgraphYoga, type NewsgraphYoga } from '../src/yoga.js';
import { data } from './support/graphql-request.js';
import { fixtureFiles, ingestFiles, seedFiles } from './support/ingest-files.js';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

const OPERATIONS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'issue nested example': { query: ISSUE_NESTED_EXAMPLE, variables: { name: 'Ravi Verma' } },
  'GraphiQL person example': { query: PERSON_NESTED, variables: { name: 'Ravi Verma' } },
  'people with meetings, co-participants and articles': {
    query: `{ people(first: 15) { totalCount nodes { name aliases mentionCount affiliations { role organization { name } article { title } }
      meetings(first: 10) { totalCount nodes { date place { name } participants { name } } }
      metWith(first: 10) { edges { meetingCount node { name meetings { totalCount } } } }
      articles(first: 10) { totalCount nodes { title dateline { name } } }
      statements(first: 10) { totalCount nodes { text meeting { date } } } } } }`,
  },
  'articles with everything extracted from them': {
    query: `{ articles(first: 15) { totalCount nodes { title publishedAt dateline { name }
      people(first: 10) { nodes { name affiliations { role } } }
      organizations { name members { person { name } } }
      places { name meetings { totalCount } }
      statements(first: 10) { nodes { text span { text } speaker { name } about { name } } }
      meetings { date participants { name } reports { role article { title } } }
      sameStoryAs { title }
      mentions(first: 15) { nodes { text entity { __typename ... on Person { name } ... on Place { name kind } ... on Organization { name } } } } } } }`,
  },
  'meetings with participants, reports and statements': {
    query: `{ meetings(first: 15) { totalCount nodes { date venue place { name articles { totalCount } }
      participants { name statements(first: 5) { nodes { text } } }
      reports { role evidence { text } article { title people(first: 5) { nodes { name } } } }
      statements(first: 10) { totalCount nodes { text speaker { name } } } } } }`,
  },
  'statements in English with context': {
    query: `{ statements(first: 60, where: { language: "en" }) { totalCount nodes { text kind cue span { start end text }
      speaker { name } article { title language } meeting { date participants { name } } about { name } } } }`,
  },
  'search with nested fields': {
    query: `{ search(query: "Verma", first: 10) { __typename
      ... on Person { name meetings { totalCount nodes { date } } }
      ... on Article { title people(first: 5) { nodes { name } } }
      ... on Statement { text speaker { name } } } }`,
  },
  'organisations and places': {
    query: `{ organizations(first: 15) { nodes { name members { person { name } role } articles(first: 10) { totalCount nodes { title } } statements(first: 5) { totalCount } } }
      places(first: 15) { nodes { name kind meetings(first: 10) { nodes { date participants { name } } } articles(first: 10) { totalCount } } } }`,
  },
};

let tdb: TestDatabase;
let yoga: NewsgraphYoga;
const before = new Map<string, { statements: number; size: number }>();

async function measure(name: string) {
  const { query, variables } = OPERATIONS[name]!;
  tdb.resetStatements();
  const result = await data(yoga, query, variables);
  if (process.env.SHOW_OP === name)
    console.log(
      JSON.stringify(result),
      tdb.statements.map((q) => q.replace(/\s+/g, ' ').slice(0, 220)).join('\n'),
    );
  return { statements: tdb.statements.length, size: JSON.stringify(result).length };
}

beforeAll(async () => {
  tdb = await openTestDatabase();
  await ingestFiles(tdb.db, [
    ...seedFiles(),
    ...fixtureFiles('01-nagpur-meeting-en.txt', '02-nagpur-meeting-hi.txt'),
  ]);
  yoga = createNewsgraphYoga({ db: tdb.db, logger: pino({ level: 'silent' }) });
  for (const name of Object.keys(OPERATIONS)) before.set(name, await measure(name));
  await ingestFiles(
    tdb.db,
    fixtureFiles('03-pune-meeting-en.txt', '04-nashik-meeting-en.txt', '05-aurangabad-meeting-en.txt'),
  );
});
afterAll(async () => tdb?.close());

describe('SQL statements per operation', () => {
  it.each(Object.keys(OPERATIONS))('stay the same for "%s" when it returns more rows', async (name) => {
    const small = before.get(name)!;
    const large = await measure(name);
    console.log(
      `${name}: ${small.statements} statements (${small.size} bytes) -> ${large.statements} statements (${large.size} bytes)`,
    );
    expect(large.size).toBeGreaterThan(small.size);
    expect(large.statements).toBe(small.statements);
  });

  it('stays small for the issue nested example', () => {
    expect(before.get('issue nested example')!.statements).toBeLessThanOrEqual(16);
  });
});
