import { applyMigrations, migrationStatus, openDatabase } from '@newsgraph/schema';
import { color } from './output.js';

export async function runMigrate(options: { json?: boolean }): Promise<number> {
  const db = await openDatabase({ holder: `newsgraph migrate (pid ${process.pid})` });
  try {
    const started = performance.now();
    const result = await applyMigrations(db);
    const status = await migrationStatus(db);
    const ms = Math.round(performance.now() - started);
    if (options.json) {
      process.stdout.write(
        `${JSON.stringify({ database: db.target.description, ...result, pending: status.pending, ms })}\n`,
      );
    } else if (result.applied.length) {
      for (const name of result.applied) process.stdout.write(`${color.green('applied')} ${name}\n`);
      process.stdout.write(
        `${db.target.description}: ${result.applied.length} migration(s) applied in ${ms} ms.\n`,
      );
    } else {
      process.stdout.write(`${db.target.description}: up to date (${result.total} migrations).\n`);
    }
    return 0;
  } finally {
    await db.close();
  }
}
