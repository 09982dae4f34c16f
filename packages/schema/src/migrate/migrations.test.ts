import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.js';
import { createEmptyTestDatabase } from '../testing.js';
import {
  applyMigrations,
  diffMigrationsToSchema,
  MIGRATIONS_DIR,
  migrationChecksum,
  migrationStatus,
} from './migrations.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function emptyDatabase() {
  const empty = await createEmptyTestDatabase();
  const db = await openDatabase({ url: empty.url });
  cleanups.push(async () => {
    await db.close();
    await empty.drop();
  });
  return db;
}

function tempMigrations(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-migrations-'));
  fs.writeFileSync(path.join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');
  for (const [name, sql] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

describe('applyMigrations', () => {
  it('builds a fresh database from the committed migrations and records them in _prisma_migrations', async () => {
    const db = await emptyDatabase();
    const result = await applyMigrations(db);
    const folders = fs
      .readdirSync(MIGRATIONS_DIR)
      .filter((f) => fs.statSync(path.join(MIGRATIONS_DIR, f)).isDirectory());
    expect(result.applied).toEqual(folders.sort());
    const rows = await db.raw.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(folders.sort());
    const first = folders.sort()[0]!;
    expect(rows[0]!.checksum).toBe(
      migrationChecksum(fs.readFileSync(path.join(MIGRATIONS_DIR, first, 'migration.sql'), 'utf8')),
    );
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    // The schema is usable through the Prisma client, full-text trigger included.
    await db.prisma.article.create({
      data: { ingestedFrom: 'a.txt', contentHash: 'h', body: 'Ministers met in Lucknow', title: 'Talks' },
    });
    const hits = await db.raw.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Article" WHERE search @@ plainto_tsquery('simple', 'lucknow')`,
    );
    expect(hits[0]!.n).toBe(1);
  });

  it('does nothing on an already migrated database', async () => {
    const db = await emptyDatabase();
    await applyMigrations(db);
    const again = await applyMigrations(db);
    expect(again.applied).toEqual([]);
    expect((await migrationStatus(db)).pending).toEqual([]);
  });

  it('records a failing migration as failed and applies nothing after it', async () => {
    const db = await emptyDatabase();
    const dir = tempMigrations({
      '20250101000000_one': 'CREATE TABLE one (id int primary key);',
      '20250102000000_two': 'CREATE TABLE two (id int primary key);\nINSERT INTO missing_table VALUES (1);',
      '20250103000000_three': 'CREATE TABLE three (id int primary key);',
    });
    await expect(applyMigrations(db, { migrationsDir: dir })).rejects.toThrow(/missing_table/);
    const rows = await db.raw.query<{ migration_name: string; finished_at: Date | null }>(
      'SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((r) => [r.migration_name, r.finished_at !== null])).toEqual([
      ['20250101000000_one', true],
      ['20250102000000_two', false],
    ]);
    const status = await migrationStatus(db, { migrationsDir: dir });
    expect(status.failed).toEqual(['20250102000000_two']);
    const three = await db.raw.query<{ t: string | null }>(`SELECT to_regclass('public.three')::text AS t`);
    expect(three[0]!.t).toBeNull();
  });

  it('runs scripts with dollar-quoted blocks and semicolons inside strings in one piece', async () => {
    const db = await emptyDatabase();
    const dir = tempMigrations({
      '20250101000000_script': [
        "CREATE TABLE notes (body text DEFAULT 'a; b');",
        'DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM notes) THEN INSERT INTO notes DEFAULT VALUES; END IF; END $$;',
      ].join('\n'),
    });
    await applyMigrations(db, { migrationsDir: dir });
    expect(await db.raw.query('SELECT body FROM notes')).toEqual([{ body: 'a; b' }]);
  });
});

describe('diffMigrationsToSchema', () => {
  it('finds no change between the committed migrations and schema.prisma', async () => {
    expect(await diffMigrationsToSchema()).toBe('');
  });

  it('reports the SQL missing from a migrations folder that lags behind the schema', async () => {
    const dir = tempMigrations({});
    const sql = await diffMigrationsToSchema({ migrationsDir: dir });
    expect(sql).toContain('CREATE TABLE "Article"');
  });
});
