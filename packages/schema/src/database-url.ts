/**
 * One setting for every command, the API and the tests: DATABASE_URL.
 *   unset                      → embedded PGlite in `<home>/pglite` (home: NEWSGRAPH_HOME or the repo's `.newsgraph`)
 *   pglite:<dir>               → embedded PGlite in that directory (relative to the working directory)
 *   pglite:memory              → embedded PGlite in memory (throwaway)
 *   postgres:// | postgresql://→ PostgreSQL server
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string | null; description: string }
  | { kind: 'postgres'; url: string; description: string };

export class DatabaseUrlError extends Error {
  override name = 'DatabaseUrlError';
}

/** The repository root when running from a checkout (packages/schema/{src,dist}/database-url.*). */
export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../../../', import.meta.url)));

export function defaultHome(home?: string): string {
  return home ? path.resolve(home) : path.join(REPO_ROOT, '.newsgraph');
}

export function parseDatabaseUrl(
  url: string | undefined,
  options: { home?: string; cwd?: string } = {},
): DatabaseTarget {
  const cwd = options.cwd ?? process.cwd();
  if (url === undefined || url.trim() === '') {
    const dataDir = path.join(defaultHome(options.home), 'pglite');
    return { kind: 'pglite', dataDir, description: `embedded PGlite at ${dataDir}` };
  }
  const value = url.trim();
  if (value.startsWith('pglite:')) {
    const rest = value.slice('pglite:'.length).replace(/^\/\//, '');
    if (rest === 'memory' || rest === 'memory://' || rest === '') {
      if (rest === '') {
        throw new DatabaseUrlError(
          'DATABASE_URL "pglite:" names no directory. Use pglite:<dir>, pglite:memory, or a postgres:// URL.',
        );
      }
      return { kind: 'pglite', dataDir: null, description: 'embedded PGlite in memory' };
    }
    const dataDir = path.resolve(cwd, rest);
    return { kind: 'pglite', dataDir, description: `embedded PGlite at ${dataDir}` };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new DatabaseUrlError(`DATABASE_URL is not a valid URL: ${redact(value)}`);
    }
    if (!parsed.hostname && !parsed.searchParams.get('host')) {
      throw new DatabaseUrlError(`DATABASE_URL names no host: ${redact(value)}`);
    }
    const db = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    return {
      kind: 'postgres',
      url: value,
      description: `PostgreSQL ${parsed.hostname || parsed.searchParams.get('host')}:${parsed.port || 5432}/${db || '(default)'}`,
    };
  }
  throw new DatabaseUrlError(
    `DATABASE_URL "${redact(value)}" is not understood. Leave it unset for the embedded database, or use ` +
      'pglite:<dir>, pglite:memory, or postgres://user:password@host:port/database.',
  );
}

/** Hides the password of a connection URL for messages. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
