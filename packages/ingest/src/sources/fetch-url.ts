/**
 * Fetches one http(s) URL politely and defensively:
 * - the host's addresses are checked before every request and every redirect hop (see
 *   `guard-address`), unless private network access is allowed;
 * - redirects are followed by hand, at most `maxRedirects`, only to http(s);
 * - each attempt has a deadline (`timeoutMs`) that covers the body too;
 * - the body is streamed and abandoned once it passes `maxBytes` (a too large Content-Length is
 *   refused before reading);
 * - 5xx, 429 and network errors are retried with exponential backoff, honouring `Retry-After`;
 * - requests carry a real User-Agent: `newsgraph/<version> (+<homepage>)`.
 */
import { readFileSync } from 'node:fs';
import { guardAddress } from './guard-address.js';
import { formatBytes, formatSizeAgainst, type ResolvedSourceOptions, SourceError } from './source-types.js';

export interface FetchedResource {
  /** Where the content finally came from, after redirects. */
  finalUrl: string;
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
}

export type FetchOptions = Pick<
  ResolvedSourceOptions,
  | 'maxBytes'
  | 'allowPrivateNetwork'
  | 'timeoutMs'
  | 'maxRedirects'
  | 'retries'
  | 'retryDelayMs'
  | 'maxRetryAfterMs'
  | 'userAgent'
  | 'fetchImpl'
>;

const ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,' +
  'application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5';

/** Fetches `input`, or throws `SourceError` (FETCH_FAILED, BLOCKED_ADDRESS, HTTP_ERROR, TIMEOUT, TOO_LARGE). */
export async function fetchUrl(input: string, options: FetchOptions): Promise<FetchedResource> {
  let url = parseHttpUrl(input);
  for (let hop = 0; ; hop++) {
    if (!options.allowPrivateNetwork) await guardAddress(url);
    const outcome = await requestWithRetries(url, options);
    if (outcome.kind === 'done') return outcome.resource;
    if (hop >= options.maxRedirects) {
      throw new SourceError('FETCH_FAILED', `too many redirects (more than ${options.maxRedirects})`);
    }
    url = redirectTarget(outcome.location, url);
  }
}

/** A URL object for an http(s) address, or `SourceError` FETCH_FAILED. */
export function parseHttpUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new SourceError('FETCH_FAILED', 'is not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SourceError('FETCH_FAILED', `uses ${url.protocol} (only http and https are fetched)`);
  }
  return url;
}

function redirectTarget(location: string, from: URL): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new SourceError('FETCH_FAILED', `redirects to an invalid URL (${location})`);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new SourceError('FETCH_FAILED', `redirects to ${next.protocol} (only http and https are followed)`);
  }
  return next;
}

type Outcome = { kind: 'done'; resource: FetchedResource } | { kind: 'redirect'; location: string };

async function requestWithRetries(url: URL, options: FetchOptions): Promise<Outcome> {
  for (let attempt = 0; ; attempt++) {
    const canRetry = attempt < options.retries;
    const signal = AbortSignal.timeout(options.timeoutMs);
    let response: Response;
    try {
      response = await options.fetchImpl(url.href, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': options.userAgent ?? defaultUserAgent(), accept: ACCEPT },
      });
    } catch (error) {
      if (isTimeout(error, signal)) throw timeoutError(options.timeoutMs);
      if (canRetry) {
        await sleep(backoff(attempt, options));
        continue;
      }
      throw new SourceError(
        'FETCH_FAILED',
        `could not be fetched: ${networkReason(error)}${attempts(attempt)}`,
        {
          cause: error,
        },
      );
    }

    const { status } = response;
    if (status >= 300 && status < 400 && status !== 304) {
      await discard(response);
      const location = response.headers.get('location');
      if (!location) throw new SourceError('HTTP_ERROR', `HTTP ${status} redirect without a Location header`);
      return { kind: 'redirect', location };
    }
    if (status === 429 || status >= 500) {
      await discard(response);
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
      if (canRetry && (retryAfter === null || retryAfter <= options.maxRetryAfterMs)) {
        await sleep(retryAfter ?? backoff(attempt, options));
        continue;
      }
      const wait =
        retryAfter !== null && retryAfter > options.maxRetryAfterMs
          ? ` (asks to retry after ${Math.ceil(retryAfter / 1000)} s)`
          : '';
      throw new SourceError('HTTP_ERROR', `${httpStatus(response)}${wait}${attempts(attempt)}`);
    }
    if (status < 200 || status >= 300) {
      await discard(response);
      throw new SourceError('HTTP_ERROR', httpStatus(response));
    }

    try {
      const bytes = await readLimited(response, options.maxBytes);
      return {
        kind: 'done',
        resource: { finalUrl: url.href, status, contentType: response.headers.get('content-type'), bytes },
      };
    } catch (error) {
      if (error instanceof SourceError) throw error;
      if (isTimeout(error, signal)) throw timeoutError(options.timeoutMs);
      if (canRetry) {
        await sleep(backoff(attempt, options));
        continue;
      }
      throw new SourceError(
        'FETCH_FAILED',
        `download broke off: ${networkReason(error)}${attempts(attempt)}`,
        {
          cause: error,
        },
      );
    }
  }
}

/** Reads the body, refusing it once it is known or seen to be over `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const limit = formatBytes(maxBytes);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await discard(response);
    throw new SourceError(
      'TOO_LARGE',
      `response is ${formatSizeAgainst(declared, maxBytes)}, over the ${limit} limit`,
    );
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new SourceError('TOO_LARGE', `response is over the ${limit} limit`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** `Retry-After` as milliseconds (delay-seconds or an HTTP date), or null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function backoff(attempt: number, options: FetchOptions): number {
  return options.retryDelayMs * 2 ** attempt;
}

function attempts(attempt: number): string {
  return attempt > 0 ? ` after ${attempt + 1} attempts` : '';
}

function httpStatus(response: Response): string {
  return `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
}

function timeoutError(timeoutMs: number): SourceError {
  return new SourceError(
    'TIMEOUT',
    `timed out after ${timeoutMs >= 1000 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`}`,
  );
}

function isTimeout(error: unknown, signal: AbortSignal): boolean {
  return (error instanceof Error && error.name === 'TimeoutError') || signal.aborted;
}

/** The most telling part of a fetch failure: `ECONNREFUSED`, `ENOTFOUND`, a TLS error ... */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const message =
    cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${code} ${message}` : message;
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

let userAgent: string | undefined;

/** `newsgraph/<version> (+<homepage>)`, from this package's package.json (read once). */
export function defaultUserAgent(): string {
  if (userAgent !== undefined) return userAgent;
  let version = '0.0.0';
  let homepage: string | null = null;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
      homepage?: string;
      repository?: string | { url?: string };
    };
    version = pkg.version ?? version;
    const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    homepage = pkg.homepage ?? repository?.replace(/^git\+/, '').replace(/\.git$/, '') ?? null;
  } catch {
    // Without package.json (an unusual bundle) the name alone still identifies the client.
  }
  userAgent = homepage ? `newsgraph/${version} (+${homepage})` : `newsgraph/${version}`;
  return userAgent;
}
