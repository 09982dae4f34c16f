/**
 * In-process events for subscriptions. `articleIngested` carries the id of an article that the
 * `ingestArticles` mutation stored as new or updated. Articles ingested by another process (the CLI)
 * are not seen here.
 */
import { createPubSub } from 'graphql-yoga';

export type NewsgraphEvents = {
  articleIngested: [articleId: string];
};

export type NewsgraphPubSub = ReturnType<typeof createNewsgraphPubSub>;

export function createNewsgraphPubSub() {
  return createPubSub<NewsgraphEvents>();
}
