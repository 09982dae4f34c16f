/**
 * Reads a bundled lexicon file from `packages/ingest/lexicons/` (once per file; callers cache what
 * they build from it). The path is relative to this module at depth 2, so it works from `src/` and
 * from `dist/`.
 */
import { readFileSync } from 'node:fs';

/** The data lines of a lexicon file: comments (`#`) and blank lines dropped, `\r` removed. */
export function readLexiconLines(file: string): string[] {
  const text = readFileSync(new URL(`../../lexicons/${file}`, import.meta.url), 'utf8');
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) continue;
    lines.push(line);
  }
  return lines;
}

/** Memoises a lexicon builder so that the file is read and parsed at first use only. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
