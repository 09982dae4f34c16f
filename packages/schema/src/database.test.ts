/**
 * PostgreSQL connections of `openDatabase` (runs when DATABASE_URL names a PostgreSQL server, as in CI).
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { pgConfigFromUrl } from './database.js';
import { createTestDatabase, testServerUrl } from './testing.js';

const server = testServerUrl();

describe.skipIf(server === null)('openDatabase on PostgreSQL', () => {
  it('keeps answering after the server ends its idle pooled connections', async () => {
    const test = await createTestDatabase();
    try {
      await test.db.raw.query('SELECT 1');
      const name = new URL(test.url).pathname.slice(1);
      const admin = new pg.Client(pgConfigFromUrl(server as string));
      await admin.connect();
      try {
        const ended = await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [name],
        );
        expect(ended.rowCount).toBeGreaterThan(0);
      } finally {
        await admin.end();
      }
      // The ended connection's error reaches the pool; the next query opens a new connection.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const rows = await test.db.raw.query<{ one: number }>('SELECT 1 AS one');
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await test.dispose();
    }
  });
});
