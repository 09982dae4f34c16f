import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import { acquirePgliteLock, DatabaseLockedError, lockPathFor } from './pglite-lock.js';

// A second process opens the database through the built package (turbo builds it before these tests).
const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

describe('the embedded database lock', () => {
  it('refuses a second process with an error naming the holder, and keeps the data intact', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-lock-')), 'db');
    const first = await openDatabase({ url: `pglite:${dir}`, holder: 'newsgraph serve' });
    try {
      await first.raw.exec('CREATE TABLE kept (v int); INSERT INTO kept VALUES (42);');
      const script = `import('${dist}').then(async (m) => { try { await m.openDatabase({ url: 'pglite:${dir}' }); console.log('opened'); } catch (e) { console.log(e.name + ': ' + e.message); } })`;
      const output = await new Promise<string>((resolve) => {
        const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
        });
        child.on('close', () => resolve(out));
      });
      expect(output).toContain('DatabaseLockedError');
      expect(output).toContain(`process ${process.pid}`);
      expect(output).toContain('newsgraph serve');
      expect(output).toMatch(/DATABASE_URL=postgres/);
      expect(await first.raw.query('SELECT v FROM kept')).toEqual([{ v: 42 }]);
    } finally {
      await first.close();
    }
    // Released on close: the database opens again with its data.
    const again = await openDatabase({ url: `pglite:${dir}` });
    expect(await again.raw.query('SELECT v FROM kept')).toEqual([{ v: 42 }]);
    await again.close();
  });

  it('takes over the lock of a process that no longer exists', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-lock-')), 'db');
    fs.writeFileSync(
      lockPathFor(dir),
      JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), command: 'gone', since: '2020-01-01' }),
    );
    const release = acquirePgliteLock(dir);
    expect(JSON.parse(fs.readFileSync(lockPathFor(dir), 'utf8')).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(lockPathFor(dir))).toBe(false);
  });

  it('refuses a second open inside the same process too', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-lock-')), 'db');
    const release = acquirePgliteLock(dir);
    expect(() => acquirePgliteLock(dir)).toThrow(DatabaseLockedError);
    release();
  });
});
