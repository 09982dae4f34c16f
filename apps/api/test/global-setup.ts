/**
 * Builds, once per test run, an embedded database migrated with applyMigrations, which every test
 * file copies (creating and migrating a fresh PGlite costs tens of seconds on a busy machine; a copy
 * opens in about one). With DATABASE_URL=postgres://..., each test file creates its own database
 * instead (see support/test-database.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyMigrations, openDatabase } from '@newsgraph/schema';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL?.startsWith('postgres')) return;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-api-test-'));
  const template = path.join(root, 'template');
  const db = await openDatabase({ url: `pglite:${template}`, holder: 'api test template' });
  try {
    await applyMigrations(db);
  } finally {
    await db.close();
  }
  project.provide('pgliteTemplate', template);
  return () => fs.rmSync(root, { recursive: true, force: true });
}
