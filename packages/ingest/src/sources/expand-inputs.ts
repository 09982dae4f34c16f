/**
 * What the user typed, turned into things to read: `-` is stdin, `http(s)://...` a URL, an existing
 * path a file or a directory (walked recursively in sorted order, skipping dotfiles and
 * `node_modules`), anything else with glob characters a glob pattern (sorted matches, same skips).
 * The same file or URL named twice is read once; files are told apart by their real path, so a
 * symlink to a file already read (or a symlinked directory looping back) adds nothing.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export type InputEntry =
  | { kind: 'file'; path: string; display: string }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' }
  | { kind: 'error'; display: string; code: 'NOT_FOUND' | 'UNREADABLE'; reason: string };

const SKIPPED_DIRECTORIES = new Set(['node_modules']);

/** Expands inputs lazily, in the order given. Never throws for a bad input: it yields an `error` entry. */
export async function* expandInputs(inputs: readonly string[], cwd: string): AsyncGenerator<InputEntry> {
  const seen = new Set<string>();
  const once = (key: string): boolean => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const onceFile = async (file: string): Promise<boolean> => once(await fs.realpath(file).catch(() => file));
  for (const raw of inputs) {
    const input = raw.trim();
    if (input === '-') {
      if (once('-')) yield { kind: 'stdin' };
      continue;
    }
    if (/^https?:\/\//i.test(input)) {
      if (once(input)) yield { kind: 'url', url: input };
      continue;
    }
    const absolute = path.resolve(cwd, input);
    const stat = await fs.stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (!(stat instanceof Error)) {
      if (stat.isDirectory()) {
        for await (const file of walkDirectory(absolute)) {
          if (await onceFile(file)) yield fileEntry(file, cwd);
        }
      } else if (await onceFile(absolute)) {
        yield fileEntry(absolute, cwd);
      }
      continue;
    }
    if (stat.code !== 'ENOENT' && stat.code !== 'ENOTDIR') {
      yield {
        kind: 'error',
        display: displayPath(absolute, cwd),
        code: 'UNREADABLE',
        reason: describeFsError(stat),
      };
      continue;
    }
    if (isDynamicPattern(input)) {
      const matches = await globFiles(input, cwd);
      if (matches.length === 0) {
        yield { kind: 'error', display: input, code: 'NOT_FOUND', reason: 'no files match this pattern' };
      }
      for (const file of matches) if (await onceFile(file)) yield fileEntry(file, cwd);
      continue;
    }
    yield { kind: 'error', display: input, code: 'NOT_FOUND', reason: 'no such file or directory' };
  }
}

function fileEntry(absolute: string, cwd: string): InputEntry {
  return { kind: 'file', path: absolute, display: displayPath(absolute, cwd) };
}

/**
 * How a file is named in `ingestedFrom` and messages: relative to `cwd` with `/` separators when
 * inside it (stable across machines and runs), absolute otherwise.
 */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative))
    return absolute.split(path.sep).join('/');
  return relative.split(path.sep).join('/');
}

/** Files under `directory`, depth first, entries sorted by name (code-unit order, as `ls` in C locale). */
async function* walkDirectory(directory: string, visited = new Set<string>()): AsyncGenerator<string> {
  const real = await fs.realpath(directory).catch(() => directory);
  if (visited.has(real)) return; // a symlink loop
  visited.add(real);
  const entries = await fs.readdir(directory, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => compareNames(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
    const full = path.join(directory, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await fs.stat(full).catch(() => null);
      isDirectory = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDirectory) yield* walkDirectory(full, visited);
    else if (isFile) yield full;
  }
}

/**
 * Sorted files matching `pattern`. When symlinks make one file match under several paths, the
 * shortest path is kept (a symlinked directory looping back yields longer paths).
 */
async function globFiles(pattern: string, cwd: string): Promise<string[]> {
  const files = await glob(pattern, {
    cwd,
    absolute: true,
    dot: false,
    onlyFiles: true,
    ignore: ['**/node_modules/**'],
    expandDirectories: false,
  });
  const byRealPath = new Map<string, string>();
  for (const file of files.map((match) => path.resolve(match)).sort(compareNames)) {
    const real = await fs.realpath(file).catch(() => file);
    const kept = byRealPath.get(real);
    if (kept === undefined || depth(file) < depth(kept)) byRealPath.set(real, file);
  }
  return [...byRealPath.values()].sort(compareNames);
}

function depth(file: string): number {
  return file.split(path.sep).length;
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function describeFsError(error: NodeJS.ErrnoException): string {
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
  return error.message;
}
