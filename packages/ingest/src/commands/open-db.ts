/** Opening the database for a command, with migrations checked or applied. */
import { applyMigrations, type Database, migrationStatus, openDatabase } from '@newsgraph/schema';

export class CommandError extends Error {
  override name = 'CommandError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Opens the database named by DATABASE_URL; `migrate: true` applies pending migrations first. */
export async function openForCommand(
  command: string,
  options: { migrate?: boolean } = {},
): Promise<Database> {
  const db = await openDatabase({ holder: `newsgraph ${command} (pid ${process.pid})` });
  try {
    const status = await migrationStatus(db);
    if (options.migrate) {
      // Loading the schema engine costs a second or more: only when something is pending.
      if (status.pending.length || status.failed.length) await applyMigrations(db);
    } else {
      if (status.failed.length) {
        throw new CommandError(
          `The migration ${status.failed[0]} failed earlier on ${db.target.description}; fix it, then run \`newsgraph migrate\`.`,
        );
      }
      if (status.pending.length) {
        throw new CommandError(
          `${db.target.description} has ${status.pending.length} pending migration(s) (${status.pending.join(', ')}). Run \`newsgraph migrate\` first.`,
        );
      }
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
