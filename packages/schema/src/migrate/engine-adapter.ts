/**
 * Driver adapters for Prisma's WASM schema engine, built on the official Prisma adapters with the
 * defects that break offline migrations worked around (each reproduced with 7.10.0):
 *  1. `executeScript` of adapter-pg splits the script on `;` (breaks DO $$…$$, functions, strings),
 *     and pglite-prisma-adapter does not await `exec()` (a failing migration was recorded as applied).
 *     → we send the whole script in one simple-protocol call and await it.
 *  2. Catalog columns of type `"char"` (OID 18) cannot be deserialised by adapter-pg ("Column type
 *     'char' could not be deserialized").
 *     → the raw client reports them as text, and we tell the engine they are Character columns.
 *  3. `PrismaPg({connectionString}).connectToShadowDb()` silently uses the main database as shadow
 *     (connectionString overrides `database`) and leaks the shadow database.
 *     → we create and drop the shadow database ourselves, with discrete connection settings.
 */
import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

const CHAR_OID = 18;
const TEXT_OID = 25;

interface FieldLike {
  dataTypeID: number;
}

/** Remembers which result columns were `"char"`, between the raw client and the adapter. */
class CharColumns {
  last: number[] = [];
  patch<T>(result: T): T {
    const fields = (result as { fields?: FieldLike[] } | undefined)?.fields;
    this.last = [];
    fields?.forEach((field, index) => {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        this.last.push(index);
      }
    });
    return result;
  }
}

/** The last error a migration script raised; the engine reports it only as "External error id#0". */
export const lastScriptError: { message: string | null } = { message: null };

async function recordingErrors(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    lastScriptError.message = error instanceof Error ? error.message : String(error);
    throw error;
  }
}

function wrapAdapter(
  inner: SqlDriverAdapter,
  chars: CharColumns,
  executeScript: (script: string) => Promise<void>,
  onDispose?: () => Promise<void>,
): SqlDriverAdapter {
  const queryRaw = async (query: SqlQuery): Promise<SqlResultSet> => {
    const result = await inner.queryRaw(query);
    for (const index of chars.last) result.columnTypes[index] = ColumnTypeEnum.Character;
    chars.last = [];
    return result;
  };
  return {
    provider: inner.provider,
    adapterName: `${inner.adapterName}+newsgraph-migrate`,
    queryRaw,
    executeRaw: (query) => inner.executeRaw(query),
    executeScript: (script: string) => recordingErrors(() => executeScript(script)),
    startTransaction: (isolationLevel) => inner.startTransaction(isolationLevel),
    getConnectionInfo: inner.getConnectionInfo ? () => inner.getConnectionInfo!() : undefined,
    async dispose() {
      await inner.dispose();
      await onDispose?.();
    },
  } as SqlDriverAdapter;
}

/** A PGlite client whose query results report `"char"` columns as text. */
function patchPglite(client: PGlite, chars: CharColumns): PGlite {
  const wrap = <C extends object>(target: C): C =>
    new Proxy(target, {
      get(obj, prop, receiver) {
        const value = Reflect.get(obj, prop, receiver);
        if (prop === 'query' && typeof value === 'function') {
          return async (...args: unknown[]) => chars.patch(await value.apply(obj, args));
        }
        if (prop === 'transaction' && typeof value === 'function') {
          return (fn: (tx: object) => unknown) => value.call(obj, (tx: object) => fn(wrap(tx)));
        }
        return typeof value === 'function' ? value.bind(obj) : value;
      },
    });
  return wrap(client);
}

async function pgliteAdapter(client: PGlite, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
  const chars = new CharColumns();
  const inner = await new PrismaPGlite(patchPglite(client, chars)).connect();
  return wrapAdapter(
    inner,
    chars,
    async (script) => {
      await client.exec(script);
    },
    onDispose,
  );
}

/**
 * An adapter factory for the schema engine. The engine does not dispose the connections it opens
 * (a PostgreSQL session would keep its migration advisory lock), so the caller calls `disposeAll`.
 */
export interface MigrationAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  disposeAll(): Promise<void>;
}

function tracked(
  adapterName: string,
  connect: () => Promise<SqlDriverAdapter>,
  connectToShadowDb: () => Promise<SqlDriverAdapter>,
): MigrationAdapterFactory {
  const open = new Set<SqlDriverAdapter>();
  const track = async (make: () => Promise<SqlDriverAdapter>) => {
    const adapter = await make();
    const dispose = adapter.dispose.bind(adapter);
    let disposed = false;
    adapter.dispose = async () => {
      if (disposed) return;
      disposed = true;
      open.delete(adapter);
      await dispose();
    };
    open.add(adapter);
    return adapter;
  };
  return {
    provider: 'postgres',
    adapterName,
    connect: () => track(connect),
    connectToShadowDb: () => track(connectToShadowDb),
    async disposeAll() {
      for (const adapter of [...open]) await adapter.dispose();
    },
  };
}

export function pgliteMigrationAdapter(client: PGlite): MigrationAdapterFactory {
  return tracked(
    '@newsgraph/pglite-migrate',
    () => pgliteAdapter(client),
    async () => {
      const { createPglite } = await import('../database.js');
      const shadow = await createPglite(null);
      return pgliteAdapter(shadow, () => shadow.close());
    },
  );
}

/** A pg Pool whose promise-style query results (also through checked-out clients) report `"char"` columns as text. */
function patchedPool(config: pg.PoolConfig, chars: CharColumns): pg.Pool {
  const pool = new pg.Pool(config);
  // An idle connection the server ends leaves the pool; see `openPostgres` in database.ts.
  pool.on('error', () => {});
  type QueryFn = (...args: unknown[]) => unknown;
  const patchClient = (client: pg.PoolClient) => {
    const marked = client as pg.PoolClient & { __newsgraphPatched?: boolean };
    if (marked.__newsgraphPatched) return client;
    marked.__newsgraphPatched = true;
    const original = client.query.bind(client) as QueryFn;
    (client as unknown as { query: QueryFn }).query = (...args: unknown[]) => {
      if (typeof args[args.length - 1] === 'function') return original(...args); // callback style: untouched
      return (original(...args) as Promise<unknown>).then((result) => chars.patch(result));
    };
    return client;
  };
  const connect = pool.connect.bind(pool) as (cb?: (...a: unknown[]) => void) => unknown;
  (pool as unknown as { connect: unknown }).connect = (
    cb?: (err: unknown, client?: pg.PoolClient, done?: unknown) => void,
  ) => {
    if (cb)
      return connect((err, client, done) =>
        cb(err, client ? patchClient(client as pg.PoolClient) : undefined, done),
      );
    return (connect() as Promise<pg.PoolClient>).then(patchClient);
  };
  (pool as unknown as { query: QueryFn }).query = async (...args: unknown[]) => {
    const client = await pool.connect();
    try {
      return await (client.query as QueryFn)(...args);
    } finally {
      client.release();
    }
  };
  return pool;
}

async function postgresAdapter(
  config: pg.PoolConfig,
  onDispose?: () => Promise<void>,
): Promise<SqlDriverAdapter> {
  const chars = new CharColumns();
  const pool = patchedPool({ ...config, max: 1 }, chars);
  const inner = await new PrismaPg(pool).connect();
  return wrapAdapter(
    inner,
    chars,
    async (script) => {
      const client = await pool.connect();
      try {
        await client.query(script);
      } finally {
        client.release();
      }
    },
    async () => {
      await pool.end();
      await onDispose?.();
    },
  );
}

export function postgresMigrationAdapter(config: pg.PoolConfig): MigrationAdapterFactory {
  return tracked(
    '@newsgraph/pg-migrate',
    () => postgresAdapter(config),
    async () => {
      const name = `newsgraph_shadow_${randomUUID().replaceAll('-', '')}`;
      const admin = new pg.Client({ ...config, database: config.database ?? 'postgres' });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
      } finally {
        await admin.end();
      }
      const drop = async () => {
        const cleaner = new pg.Client({ ...config, database: config.database ?? 'postgres' });
        await cleaner.connect();
        try {
          await cleaner.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } finally {
          await cleaner.end();
        }
      };
      return postgresAdapter({ ...config, database: name }, drop);
    },
  );
}
