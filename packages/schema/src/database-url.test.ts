import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseUrlError, parseDatabaseUrl, redact } from './database-url.js';

describe('parseDatabaseUrl', () => {
  it('uses the embedded database under the newsgraph home when DATABASE_URL is unset or empty', () => {
    for (const url of [undefined, '', '  ']) {
      expect(parseDatabaseUrl(url, { home: '/data/ng' })).toMatchObject({
        kind: 'pglite',
        dataDir: '/data/ng/pglite',
      });
    }
  });

  it.each([
    ['pglite:memory', null],
    ['pglite://memory', null],
    ['pglite:./var/db', path.resolve('/work', './var/db')],
    ['pglite:/abs/db', '/abs/db'],
  ])('reads %s as embedded PGlite', (url, dataDir) => {
    expect(parseDatabaseUrl(url, { cwd: '/work' })).toMatchObject({ kind: 'pglite', dataDir });
  });

  it.each([
    'postgres://u:p@db.example:5432/news',
    'postgresql://localhost/news',
  ])('reads %s as PostgreSQL', (url) => {
    expect(parseDatabaseUrl(url)).toMatchObject({ kind: 'postgres', url });
  });

  it.each([
    'mysql://localhost/db',
    'sqlite:file.db',
    'pglite:',
    'localhost:5432',
  ])('rejects %s with a message that says what is accepted', (url) => {
    expect(() => parseDatabaseUrl(url)).toThrow(DatabaseUrlError);
    expect(() => parseDatabaseUrl(url)).toThrow(/pglite/);
  });

  it('never shows the password in messages', () => {
    expect(redact('postgres://user:secret@host/db')).toBe('postgres://user:***@host/db');
    expect(() => parseDatabaseUrl('postgres://user:secret@')).toThrow(/^(?!.*secret)/);
  });
});
