/**
 * The per-request context every resolver receives.
 */
import type { Database, PrismaClient } from '@newsgraph/schema';
import type { Logger } from 'pino';
import type { ApiKey } from './api-keys.js';
import type { IngestArticlesFn } from './ingest-port.js';
import type { NewsgraphPubSub } from './pubsub.js';

/** How the request authenticated: `ok` with a valid key, or why not. */
export type AuthState = 'ok' | 'missing' | 'invalid' | 'none-configured';

export interface NewsgraphContext {
  db: Database;
  prisma: PrismaClient;
  /** From a sane `x-request-id` header, else generated; echoed in the response and every log line. */
  requestId: string;
  /** The API key the request presented, when valid. */
  apiKey: ApiKey | null;
  auth: AuthState;
  /** pino logger bound to this request's id. */
  logger: Logger;
  pubsub: NewsgraphPubSub;
  ingest: IngestArticlesFn;
}
