/**
 * A PGlite data directory may be opened by one process only (PGlite is Postgres in process, with
 * no shared-memory coordination). We hold a lock file beside the directory; a second process gets
 * a clear error naming the holder instead of a corrupted database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export class DatabaseLockedError extends Error {
  override name = 'DatabaseLockedError';
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The embedded database at ${dataDir} is in use by process ${holder.pid} (${holder.command}, since ${holder.since}). ` +
        'PGlite can be opened by one process at a time. Stop that process first, or send articles to the running ' +
        'server (GraphQL mutation ingestArticles), or use PostgreSQL for concurrent access (DATABASE_URL=postgres://…).',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockPathFor(dataDir: string): string {
  return `${dataDir}.lock`;
}

/** Takes the lock or throws DatabaseLockedError. Returns a release function (idempotent). */
export function acquirePgliteLock(dataDir: string, command = process.argv.slice(1).join(' ')): () => void {
  const lockPath = lockPathFor(dataDir);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const me: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    command: command || 'node',
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          const current = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockHolder;
          if (current.pid === me.pid) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: LockHolder | null = null;
      try {
        holder = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockHolder;
      } catch {
        holder = null; // half-written or unreadable: treat as stale
      }
      if (holder && holder.host === me.host && holder.pid !== me.pid && isAlive(holder.pid)) {
        throw new DatabaseLockedError(dataDir, holder);
      }
      if (holder && holder.host !== me.host) {
        throw new DatabaseLockedError(dataDir, holder);
      }
      if (holder && holder.pid === me.pid) {
        throw new DatabaseLockedError(dataDir, { ...holder, command: `${holder.command} (this process)` });
      }
      fs.rmSync(lockPath, { force: true }); // stale lock of a dead process
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}
