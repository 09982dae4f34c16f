/**
 * A small typed client: POSTs a typed document to the API with fetch and returns its data, or
 * throws NewsgraphRequestError carrying the GraphQL errors (with their `extensions.code`).
 */
import type { TypedDocumentString } from './generated/gql/graphql.js';

export interface NewsgraphClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** Sent as `Authorization: Bearer <apiKey>`; mutations need one. */
  apiKey?: string;
  headers?: Record<string, string>;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
}

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export class NewsgraphRequestError extends Error {
  override name = 'NewsgraphRequestError';
  constructor(
    message: string,
    readonly status: number,
    readonly errors: GraphQLErrorEntry[],
  ) {
    super(message);
  }

  /** The `extensions.code` of each error (BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN ...). */
  get codes(): string[] {
    return this.errors.flatMap((error) => (error.extensions?.code ? [error.extensions.code] : []));
  }
}

type VariablesArg<TVariables> =
  TVariables extends Record<string, never> ? [variables?: TVariables] : [variables: TVariables];

export interface NewsgraphClient {
  request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...[variables]: VariablesArg<TVariables>
  ): Promise<TResult>;
}

export function createClient(options: NewsgraphClientOptions): NewsgraphClient {
  const doFetch = options.fetch ?? fetch;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
    ...options.headers,
  };
  return {
    async request(document, ...[variables]) {
      const response = await doFetch(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: document.toString(), variables }),
      });
      let body: { data?: unknown; errors?: GraphQLErrorEntry[] };
      try {
        body = (await response.json()) as typeof body;
      } catch {
        throw new NewsgraphRequestError(
          `HTTP ${response.status} without a GraphQL response`,
          response.status,
          [],
        );
      }
      if (body.errors?.length) {
        throw new NewsgraphRequestError(
          body.errors.map((e) => e.message).join('; '),
          response.status,
          body.errors,
        );
      }
      if (body.data == null) {
        throw new NewsgraphRequestError(`HTTP ${response.status} without data`, response.status, []);
      }
      return body.data as never;
    },
  };
}
