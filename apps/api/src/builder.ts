/**
 * The Pothos schema builder: plugins, scalars and the context type. Configuration only; every
 * GraphQL type lives in its own file under schema/.
 */
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import PrismaPlugin, { type PrismaNodeRef, type PrismaObjectRef } from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import type { NewsgraphContext } from './context.js';
import { badUserInput, unauthorizedError } from './errors.js';
import { isNodeId } from './global-ids.js';
import type PrismaTypes from './generated/pothos-types.js';
import { getDatamodel } from './generated/pothos-types.js';
import {
  complexityError,
  connectionComplexity,
  DEFAULT_PAGE_SIZE,
  MAX_BREADTH,
  MAX_COMPLEXITY,
  MAX_DEPTH,
  MAX_PAGE_SIZE,
} from './limits.js';

export const builder = new SchemaBuilder<{
  Context: NewsgraphContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: {
    /** A request that presented a valid API key with the `ingest` permission. */
    ingest: boolean;
    /** A request that presented a valid API key with the `curate` permission (entity merges). */
    curate: boolean;
  };
  Scalars: {
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string };
  };
  Connection: {
    totalCount?: number | (() => number | Promise<number>) | null;
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  AsyncSelections: true;
}>({
  // scope-auth first, so no other plugin's resolver wrapper runs for a request it rejects.
  plugins: [
    ScopeAuthPlugin,
    PrismaPlugin,
    RelayPlugin,
    SimpleObjectsPlugin,
    DataloaderPlugin,
    ComplexityPlugin,
  ],
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      ingest: ctx.apiKey?.scopes.has('ingest') ?? false,
      curate: ctx.apiKey?.scopes.has('curate') ?? false,
    }),
    unauthorizedError: (_parent, ctx, _info, result) => unauthorizedError(ctx, result.message),
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'error',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: { description: 'The nodes of this page, without cursors (same order as `edges`).' },
    edgesFieldOptions: {
      nullable: { list: false, items: false },
      description: 'The edges of this page: each node with its cursor.',
    },
    nodeFieldOptions: { nullable: false, description: 'The object at this edge.' },
    pageInfoFieldOptions: { description: 'Paging information for this page.' },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first edge of this page.' },
    endCursorFieldOptions: { description: 'Cursor of the last edge of this page.' },
    firstArgOptions: {
      description: `Returns at most this many items from the start (at most ${MAX_PAGE_SIZE}).`,
    },
    lastArgOptions: {
      description: `Returns at most this many items from the end (at most ${MAX_PAGE_SIZE}).`,
    },
    afterArgOptions: { description: 'Returns the items after this cursor.' },
    beforeArgOptions: { description: 'Returns the items before this cursor.' },
    nodeTypeOptions: {
      description: 'An object with a global ID, refetchable with `node(id:)` and `nodes(ids:)`.',
    },
    pageInfoTypeOptions: {
      description: 'Where a page of a connection sits in the whole list (Relay cursor connections).',
    },
    idFieldOptions: { description: 'Global ID, stable across requests; use it with `node(id:)`.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID; null when no such object exists.',
      args: { id: { description: 'A global ID (the `id` of any object).' } },
      // An ID of no known type or without a UUID names nothing: null, never a database error.
      resolve: (_root, args, _ctx, _info, resolveNode) => (isNodeId(args.id) ? resolveNode(args.id) : null),
    },
    nodesQueryOptions: {
      description: 'Fetches objects by global IDs, in the same order; null entries for unknown IDs.',
      args: { ids: { description: `Global IDs, at most ${MAX_PAGE_SIZE}.` } },
      resolve: (_root, args, _ctx, _info, resolveNodes) => {
        if (args.ids.length > MAX_PAGE_SIZE) {
          throw badUserInput(`\`ids\` holds ${args.ids.length} IDs; at most ${MAX_PAGE_SIZE} are allowed.`, {
            argument: 'ids',
          });
        }
        const requested = args.ids;
        const known = requested.filter(isNodeId);
        // The relay plugin's resolveNodes loads `args.ids` whatever it is given: narrow them first.
        (args as { ids: typeof known }).ids = known;
        return Promise.resolve(resolveNodes(known)).then((loaded) => {
          let next = 0;
          return requested.map((id) => (isNodeId(id) ? loaded[next++] : null));
        });
      },
    },
    cursorFieldOptions: { description: 'Opaque cursor of this edge, for `after`/`before`.' },
  },
  complexity: {
    fieldComplexity: connectionComplexity,
    complexityError,
    limit: { complexity: MAX_COMPLEXITY, depth: MAX_DEPTH, breadth: MAX_BREADTH },
  },
});

/** The builder's schema types, for annotating refs. */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * Explicit ref types for the Prisma-backed types. Declaration emit cannot name the inferred ones
 * (they point into @newsgraph/schema's generated files, which the package does not export).
 */
export type PrismaNode<Name extends keyof PrismaTypes, Shape = PrismaTypes[Name]['Shape']> = PrismaNodeRef<
  BuilderTypes,
  PrismaTypes[Name],
  Shape
>;
export type PrismaObject<
  Name extends keyof PrismaTypes,
  Shape = PrismaTypes[Name]['Shape'],
> = PrismaObjectRef<BuilderTypes, PrismaTypes[Name], Shape>;
