/**
 * @newsgraph/client: typed operations for the newsgraph GraphQL API and a fetch client.
 *
 *   const client = createClient({ url: 'http://localhost:4000/graphql' });
 *   const { person } = await client.request(personGraphQuery, { name: 'Priya Sharma' });
 */
export {
  createClient,
  type GraphQLErrorEntry,
  type NewsgraphClient,
  type NewsgraphClientOptions,
  NewsgraphRequestError,
} from './create-client.js';
export { graphql } from './generated/gql/index.js';
export type * from './generated/gql/graphql.js';
export { articlesQuery, ingestArticlesMutation, personGraphQuery, searchQuery } from './operations.js';
