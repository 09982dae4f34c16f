/**
 * Inputs loaded into memory with what their name or HTTP headers say about them, and decoded:
 * files (size checked first), downloads (see `fetch-url`) and stdin.
 */
import path from 'node:path';
import { binaryReason, charsetFromContentType, decodeText, sniffDeclaredCharset } from './decode-text.js';
import {
  formatFromContentType,
  formatFromFileName,
  type InputFormat,
  isNonTextContentType,
  SUPPORTED_EXTENSIONS,
  sniffFormat,
} from './detect-format.js';
import { fetchUrl, parseHttpUrl } from './fetch-url.js';
import { readFileBytes, readStreamBytes } from './read-files.js';
import { type ResolvedSourceOptions, SourceError } from './source-types.js';

export interface LoadedDocument {
  /** Name shown to the user: relative path, URL or `stdin`. */
  origin: string;
  /** `ingestedFrom` of a single article read from it; null for stdin (a content hash is used). */
  identity: string | null;
  /** Where it was downloaded from (after redirects), for resolving relative links. */
  pageUrl: string | null;
  bytes: Uint8Array;
  /**
   * The format its name or Content-Type promises; `none` when they say nothing (sniff), `unknown`
   * when they name a format we do not read.
   */
  declared: InputFormat | 'none' | 'unknown';
  /** What to call it in an unknown-format message (`.pdf`, `application/pdf`). */
  declaredType: string | null;
  /** Charset from the HTTP Content-Type header. */
  charset: string | null;
  /** Downloads trust the content over a Content-Type that contradicts it (feeds served as text/html). */
  sniffOverrides: boolean;
}

export async function loadFile(
  absolutePath: string,
  display: string,
  maxBytes: number,
): Promise<LoadedDocument> {
  const bytes = await readFileBytes(absolutePath, maxBytes);
  const declared = formatFromFileName(absolutePath);
  return {
    origin: display,
    identity: display,
    pageUrl: null,
    bytes,
    declared,
    declaredType: declared === 'unknown' ? path.extname(absolutePath).toLowerCase() : null,
    charset: null,
    sniffOverrides: false,
  };
}

/** Downloads `url`. `ingestedFrom` is the URL as given (normalised), not where redirects led. */
export async function loadUrl(url: string, options: ResolvedSourceOptions): Promise<LoadedDocument> {
  const identity = parseHttpUrl(url).href;
  const resource = await fetchUrl(identity, options);
  const contentType = resource.contentType;
  const byType = formatFromContentType(contentType);
  const byName = formatFromFileName(new URL(resource.finalUrl).pathname);
  const nameFormat = byName === 'none' || byName === 'unknown' ? null : byName;
  let declared: LoadedDocument['declared'] = 'none';
  if (byType) declared = byType;
  else if (nameFormat) declared = nameFormat;
  else if (isNonTextContentType(contentType) && !/octet-stream/i.test(contentType ?? ''))
    declared = 'unknown';
  return {
    origin: url,
    identity,
    pageUrl: resource.finalUrl,
    bytes: resource.bytes,
    declared,
    declaredType: contentType?.split(';')[0]?.trim() ?? null,
    charset: charsetFromContentType(contentType),
    sniffOverrides: true,
  };
}

export async function loadStdin(stream: NodeJS.ReadableStream, maxBytes: number): Promise<LoadedDocument> {
  return {
    origin: 'stdin',
    identity: null,
    pageUrl: null,
    bytes: await readStreamBytes(stream, maxBytes),
    declared: 'none',
    declaredType: null,
    charset: null,
    sniffOverrides: false,
  };
}

/** Picks the format and decodes; throws `SourceError` EMPTY, BINARY, INVALID_UTF8 or UNKNOWN_FORMAT. */
export function decodeDocument(doc: LoadedDocument): { text: string; format: InputFormat } {
  if (doc.declared === 'unknown' && doc.bytes.length > 0 && binaryReason(doc.bytes)) {
    throw unknownFormat(doc, 'binary content');
  }
  const markup =
    doc.declared === 'html' ||
    doc.declared === 'feed' ||
    doc.declared === 'none' ||
    doc.declared === 'unknown';
  const charset = doc.charset ?? (markup ? sniffDeclaredCharset(doc.bytes) : null);
  const text = decodeText(doc.bytes, { charset });
  if (doc.declared === 'unknown') {
    const sniffed = sniffFormat(text);
    if (!sniffed) throw unknownFormat(doc, null);
    return { text, format: sniffed };
  }
  if (doc.declared === 'none') return { text, format: sniffFormat(text) ?? 'text' };
  const sniffed = sniffFormat(text);
  // A `.json` file that is really NDJSON is read as NDJSON rather than reported as broken.
  if (doc.declared === 'json' && sniffed === 'ndjson') return { text, format: 'ndjson' };
  if (doc.sniffOverrides && (sniffed === 'html' || sniffed === 'feed')) return { text, format: sniffed };
  return { text, format: doc.declared };
}

function unknownFormat(doc: LoadedDocument, detail: string | null): SourceError {
  const type = doc.declaredType ?? path.extname(doc.origin);
  const what = type ? `unsupported format ${type}` : 'unsupported format';
  const readable = `readable: ${SUPPORTED_EXTENSIONS.join(' ')}`;
  return new SourceError('UNKNOWN_FORMAT', `${what}${detail ? ` (${detail})` : ''}; ${readable}`);
}
