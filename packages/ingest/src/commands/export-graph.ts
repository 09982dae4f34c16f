/**
 * `newsgraph export` / `import`: the whole graph as NDJSON, lossless. Line 1 is a header naming
 * the format and the migrations the data was exported under; every other line is one row:
 * `{"table":"Person","row":{...all columns...}}`, tables in dependency order, rows in key order, so
 * two exports of the same database are byte-for-byte equal. Search vectors are not exported (the
 * triggers rebuild them on import).
 */
import fs from 'node:fs';
import readline from 'node:readline';
import type { Database } from '@newsgraph/schema';
import { readMigrationsList } from '@newsgraph/schema';
import { openForCommand } from './open-db.js';

/** Tables in the order they can be inserted, with their key columns (the export order). */
export const EXPORT_TABLES: ReadonlyArray<readonly [table: string, key: string[]]> = [
  ['Person', ['id']],
  ['Organization', ['id']],
  ['Place', ['id']],
  ['Article', ['id']],
  ['ArticleLink', ['fromId', 'toId', 'kind']],
  ['Alias', ['id']],
  ['Mention', ['id']],
  ['Affiliation', ['id']],
  ['Meeting', ['id']],
  ['MeetingParticipant', ['meetingId', 'personId']],
  ['MeetingReport', ['id']],
  ['Statement', ['id']],
  ['StatementAbout', ['statementId', 'personId']],
  ['Event', ['id']],
  ['EventParticipant', ['id']],
  ['EventReport', ['id']],
  ['EntityMerge', ['id']],
];

const FORMAT = 'newsgraph-export';
const SKIP_COLUMNS = new Set(['search']);

export async function exportGraph(
  db: Database,
  write: (line: string) => void,
): Promise<Record<string, number>> {
  const migrations = readMigrationsList().migrationDirectories.map((d) => d.path);
  write(JSON.stringify({ format: FORMAT, version: 1, migrations }));
  const counts: Record<string, number> = {};
  for (const [table, key] of EXPORT_TABLES) {
    const order = key.map((k) => `"${k}"`).join(', ');
    const batch = 2000;
    counts[table] = 0;
    for (let offset = 0; ; offset += batch) {
      const rows = await db.raw.query<{ j: Record<string, unknown> }>(
        `SELECT to_jsonb(t) - 'search' AS j FROM "${table}" t ORDER BY ${order} LIMIT ${batch} OFFSET ${offset}`,
      );
      for (const { j } of rows) {
        for (const c of SKIP_COLUMNS) delete j[c];
        write(JSON.stringify({ table, row: j }));
      }
      counts[table] += rows.length;
      if (rows.length < batch) break;
    }
  }
  return counts;
}

export async function importGraph(
  db: Database,
  lines: AsyncIterable<string>,
): Promise<Record<string, number>> {
  const known = new Set(EXPORT_TABLES.map(([t]) => t));
  const counts: Record<string, number> = {};
  let header = false;
  let lineNo = 0;
  let table = '';
  let rows: unknown[] = [];
  const flush = async () => {
    if (!rows.length) return;
    await db.raw.query(
      `INSERT INTO "${table}" SELECT * FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb) ON CONFLICT DO NOTHING`,
      [JSON.stringify(rows)],
    );
    counts[table] = (counts[table] ?? 0) + rows.length;
    rows = [];
  };
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let value: { format?: string; table?: string; row?: unknown };
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`line ${lineNo}: not JSON`);
    }
    if (!header) {
      if (value.format !== FORMAT)
        throw new Error(`line ${lineNo}: not a newsgraph export (no "${FORMAT}" header)`);
      header = true;
      continue;
    }
    if (!value.table || !known.has(value.table) || typeof value.row !== 'object') {
      throw new Error(`line ${lineNo}: expected {"table": <one of ${[...known].join(', ')}>, "row": {...}}`);
    }
    if (table !== value.table) {
      await flush();
      table = value.table;
    }
    rows.push(value.row);
    if (rows.length >= 500) await flush();
  }
  await flush();
  if (!header) throw new Error('empty input: not a newsgraph export');
  return counts;
}

export async function runExport(options: { output?: string }): Promise<number> {
  const db = await openForCommand('export');
  try {
    const out =
      options.output && options.output !== '-' ? fs.createWriteStream(options.output) : process.stdout;
    const counts = await exportGraph(db, (line) => out.write(`${line}\n`));
    if (out !== process.stdout) await new Promise<void>((resolve) => (out as fs.WriteStream).end(resolve));
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    process.stderr.write(`exported ${total} rows (${counts.Article ?? 0} articles)\n`);
    return 0;
  } finally {
    await db.close();
  }
}

export async function runImport(file: string): Promise<number> {
  const db = await openForCommand('import', { migrate: true });
  try {
    const input = file === '-' ? process.stdin : fs.createReadStream(file);
    const rl = readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
    // Rows already present (same key) are kept: importing twice changes nothing.
    const counts = await importGraph(db, rl);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    process.stderr.write(
      `imported ${total} rows (${counts.Article ?? 0} articles) into ${db.target.description}\n`,
    );
    return 0;
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await db.close();
  }
}
