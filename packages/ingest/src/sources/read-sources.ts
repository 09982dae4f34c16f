/**
 * `readSources`: everything the user points at (files, directories, globs, `-`, URLs, feeds) as a
 * stream of articles and per-input errors, in input order. A problem with one input is one error
 * item and the stream goes on; nothing here throws for bad input.
 */
import { promises as fs } from 'node:fs';
import { formatFromFileName, sniffFormat } from './detect-format.js';
import { expandInputs } from './expand-inputs.js';
import { type LoadedDocument, loadFile, loadStdin, loadUrl } from './load-document.js';
import { countJsonRecords } from './parse-json-articles.js';
import { readDocument } from './read-document.js';
import {
  failure,
  failureFromError,
  type ResolvedSourceOptions,
  resolveSourceOptions,
  type SourceItem,
  type SourceOptions,
} from './source-types.js';

/** Reads every input in order; yields one item per article and one per problem. */
export async function* readSources(
  inputs: readonly string[],
  options: SourceOptions = {},
): AsyncGenerator<SourceItem> {
  const resolved = resolveSourceOptions(options);
  for await (const entry of expandInputs(inputs, resolved.cwd)) {
    switch (entry.kind) {
      case 'error':
        yield failure(entry.display, entry.code, entry.reason);
        break;
      case 'file':
        yield* readLoaded(
          entry.display,
          () => loadFile(entry.path, entry.display, resolved.maxBytes),
          resolved,
        );
        break;
      case 'url':
        yield* readLoaded(entry.url, () => loadUrl(entry.url, resolved), resolved);
        break;
      case 'stdin':
        yield* readLoaded(
          'stdin',
          () => loadStdin(resolved.stdin ?? process.stdin, resolved.maxBytes),
          resolved,
        );
        break;
    }
  }
}

async function* readLoaded(
  origin: string,
  load: () => Promise<LoadedDocument>,
  options: ResolvedSourceOptions,
): AsyncGenerator<SourceItem> {
  let doc: LoadedDocument;
  try {
    doc = await load();
  } catch (error) {
    yield failureFromError(origin, error);
    return;
  }
  // Items already yielded stay yielded; an error part-way (none is expected) ends this input only.
  try {
    yield* readDocument(doc, options);
  } catch (error) {
    yield failureFromError(origin, error);
  }
}

/**
 * How many items `readSources` will yield, for a progress bar, when that is cheap to know: only
 * local files (collections are counted by their records, feeds by their items). Undefined when an
 * input is a URL or stdin.
 */
export async function countSources(
  inputs: readonly string[],
  options: SourceOptions = {},
): Promise<number | undefined> {
  const resolved = resolveSourceOptions(options);
  let total = 0;
  for await (const entry of expandInputs(inputs, resolved.cwd)) {
    if (entry.kind === 'url' || entry.kind === 'stdin') return undefined;
    if (entry.kind === 'error') {
      total++;
      continue;
    }
    total += await countFileItems(entry.path, resolved.maxBytes);
  }
  return total;
}

async function countFileItems(file: string, maxBytes: number): Promise<number> {
  const format = formatFromFileName(file);
  if (format !== 'json' && format !== 'ndjson' && format !== 'feed') return 1;
  try {
    const stat = await fs.stat(file);
    if (stat.size > maxBytes || stat.size === 0) return 1;
    const text = await fs.readFile(file, 'utf8');
    if (format === 'feed') return Math.max(1, (text.match(/<(item|entry)[\s>]/g) ?? []).length);
    return countJsonRecords(text, format === 'json' && sniffFormat(text) === 'ndjson' ? 'ndjson' : format);
  } catch {
    return 1;
  }
}
