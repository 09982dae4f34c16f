/**
 * Expected errors, typed by `extensions.code`. Yoga passes GraphQLErrors through unmasked; every
 * other error is masked (see yoga.ts) and logged with the request id.
 */
import { GraphQLError } from 'graphql';
import type { NewsgraphContext } from './context.js';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN';

function typedError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badUserInput = (message: string, extra?: Record<string, unknown>) =>
  typedError('BAD_USER_INPUT', message, extra);
export const notFound = (message: string, extra?: Record<string, unknown>) =>
  typedError('NOT_FOUND', message, extra);

/**
 * Scope-auth rejections: UNAUTHENTICATED without a valid API key, FORBIDDEN when the key lacks the
 * permission the field needs.
 */
export function unauthorizedError(ctx: NewsgraphContext, detail: string): GraphQLError {
  if (!ctx.apiKey) {
    const reason =
      ctx.auth === 'invalid'
        ? 'The API key is not valid.'
        : ctx.auth === 'none-configured'
          ? 'This server has no API keys configured (NEWSGRAPH_API_KEYS), so mutations are disabled.'
          : 'This operation needs an API key: send `Authorization: Bearer <key>`.';
    return typedError('UNAUTHENTICATED', reason);
  }
  return typedError('FORBIDDEN', `The API key "${ctx.apiKey.name}" may not do this (${detail}).`);
}
