/**
 * Throwaway databases for tests: embedded PGlite in memory by default; when DATABASE_URL points at
 * PostgreSQL (CI runs every suite a second time that way), a fresh database on that server,
 * dropped afterwards. Both are migrated with the real migrations.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { type Database, type OpenDatabaseOptions, openDatabase, pgConfigFromUrl } from './database.js';
import { readSchemaEnv } from './env.js';
import { applyMigrations } from './migrate/migrations.js';

export interface TestDatabase {
  db: Database;
  /** The DATABASE_URL of this database (to hand to a child process, say). */
  url: string;
  kind: 'pglite' | 'postgres';
  /** Closes the connection and drops the database. */
  dispose(): Promise<void>;
}

/** The PostgreSQL server tests should use, or null for embedded PGlite. */
export function testServerUrl(): string | null {
  const url = readSchemaEnv().DATABASE_URL;
  return url && /^postgres(ql)?:\/\//.test(url) ? url : null;
}

/** Creates an empty database on the test server (or nothing, for PGlite) and returns its URL. */
export async function createEmptyTestDatabase(): Promise<{
  url: string;
  kind: 'pglite' | 'postgres';
  drop(): Promise<void>;
}> {
  const server = testServerUrl();
  if (!server) return { url: 'pglite:memory', kind: 'pglite', drop: async () => {} };
  const name = `newsgraph_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client(pgConfigFromUrl(server));
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const u = new URL(server);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    kind: 'postgres',
    async drop() {
      const cleaner = new pg.Client(pgConfigFromUrl(server));
      await cleaner.connect();
      try {
        await cleaner.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await cleaner.end();
      }
    },
  };
}

/** A migrated, empty database for one test file. */
export async function createTestDatabase(
  options: Omit<OpenDatabaseOptions, 'url'> = {},
): Promise<TestDatabase> {
  const empty = await createEmptyTestDatabase();
  const db = await openDatabase({ ...options, url: empty.url });
  await applyMigrations(db);
  return {
    db,
    url: empty.url,
    kind: empty.kind,
    async dispose() {
      await db.close();
      await empty.drop();
    },
  };
}
