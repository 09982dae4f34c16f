/**
 * The database factory: one function that every command, the API and the tests use to open the
 * database named by DATABASE_URL (see database-url.ts), returning a Prisma client over the right
 * driver adapter plus raw access for migrations and maintenance.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { type DatabaseTarget, parseDatabaseUrl } from './database-url.js';
import { readSchemaEnv } from './env.js';
import { PrismaClient } from './generated/prisma/client.js';
import {
  type MigrationAdapterFactory,
  pgliteMigrationAdapter,
  postgresMigrationAdapter,
} from './migrate/engine-adapter.js';
import { acquirePgliteLock } from './pglite-lock.js';

export interface QueryEvent {
  query: string;
  params: string;
  duration: number;
}

export interface OpenDatabaseOptions {
  /** Overrides DATABASE_URL. */
  url?: string;
  /** Overrides NEWSGRAPH_HOME (where the default embedded database lives). */
  home?: string;
  /** Called for every SQL statement the Prisma client sends (used to count statements per operation). */
  onQuery?: (event: QueryEvent) => void;
  /** Name of what opened it, recorded in the PGlite lock so a second process can say who holds it. */
  holder?: string;
}

/** Raw access for migrations and maintenance (not for application queries: use `prisma`). */
export interface RawAccess {
  /** Runs a whole SQL script in one simple-protocol round trip (DO blocks, functions, many statements). */
  exec(script: string): Promise<void>;
  /** Runs one parameterised statement and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database {
  target: DatabaseTarget;
  prisma: PrismaClient;
  raw: RawAccess;
  /** Driver adapter factory for Prisma's schema engine (see migrate/). */
  migrationAdapter(): MigrationAdapterFactory;
  close(): Promise<void>;
}

export type { DatabaseTarget };

function createPrisma(
  adapter: ConstructorParameters<typeof PrismaClient>[0]['adapter'],
  options: OpenDatabaseOptions,
) {
  const logSql = readSchemaEnv().NEWSGRAPH_LOG_SQL;
  const wantsEvents = Boolean(options.onQuery) || logSql;
  const prisma = new PrismaClient({
    adapter,
    log: wantsEvents ? [{ emit: 'event', level: 'query' }] : [],
  } as ConstructorParameters<typeof PrismaClient>[0]);
  if (wantsEvents) {
    (prisma as unknown as { $on(event: 'query', cb: (e: QueryEvent) => void): void }).$on(
      'query',
      (event) => {
        options.onQuery?.(event);
        if (logSql) process.stderr.write(`[sql ${event.duration}ms] ${event.query}\n`);
      },
    );
  }
  return prisma;
}

/** Creates a PGlite instance with the extensions our migrations use. */
export async function createPglite(dataDir: string | null): Promise<PGlite> {
  if (dataDir) fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  return PGlite.create({ dataDir: dataDir ?? undefined, extensions: { pg_trgm } });
}

/** pg connection settings from a URL, as discrete fields (node-postgres lets `connectionString` override `database`). */
export function pgConfigFromUrl(url: string): pg.PoolConfig {
  const u = new URL(url);
  const ssl = u.searchParams.get('sslmode');
  return {
    host: u.searchParams.get('host') ?? (decodeURIComponent(u.hostname) || 'localhost'),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, '')) || undefined,
    ssl:
      ssl === 'require' || ssl === 'verify-full' ? { rejectUnauthorized: ssl === 'verify-full' } : undefined,
    max: Number(u.searchParams.get('connection_limit') ?? 10),
    application_name: 'newsgraph',
  };
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const env = readSchemaEnv();
  const target = parseDatabaseUrl(options.url ?? env.DATABASE_URL, {
    home: options.home ?? env.NEWSGRAPH_HOME,
  });
  return target.kind === 'pglite' ? openPglite(target, options) : openPostgres(target, options);
}

async function openPglite(
  target: Extract<DatabaseTarget, { kind: 'pglite' }>,
  options: OpenDatabaseOptions,
): Promise<Database> {
  const release = target.dataDir ? acquirePgliteLock(target.dataDir, options.holder) : () => {};
  let client: PGlite;
  try {
    client = await createPglite(target.dataDir);
  } catch (error) {
    release();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not open the ${target.description}: ${reason}`, { cause: error });
  }
  const prisma = createPrisma(new PrismaPGlite(client), options);
  const raw: RawAccess = {
    async exec(script) {
      await client.exec(script);
    },
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await client.query<Row>(sql, params)).rows;
    },
  };
  let closed = false;
  return {
    target,
    prisma,
    raw,
    migrationAdapter: () => pgliteMigrationAdapter(client),
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      await client.close();
      release();
    },
  };
}

async function openPostgres(
  target: Extract<DatabaseTarget, { kind: 'postgres' }>,
  options: OpenDatabaseOptions,
): Promise<Database> {
  const config = pgConfigFromUrl(target.url);
  const pool = new pg.Pool(config);
  // An idle pooled connection that the server ends (a restart, an administrator's terminate, a dropped
  // test database) is removed from the pool by node-postgres; without a listener its error would be an
  // unhandled 'error' event that takes the process down. Queries in flight still fail and report it.
  pool.on('error', () => {});
  try {
    const c = await pool.connect();
    c.release();
  } catch (error) {
    await pool.end().catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not connect to ${target.description}: ${reason}`, { cause: error });
  }
  const prisma = createPrisma(new PrismaPg(pool), options);
  const raw: RawAccess = {
    async exec(script) {
      // No parameters: node-postgres uses the simple query protocol, which runs the whole script.
      await pool.query(script);
    },
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as Row[];
    },
  };
  let closed = false;
  return {
    target,
    prisma,
    raw,
    migrationAdapter: () => postgresMigrationAdapter(config),
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
