/**
 * Types shared by the input readers: what `readSources` yields, its options, and the error that
 * every reader throws for a problem with one input (turned into a `{ ok: false }` item, so the
 * batch goes on).
 */
import type { ArticleInput } from '../domain.js';

/** Why an input produced no article. */
export type SourceErrorCode =
  | 'NOT_FOUND'
  | 'UNREADABLE'
  | 'INVALID_UTF8'
  | 'BINARY'
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'UNKNOWN_FORMAT'
  | 'MALFORMED_JSON'
  | 'INVALID_RECORD'
  | 'FETCH_FAILED'
  | 'BLOCKED_ADDRESS'
  | 'HTTP_ERROR'
  | 'TIMEOUT';

/**
 * One article read from an input, or one problem with an input.
 * `origin` says where: a file path relative to the working directory, a URL, `stdin`, or
 * `file.ndjson:12` (file and line) for one record of a collection.
 * `error` is one line that starts with the origin and gives the reason.
 */
export type SourceItem =
  | { ok: true; input: ArticleInput; origin: string }
  | { ok: false; origin: string; error: string; code: SourceErrorCode };

export interface SourceOptions {
  /** Largest file, download or stdin accepted, in bytes. Default 10 MB. */
  maxBytes?: number;
  /** Fetch URLs that resolve to loopback, private, link-local or other non-public addresses. */
  allowPrivateNetwork?: boolean;
  /** Time allowed for one HTTP request, body included. Default 15 s. */
  timeoutMs?: number;
  /** Redirects followed per URL; each hop's address is checked again. Default 5. */
  maxRedirects?: number;
  /** Extra attempts after a 5xx, a 429 or a network error. Default 2. */
  retries?: number;
  /** First backoff delay; doubles on each retry. A `Retry-After` header wins when present. Default 500 ms. */
  retryDelayMs?: number;
  /** Longest wait accepted from a `Retry-After` header; a longer one fails the fetch. Default 30 s. */
  maxRetryAfterMs?: number;
  /** Feed items fetched at the same time. Default 3. */
  concurrency?: number;
  /** Default `newsgraph/<version> (+<homepage>)` from package.json. */
  userAgent?: string;
  /** Directory that relative paths, globs and `ingestedFrom` are relative to. Default `process.cwd()`. */
  cwd?: string;
  /** Read for the input `-`. Default `process.stdin`. */
  stdin?: NodeJS.ReadableStream;
  fetchImpl?: typeof fetch;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Options with every default filled in. */
export interface ResolvedSourceOptions {
  maxBytes: number;
  allowPrivateNetwork: boolean;
  timeoutMs: number;
  maxRedirects: number;
  retries: number;
  retryDelayMs: number;
  maxRetryAfterMs: number;
  concurrency: number;
  userAgent: string | undefined;
  cwd: string;
  stdin: NodeJS.ReadableStream | undefined;
  fetchImpl: typeof fetch;
}

export function resolveSourceOptions(options: SourceOptions = {}): ResolvedSourceOptions {
  return {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    allowPrivateNetwork: options.allowPrivateNetwork ?? false,
    timeoutMs: options.timeoutMs ?? 15_000,
    maxRedirects: options.maxRedirects ?? 5,
    retries: options.retries ?? 2,
    retryDelayMs: options.retryDelayMs ?? 500,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 30_000,
    concurrency: Math.max(1, options.concurrency ?? 3),
    userAgent: options.userAgent,
    cwd: options.cwd ?? process.cwd(),
    stdin: options.stdin,
    fetchImpl: options.fetchImpl ?? globalThis.fetch,
  };
}

/** A problem with one input. `message` is the reason only; the item's `error` prefixes the origin. */
export class SourceError extends Error {
  readonly code: SourceErrorCode;

  constructor(code: SourceErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SourceError';
    this.code = code;
  }
}

/** The failed item for `origin`. */
export function failure(origin: string, code: SourceErrorCode, reason: string): SourceItem {
  return { ok: false, origin, code, error: `${origin}: ${reason}` };
}

/** Turns anything thrown while reading `origin` into a failed item. */
export function failureFromError(origin: string, error: unknown): SourceItem {
  if (error instanceof SourceError) return failure(origin, error.code, error.message);
  const message = error instanceof Error ? error.message : String(error);
  return failure(origin, 'UNREADABLE', `could not be read: ${message}`);
}

/** Human-readable byte size: `10 MB`, `512 KB`, `900 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimNumber(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trimNumber(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** `size` for a message that compares it with `limit`: exact bytes when rounding would hide the difference. */
export function formatSizeAgainst(size: number, limit: number): string {
  const rounded = formatBytes(size);
  return rounded === formatBytes(limit) ? `${size} bytes` : rounded;
}

function trimNumber(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '');
}
