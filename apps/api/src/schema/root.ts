import { builder } from '../builder.js';

builder.queryType({
  description: 'Read the knowledge graph: people, organisations, places, articles, meetings and statements.',
});

builder.mutationType({
  description: 'Change the knowledge graph. Every mutation needs an API key: `Authorization: Bearer <key>`.',
});

builder.subscriptionType({
  description: 'Live events over Server-Sent Events (`Accept: text/event-stream`).',
});
