/**
 * GraphiQL at /graphql: bundled (no CDN, works offline), opening with the example tabs.
 */
import type { Database } from '@newsgraph/schema';
import type { GraphiQLOptions } from 'graphql-yoga';
import { exampleTabs } from './example-operations.js';

const PLACEHOLDER_NAME = 'a name';
const CACHE_MS = 60_000;

/** GraphiQL options per page load; the example variables are refreshed at most once a minute. */
export function graphiqlOptions(db: Database): () => Promise<GraphiQLOptions> {
  let cached: { at: number; name: string } | null = null;
  return async () => {
    if (!cached || Date.now() - cached.at > CACHE_MS) {
      const top = await db.prisma.person
        .findFirst({ orderBy: [{ mentions: { _count: 'desc' } }, { id: 'asc' }], select: { name: true } })
        .catch(() => null);
      cached = { at: Date.now(), name: top?.name ?? PLACEHOLDER_NAME };
    }
    return {
      title: 'newsgraph GraphiQL',
      defaultTabs: exampleTabs({ personName: cached.name }),
      defaultEditorToolsVisibility: 'variables',
      shouldPersistHeaders: false,
    };
  };
}
