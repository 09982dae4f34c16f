export * from './database.js';
export * from './database-url.js';
export * from './generated/prisma/client.js';
export {
  applyMigrations,
  createMigration,
  diffMigrationsToSchema,
  MIGRATIONS_DIR,
  migrationChecksum,
  migrationStatus,
  readMigrationsList,
  SCHEMA_PATH,
} from './migrate/migrations.js';
export type { MigrateResult, MigrationStatus } from './migrate/migrations.js';
export { DatabaseLockedError, acquirePgliteLock } from './pglite-lock.js';
