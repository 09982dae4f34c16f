/**
 * Which reader handles an input: by file extension or HTTP Content-Type first, by looking at the
 * content when neither says (stdin, files without an extension, `application/octet-stream`).
 */
import path from 'node:path';

export type InputFormat = 'text' | 'json' | 'ndjson' | 'html' | 'feed';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/**
 * The format a file name promises: a format, `none` when the name has no extension, or `unknown`
 * when the extension is not one we read (`.pdf`, `.csv`, `.docx` ...).
 */
export function formatFromFileName(fileName: string): InputFormat | 'none' | 'unknown' {
  const ext = path.extname(fileName).toLowerCase();
  if (!ext) return 'none';
  return BY_EXTENSION[ext] ?? 'unknown';
}

/** The format an HTTP Content-Type announces, or null when it does not tell (sniff then). */
export function formatFromContentType(contentType: string | null): InputFormat | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (!type) return null;
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (
    type === 'application/rss+xml' ||
    type === 'application/atom+xml' ||
    type === 'application/rdf+xml' ||
    type === 'application/xml' ||
    type === 'text/xml'
  ) {
    return 'feed';
  }
  if (type === 'application/x-ndjson' || type === 'application/jsonl' || type === 'application/x-jsonlines') {
    return 'ndjson';
  }
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type === 'text/plain' || type === 'text/markdown') return 'text';
  return null;
}

/** True for Content-Types that are certainly not an article (images, PDF, archives ...). */
export function isNonTextContentType(contentType: string | null): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return (
    /^(image|audio|video|font)\//.test(type) ||
    /^application\/(pdf|zip|gzip|octet-stream|msword|vnd\.)/.test(type)
  );
}

/**
 * Guesses the format from the text itself; null when it is no markup or JSON, i.e. plain text or
 * something we cannot read (the caller decides which, from what it knows of the input).
 */
export function sniffFormat(text: string): InputFormat | null {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return sniffJson(text);
  if (head.startsWith('<')) {
    const markup = head.replace(/^(<\?xml[^>]*>\s*|<!--[\s\S]*?-->\s*)+/i, '');
    if (/^<(rss|rdf:RDF|feed)\b/i.test(markup)) return 'feed';
    if (/^<(!doctype\s+html|html|head|body|article|main|div|p|h[1-6])\b/i.test(markup)) return 'html';
  }
  return null;
}

function sniffJson(text: string): InputFormat | null {
  try {
    JSON.parse(text);
    return 'json';
  } catch {
    // One JSON value per line is NDJSON; a first line that parses on its own tells.
  }
  const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
  try {
    JSON.parse(firstLine);
    return 'ndjson';
  } catch {
    // Broken JSON: report it as JSON (malformed) when it starts like an object or an array of
    // objects; text starting with a bracketed word ("[Updated] ...") is prose.
    return /^(\{|\[\s*[{"[\]])/.test(text.trimStart()) ? 'json' : null;
  }
}
