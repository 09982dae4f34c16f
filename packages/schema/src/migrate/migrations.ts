/**
 * Offline migrations through Prisma's WASM schema engine. Reads and writes the standard
 * `prisma/migrations/<timestamp>_<name>/migration.sql` layout and records the standard
 * `_prisma_migrations` table, so online users can still run `prisma migrate deploy`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { Database } from '../database.js';
import { createPglite } from '../database.js';
import { lastScriptError, pgliteMigrationAdapter } from './engine-adapter.js';
import { engineError, loadEngineModule, type SchemaEngine } from './load-engine.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));
export const SCHEMA_PATH = fileURLToPath(new URL('../../prisma/schema.prisma', import.meta.url));

const FILTERS = { externalTables: [], externalEnums: [] };

type MigrationList = Parameters<SchemaEngine['applyMigrations']>[0]['migrationsList'];

export function readMigrationsList(dir = MIGRATIONS_DIR): MigrationList {
  const entries = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
  const lockPath = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: {
      path: 'migration_lock.toml',
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: entries.map((name) => {
      const file = path.join(dir, name, 'migration.sql');
      let content: { tag: 'ok'; value: string } | { tag: 'error'; value: string };
      try {
        content = { tag: 'ok', value: fs.readFileSync(file, 'utf8') };
      } catch (error) {
        content = { tag: 'error', value: (error as Error).message };
      }
      return { path: name, migrationFile: { path: 'migration.sql', content } };
    }),
  };
}

async function withEngine<T>(
  adapter: ReturnType<Database['migrationAdapter']>,
  fn: (engine: SchemaEngine) => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  const mod = await loadEngineModule();
  const schema = fs.readFileSync(SCHEMA_PATH, 'utf8');
  const engine = await mod.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    (line: string) => log(line),
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await adapter.disposeAll();
  }
}

export interface MigrateResult {
  applied: string[];
  total: number;
}

/** Applies every pending migration. A failing migration is recorded as failed and stops the run. */
export async function applyMigrations(
  db: Database,
  options: { migrationsDir?: string } = {},
): Promise<MigrateResult> {
  const list = readMigrationsList(options.migrationsDir);
  return withEngine(db.migrationAdapter(), async (engine) => {
    lastScriptError.message = null;
    try {
      const out = await engine.applyMigrations({ migrationsList: list, filters: FILTERS });
      return { applied: out.appliedMigrationNames, total: list.migrationDirectories.length };
    } catch (error) {
      throw engineError('Applying migrations', error, lastScriptError.message);
    }
  });
}

export interface MigrationStatus {
  pending: string[];
  failed: string[];
  /** Migrations recorded in the database but missing from the folder. */
  unknown: string[];
}

/** Reads `_prisma_migrations` and compares it with the folder. */
export async function migrationStatus(
  db: Database,
  options: { migrationsDir?: string } = {},
): Promise<MigrationStatus> {
  const list = readMigrationsList(options.migrationsDir);
  const names = list.migrationDirectories.map((d) => d.path);
  const exists = await db.raw.query<{ t: string | null }>(
    `SELECT to_regclass('public._prisma_migrations')::text AS t`,
  );
  if (!exists[0]?.t) return { pending: names, failed: [], unknown: [] };
  const rows = await db.raw.query<{
    migration_name: string;
    finished_at: Date | null;
    rolled_back_at: Date | null;
  }>('SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations');
  const done = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
  const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
  return {
    pending: names.filter((n) => !done.has(n)),
    failed,
    unknown: [...done].filter((n) => !names.includes(n)),
  };
}

/** sha256 of a migration file, as Prisma records it in `_prisma_migrations.checksum`. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

/**
 * SQL that would bring a database built from the migrations folder to the schema.
 * Empty string when the folder is in sync with `schema.prisma`. Runs on throwaway in-memory PGlite.
 */
export async function diffMigrationsToSchema(options: { migrationsDir?: string } = {}): Promise<string> {
  const list = readMigrationsList(options.migrationsDir);
  const main = await createPglite(null);
  try {
    return await withEngine(pgliteMigrationAdapter(main), async (engine) => {
      const schema = fs.readFileSync(SCHEMA_PATH, 'utf8');
      try {
        const from = list.migrationDirectories.length
          ? { tag: 'migrations' as const, ...list }
          : { tag: 'empty' as const };
        const result = await engine.diff({
          from,
          to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: schema }] },
          script: true,
          exitCode: null,
          filters: FILTERS,
        });
        const sql = result.stdout ?? '';
        return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? '' : sql;
      } catch (error) {
        throw engineError('Diffing the migrations folder against schema.prisma', error);
      }
    });
  } finally {
    await main.close();
  }
}

/** Writes a new migration folder for the changes in schema.prisma; returns its path, or null when none. */
export async function createMigration(name: string, options: { migrationsDir?: string; now?: Date } = {}) {
  const dir = options.migrationsDir ?? MIGRATIONS_DIR;
  const sql = await diffMigrationsToSchema({ migrationsDir: dir });
  if (!sql) return null;
  const stamp = (options.now ?? new Date()).toISOString().replace(/\D/g, '').slice(0, 14);
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '') || 'migration';
  const folder = path.join(dir, `${stamp}_${slug}`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'migration.sql'), sql);
  const lock = path.join(dir, 'migration_lock.toml');
  if (!fs.existsSync(lock)) {
    fs.writeFileSync(
      lock,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  return folder;
}
