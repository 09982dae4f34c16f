/**
 * Articles from JSON: one article object, an array of them, an `{ "articles": [...] }` export, or
 * NDJSON / JSON Lines (one object per line). Each record is validated on its own, so one bad record
 * is reported (with its line) and the others are still read.
 *
 * Record fields: `{ title?, body, url?, publishedAt?, language?, agency?, byline? }`. Common names
 * from other exports are accepted too: `text` or `content` for `body`, `published_at` or `date` for
 * `publishedAt`, `author` for `byline`. Unknown fields are ignored.
 */
import { z } from 'zod';
import { makeArticleInput } from './article-input.js';
import { lineAndColumn, locateJsonError } from './locate-json-error.js';
import { failure, type SourceItem } from './source-types.js';

const optionalText = z
  .string({ error: 'must be a string' })
  .nullish()
  .transform((value) => value ?? null);

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or an ISO date-time (`T` or space, optional seconds and zone). */
const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export const articleRecordSchema = z.object({
  body: z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
    .refine((body) => body.trim() !== '', 'is empty'),
  title: optionalText,
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .nullish()
    .transform((value) => value ?? null),
  publishedAt: z
    .string({ error: 'must be a string' })
    .trim()
    .regex(DATE_PATTERN, 'must be YYYY-MM-DD or an ISO date-time')
    .nullish()
    .transform((value) => value ?? null),
  language: z
    .string({ error: 'must be a string' })
    .trim()
    .regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/, 'must be a language code such as en or hi')
    .nullish()
    .transform((value) => value ?? null),
  agency: optionalText,
  byline: optionalText,
});

export type ArticleRecord = z.infer<typeof articleRecordSchema>;

const ALIASES: ReadonlyArray<readonly [field: string, aliases: readonly string[]]> = [
  ['body', ['text', 'content']],
  ['publishedAt', ['published_at', 'date']],
  ['byline', ['author']],
];

/** Copies a common alias into the canonical field when the canonical one is absent. */
function applyAliases(record: Record<string, unknown>): Record<string, unknown> {
  const out = { ...record };
  for (const [field, aliases] of ALIASES) {
    if (out[field] !== undefined) continue;
    const alias = aliases.find((name) => typeof out[name] === 'string');
    if (alias) out[field] = out[alias];
  }
  return out;
}

/** Validates one parsed record: the record, or a one-line reason. */
export function validateArticleRecord(
  value: unknown,
): { ok: true; record: ArticleRecord } | { ok: false; reason: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: `expected an article object, got ${describeJsonType(value)}` };
  }
  const result = articleRecordSchema.safeParse(applyAliases(value as Record<string, unknown>));
  if (result.success) return { ok: true, record: result.data };
  const reasons = result.error.issues.map((issue) => `${issue.path.join('.') || 'record'} ${issue.message}`);
  return { ok: false, reason: `invalid article: ${reasons.join('; ')}` };
}

function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}

export interface JsonArticlesContext {
  /** The name shown to the user (relative file path, URL, `stdin`). */
  origin: string;
  /**
   * `ingestedFrom` of a record without a `url`: `n` is its 1-based position in the collection, or
   * null for a file holding a single object.
   */
  identity: (record: ArticleRecord, n: number | null) => string;
}

/** Default identity: the record's URL, else `origin#n` (or `origin` for a single-article file). */
export function collectionIdentity(origin: string): JsonArticlesContext['identity'] {
  return (record, n) => record.url ?? (n === null ? origin : `${origin}#${n}`);
}

function toItem(value: unknown, n: number | null, where: string, context: JsonArticlesContext): SourceItem {
  const checked = validateArticleRecord(value);
  if (!checked.ok) return failure(where, 'INVALID_RECORD', checked.reason);
  const { record } = checked;
  return {
    ok: true,
    input: makeArticleInput({ ...record, ingestedFrom: context.identity(record, n) }),
    origin: where,
  };
}

/** Reads a `.json` document: one article, an array of articles, or `{ "articles": [...] }`. */
export function parseJsonArticles(text: string, context: JsonArticlesContext): SourceItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [failure(context.origin, 'MALFORMED_JSON', describeJsonError(text, error))];
  }
  const wrapped = articlesArray(value);
  if (!wrapped) return [toItem(value, null, context.origin, context)];
  const { elements, key } = wrapped;
  if (elements.length === 0) return [failure(context.origin, 'EMPTY', 'holds an empty list of articles')];
  const offsets = arrayElementOffsets(text, key);
  return elements.map((element, index) => {
    const offset = offsets[index];
    const where =
      offset === undefined
        ? `${context.origin}#${index + 1}`
        : `${context.origin}:${lineAndColumn(text, offset).line}`;
    return toItem(element, index + 1, where, context);
  });
}

/** Reads NDJSON / JSON Lines: one article object per non-blank line. */
export function parseNdjsonArticles(text: string, context: JsonArticlesContext): SourceItem[] {
  const items: SourceItem[] = [];
  const lines = text.split('\n');
  let n = 0;
  for (const [index, rawLine] of lines.entries()) {
    const line = rawLine.replace(/\r$/, '');
    if (line.trim() === '') continue;
    n++;
    const where = `${context.origin}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      items.push(failure(where, 'MALFORMED_JSON', describeJsonError(line, error, false)));
      continue;
    }
    items.push(toItem(value, n, where, context));
  }
  if (items.length === 0) return [failure(context.origin, 'EMPTY', 'holds no records')];
  return items;
}

/** Number of records `parseJsonArticles` / `parseNdjsonArticles` would yield, without validating. */
export function countJsonRecords(text: string, format: 'json' | 'ndjson'): number {
  if (format === 'ndjson') return Math.max(1, text.split('\n').filter((line) => line.trim() !== '').length);
  try {
    const wrapped = articlesArray(JSON.parse(text));
    return wrapped ? Math.max(1, wrapped.elements.length) : 1;
  } catch {
    return 1;
  }
}

function articlesArray(value: unknown): { elements: unknown[]; key: string | null } | null {
  if (Array.isArray(value)) return { elements: value, key: null };
  if (typeof value === 'object' && value !== null && !('body' in value)) {
    const articles = (value as Record<string, unknown>).articles;
    if (Array.isArray(articles)) return { elements: articles, key: 'articles' };
  }
  return null;
}

function describeJsonError(text: string, error: unknown, withLine = true): string {
  const location = locateJsonError(text);
  if (location) {
    const where = withLine ? `line ${location.line}, column ${location.column}` : `column ${location.column}`;
    return `malformed JSON at ${where}: ${location.reason}`;
  }
  return `malformed JSON: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Offsets where each element of the articles array starts in valid JSON `text`: the top-level
 * array (`key` null) or the array under the top-level property `key`.
 */
export function arrayElementOffsets(text: string, key: string | null): number[] {
  type Frame =
    | { kind: 'array'; target: boolean }
    | { kind: 'object'; key: string | null; expectKey: boolean };
  const offsets: number[] = [];
  const stack: Frame[] = [];
  const valueStarts = (at: number): void => {
    const top = stack[stack.length - 1];
    if (top?.kind === 'array' && top.target) offsets.push(at);
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      end++;
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && top.expectKey) {
        top.key = JSON.parse(text.slice(i, end)) as string;
        top.expectKey = false;
      } else {
        valueStarts(i);
      }
      i = end;
    } else if (ch === '{' || ch === '[') {
      valueStarts(i);
      const parent = stack[stack.length - 1];
      if (ch === '{') {
        stack.push({ kind: 'object', key: null, expectKey: true });
      } else {
        const target =
          key === null
            ? stack.length === 0
            : stack.length === 1 && parent?.kind === 'object' && parent.key === key;
        stack.push({ kind: 'array', target });
      }
      i++;
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      i++;
    } else if (ch === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') top.expectKey = true;
      i++;
    } else if (ch === ':' || ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') {
      i++;
    } else {
      valueStarts(i);
      while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
    }
  }
  return offsets;
}
