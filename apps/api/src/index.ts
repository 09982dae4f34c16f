/**
 * @newsgraph/api: the GraphQL API as a fetch handler (createNewsgraphYoga), on a port (startServer),
 * and its settings from the environment (readApiEnv).
 */
export { type ApiKey, type ApiScope, parseApiKeys } from './api-keys.js';
export type { NewsgraphContext } from './context.js';
export { type ApiEnv, readApiEnv } from './env.js';
export { GRAPHQL_PATH as GRAPHQL_ENDPOINT } from './yoga.js';
export type {
  ArticleInputValue,
  IngestArticlesFn,
  IngestOutcome,
  IngestResult,
  IngestStatus,
} from './ingest-port.js';
export { createLogger } from './logger.js';
export { printedSchema } from './print-schema.js';
export { createNewsgraphPubSub, type NewsgraphPubSub } from './pubsub.js';
export { type RunningServer, type StartServerOptions, startServer } from './server.js';
export { schema } from './schema/index.js';
export {
  createNewsgraphYoga,
  type NewsgraphYoga,
  type NewsgraphYogaOptions,
} from './yoga.js';
export {
  ARTICLES as EXAMPLE_ARTICLES_QUERY,
  ISSUE_NESTED_EXAMPLE,
  PERSON_NESTED as EXAMPLE_PERSON_QUERY,
} from './graphiql/example-operations.js';
