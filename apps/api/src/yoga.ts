/**
 * The GraphQL server as a fetch handler (createYoga, no listen): the schema, security limits, auth,
 * error masking, logs with request ids, /health, /ready and optional Prometheus metrics. Tests call
 * `yoga.fetch()` directly; server.ts puts it on a port.
 */
import { randomUUID } from 'node:crypto';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { ingestArticles } from '@newsgraph/ingest';
import type { Database } from '@newsgraph/schema';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { initContextCache } from '@pothos/core';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext } from 'graphql';
import {
  createGraphQLError,
  createYoga,
  maskError,
  type Plugin,
  useReadinessCheck,
  type YogaServerInstance,
} from 'graphql-yoga';
import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import { type ApiKey, matchApiKey, parseApiKeys } from './api-keys.js';
import type { AuthState, NewsgraphContext } from './context.js';
import { graphiqlOptions } from './graphiql/graphiql-options.js';
import type { IngestArticlesFn } from './ingest-port.js';
import { createLogger, yogaLogger } from './logger.js';
import { createNewsgraphPubSub, type NewsgraphPubSub } from './pubsub.js';
import { schema } from './schema/index.js';

export const GRAPHQL_PATH = '/graphql';

/** Parser-level limits (graphql-armor), checked before validation. */
export const ARMOR_LIMITS = {
  maxDepth: 14,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 20,
  /**
   * graphql-armor's cost (objects 2, scalars 1, times literal `first`/`last`): a cheap pre-check.
   * The complexity check of limits.ts also sees page sizes passed in variables.
   */
  maxCost: 20_000,
};

/** Armor's validation-time rejections, reported as validation errors with a code. */
const REPORT_WITH_CODE = {
  propagateOnRejection: false,
  onReject: [
    (ctx: ValidationContext | null, error: GraphQLError) => {
      ctx?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
          nodes: error.nodes,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      );
    },
  ],
};

export interface NewsgraphYogaOptions {
  db: Database;
  /** Keys that may run mutations: parsed entries or the NEWSGRAPH_API_KEYS string. Default: none. */
  apiKeys?: readonly ApiKey[] | string;
  logger?: Logger;
  /** Schema introspection; default on. GraphiQL follows it unless `graphiql` says otherwise. */
  introspection?: boolean;
  graphiql?: boolean;
  /** Prometheus metrics at /metrics (own registry unless one is given); default off. */
  metrics?: boolean | { registry: Registry };
  /** The ingestion pipeline behind `ingestArticles` (default: @newsgraph/ingest's). */
  ingest?: IngestArticlesFn;
  pubsub?: NewsgraphPubSub;
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** The ingestion pipeline of @newsgraph/ingest, one article after the other. */
const pipelineIngest: IngestArticlesFn = (db, inputs) => ingestArticles(db, inputs);

function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/** Expected errors carry a code; everything else is masked. Pothos' argument checks are user errors. */
function maskNewsgraphError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof PothosValidationError) {
    return createGraphQLError(original.message, {
      nodes: error instanceof GraphQLError ? error.nodes : undefined,
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return maskError(error, message, isDev);
}

function isExpected(error: GraphQLError): boolean {
  const original = error.originalError;
  return !original || original instanceof GraphQLError || original instanceof PothosValidationError;
}

/** Request ids, access logs and unexpected-error logs. */
function useRequestLogging(logger: Logger, requestIds: WeakMap<Request, string>): Plugin<NewsgraphContext> {
  const started = new WeakMap<Request, number>();
  return {
    onRequest({ request }) {
      const given = request.headers.get('x-request-id');
      requestIds.set(request, given && REQUEST_ID.test(given) ? given : randomUUID());
      started.set(request, performance.now());
    },
    onExecute() {
      return {
        onExecuteDone({ result, args }) {
          const ctx = args.contextValue as NewsgraphContext;
          const errors = 'errors' in result && Array.isArray(result.errors) ? result.errors : [];
          for (const error of errors as GraphQLError[]) {
            if (!isExpected(error)) {
              ctx.logger.error(
                { err: error.originalError, path: error.path?.join('.') },
                'unexpected error in resolver',
              );
            }
          }
        },
      };
    },
    onResponse({ request, response }) {
      const reqId = requestIds.get(request);
      if (reqId) response.headers.set('x-request-id', reqId);
      const start = started.get(request);
      const url = new URL(request.url);
      logger.info(
        {
          reqId,
          method: request.method,
          path: url.pathname,
          status: response.status,
          ms: start === undefined ? undefined : Math.round((performance.now() - start) * 10) / 10,
        },
        'request',
      );
    },
  };
}

function useIntrospectionSwitch(enabled: boolean): Plugin {
  return {
    onValidate({ addValidationRule }) {
      if (!enabled) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

export type NewsgraphYoga = YogaServerInstance<Record<string, unknown>, NewsgraphContext> & {
  /** Publish here to announce events to subscribers (e.g. articles ingested in the same process). */
  pubsub: NewsgraphPubSub;
};

export function createNewsgraphYoga(options: NewsgraphYogaOptions): NewsgraphYoga {
  const { db } = options;
  const logger = options.logger ?? createLogger();
  const apiKeys =
    typeof options.apiKeys === 'string' ? parseApiKeys(options.apiKeys) : (options.apiKeys ?? []);
  const introspection = options.introspection ?? true;
  const graphiql = options.graphiql ?? introspection;
  const pubsub = options.pubsub ?? createNewsgraphPubSub();
  const ingest = options.ingest ?? pipelineIngest;
  const requestIds = new WeakMap<Request, string>();

  const plugins: Plugin[] = [
    useRequestLogging(logger, requestIds) as Plugin,
    useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'apollo-require-preflight'] }),
    EnvelopArmorPlugin({
      maxDepth: { n: ARMOR_LIMITS.maxDepth, ...REPORT_WITH_CODE },
      maxAliases: { n: ARMOR_LIMITS.maxAliases, ...REPORT_WITH_CODE },
      // Checked by the parser: Yoga reports it as GRAPHQL_PARSE_FAILED.
      maxTokens: { n: ARMOR_LIMITS.maxTokens },
      maxDirectives: { n: ARMOR_LIMITS.maxDirectives, ...REPORT_WITH_CODE },
      // Page sizes multiply cost in the Pothos complexity check (limits.ts); this one bounds the shape.
      costLimit: {
        maxCost: ARMOR_LIMITS.maxCost,
        objectCost: 2,
        scalarCost: 1,
        depthCostFactor: 1,
        ...REPORT_WITH_CODE,
      },
      // Field suggestions ("Did you mean ...") would leak the schema when introspection is off.
      blockFieldSuggestion: { enabled: !introspection },
    }) as Plugin,
    useIntrospectionSwitch(introspection),
    useReadinessCheck({
      endpoint: '/ready',
      check: async () => {
        try {
          await db.raw.query('SELECT 1');
          return true;
        } catch (error) {
          logger.warn({ err: error }, 'readiness check failed: database unreachable');
          return false;
        }
      },
    }),
  ];
  if (options.metrics) {
    const registry = options.metrics === true ? new Registry() : options.metrics.registry;
    plugins.push(
      usePrometheus({
        endpoint: '/metrics',
        registry,
        metrics: {
          graphql_yoga_http_duration: true,
          graphql_envelop_request_duration: true,
          graphql_envelop_phase_execute: true,
          graphql_envelop_error_result: true,
          graphql_envelop_deprecated_field: true,
        },
      }) as Plugin,
    );
  }

  const yoga = createYoga<Record<string, unknown>, NewsgraphContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: graphiql ? graphiqlOptions(db) : false,
    renderGraphiQL,
    logging: yogaLogger(logger),
    maskedErrors: { maskError: maskNewsgraphError },
    plugins,
    context: ({ request }): NewsgraphContext => {
      const requestId = requestIds.get(request) ?? randomUUID();
      const token = bearerToken(request);
      const apiKey = token ? matchApiKey(apiKeys, token) : null;
      const auth: AuthState = apiKey
        ? 'ok'
        : apiKeys.length === 0
          ? 'none-configured'
          : token
            ? 'invalid'
            : 'missing';
      return {
        ...initContextCache(),
        db,
        prisma: db.prisma,
        requestId,
        apiKey,
        auth,
        logger: logger.child({ reqId: requestId, ...(apiKey ? { apiKey: apiKey.name } : {}) }),
        pubsub,
        ingest,
      };
    },
  });
  return Object.assign(yoga, { pubsub });
}
