/**
 * Ready-made typed operations. Write your own the same way: `graphql(\`query ...\`)` anywhere under
 * src/, then `pnpm --filter @newsgraph/client generate` types it.
 */
import { graphql } from './generated/gql/index.js';

/** A person with their meetings, statements and article count (the nested query of the API docs). */
export const personGraphQuery = graphql(`
  query PersonGraph($name: String!) {
    person(name: $name) {
      id
      name
      aliases
      meetings(first: 20) {
        totalCount
        edges {
          node {
            id
            date
            datePrecision
            place { name }
            venue
            participants { id name }
            reports { role article { id title ingestedFrom } evidence { start end text } }
            statements(first: 10) { nodes { text speaker { name } } }
          }
        }
      }
      statements(first: 20) { totalCount nodes { text kind cue article { id title } } }
      metWith(first: 10) { edges { meetingCount node { id name } } }
      articles { totalCount }
    }
  }
`);

/** A page of articles, newest first, with optional filters. */
export const articlesQuery = graphql(`
  query Articles($first: Int, $after: String, $where: ArticleWhere) {
    articles(first: $first, after: $after, where: $where) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id ingestedFrom title language publishedAt agency dateline { name } }
    }
  }
`);

/** Ranked search across people, organisations, places, articles, statements and meetings. */
export const searchQuery = graphql(`
  query Search($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      __typename
      ... on Person { id name }
      ... on Organization { id name }
      ... on Place { id name }
      ... on Article { id title }
      ... on Statement { id text }
      ... on Meeting { id date }
    }
  }
`);

/** Ingests articles (needs an API key with the `ingest` permission). */
export const ingestArticlesMutation = graphql(`
  mutation IngestArticles($input: [ArticleInput!]!) {
    ingestArticles(input: $input) {
      newCount
      updatedCount
      unchangedCount
      nearDuplicateCount
      failedCount
      results { ingestedFrom status error article { id title language } }
    }
  }
`);
