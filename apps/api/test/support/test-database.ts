/**
 * A fresh, migrated database per test file: a copy of the run's embedded template (default), or a
 * new PostgreSQL database when DATABASE_URL starts with postgres (dropped on close). Every SQL
 * statement Prisma sends is counted, for the N+1 tests.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { applyMigrations, type Database, openDatabase } from '@newsgraph/schema';
import { inject } from 'vitest';

export interface TestDatabase {
  db: Database;
  /** SQL statements sent since the last reset. */
  statements: string[];
  resetStatements(): void;
  close(): Promise<void>;
}

async function adminQuery(url: string, sql: string) {
  const admin = await openDatabase({ url });
  try {
    await admin.raw.exec(sql);
  } finally {
    await admin.close();
  }
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const statements: string[] = [];
  const onQuery = (event: { query: string }) => {
    statements.push(event.query);
  };
  const serverUrl = process.env.DATABASE_URL;
  let url: string;
  let cleanup: () => Promise<void>;
  if (serverUrl?.startsWith('postgres')) {
    const name = `api_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    cleanup = () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const template = inject('pgliteTemplate');
    const dir = path.join(path.dirname(template), `db-${randomBytes(6).toString('hex')}`);
    fs.cpSync(template, dir, { recursive: true });
    url = `pglite:${dir}`;
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const db = await openDatabase({ url, onQuery, holder: 'api test' });
  await applyMigrations(db);
  statements.length = 0;
  return {
    db,
    statements,
    resetStatements: () => {
      statements.length = 0;
    },
    close: async () => {
      await db.close();
      await cleanup();
    },
  };
}
