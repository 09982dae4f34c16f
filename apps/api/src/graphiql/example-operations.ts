/**
 * The operations GraphiQL opens with (one tab each). Their variables name the people and words of
 * whatever database the server runs on (see graphiql-options.ts), so the examples return data on
 * the sample articles and on any other collection alike.
 */

/**
 * The nested query of issue 7, as written there: the operation the N+1 test and the latency
 * benchmark measure. Variables: `{ "name": "<a person>" }`.
 */
export const ISSUE_NESTED_EXAMPLE = `query IssueNestedExample($name: String!) {
  person(name: $name) {
    meetings { edges { node { date place { name } participants { name } reports { article { title } } statements { nodes { text speaker { name } } } } } }
    statements { nodes { text article { title } } }
    articles { totalCount }
  }
}
`;

export const PERSON_NESTED = `# A person with their meetings (who, where, which articles report it, what was said),
# their statements and how many articles mention them: one request.
query PersonGraph($name: String!) {
  person(name: $name) {
    id
    name
    aliases
    affiliations { role organization { name } article { title } }
    meetings(first: 10) {
      totalCount
      edges {
        node {
          date
          datePrecision
          place { name }
          venue
          participants { name }
          reports { role article { title publishedAt } evidence { text } }
          statements(first: 5) { nodes { text speaker { name } } }
        }
      }
    }
    statements(first: 10) { nodes { text kind cue article { title } } }
    metWith(first: 5) { edges { meetingCount node { name } } }
    articles { totalCount }
  }
}
`;

export const ARTICLES = `# The newest articles with what was found in them, and the same story in other articles.
query Articles($first: Int = 5) {
  articles(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      title
      language
      publishedAt
      agency
      dateline { name }
      people(first: 5) { nodes { name } }
      organizations { name }
      places { name kind }
      meetings { date participants { name } }
      sameStoryAs { title language }
      mentions(first: 5) { nodes { text span { start end } entity { __typename ... on Person { name } } } }
    }
  }
}
`;

export const SEARCH = `# One ranked list over names (any script, typos tolerated), article and statement text.
query Search($query: String!) {
  search(query: $query, first: 10) {
    __typename
    ... on Person { name mentionCount }
    ... on Organization { name acronym }
    ... on Place { name kind }
    ... on Article { title publishedAt }
    ... on Statement { text speaker { name } }
    ... on Meeting { date venue }
  }
}
`;

export const MEETINGS = `# Meetings of one person, newest first, with the evidence sentence of each report.
query Meetings($name: String!) {
  meetings(first: 10, where: { participant: $name }) {
    totalCount
    nodes {
      date
      place { name }
      venue
      participants { name }
      reports { role evidence { text } article { title language } }
    }
  }
}
`;

export const INGEST = `# Ingest an article (needs an API key: set the Authorization header below).
mutation Ingest {
  ingestArticles(input: [{
    ingestedFrom: "graphiql/example-1.txt"
    body: "NEW DELHI, May 3 (PTI) The two leaders met on Friday, officials said."
  }]) {
    newCount
    failedCount
    results { status error article { id title } }
  }
}
`;

export interface ExampleVariables {
  /** A person in the database (the most mentioned one). */
  personName: string;
}

/** The operation with `$name: String!` (or `$query`) defaulting to `value`, so it runs as it is. */
function withDefault(operation: string, variable: string, value: string): string {
  return operation.replace(`$${variable}: String!)`, `$${variable}: String! = ${JSON.stringify(value)})`);
}

export function exampleTabs(vars: ExampleVariables) {
  const name = vars.personName;
  return [
    { query: withDefault(PERSON_NESTED, 'name', name), variables: '{}' },
    { query: ARTICLES, variables: '{}' },
    { query: withDefault(SEARCH, 'query', name), variables: '{}' },
    { query: withDefault(MEETINGS, 'name', name), variables: '{}' },
    { query: INGEST, variables: '{}', headers: '{\n  "Authorization": "Bearer <your API key>"\n}' },
  ];
}
