#!/usr/bin/env node
/**
 * Developer commands for the migrations folder (applying migrations is `newsgraph migrate`):
 *   node dist/cli/migrations.js create <name>   write a migration for the changes in schema.prisma
 *   node dist/cli/migrations.js check           fail when schema.prisma has changes missing from the folder
 */
import { createMigration, diffMigrationsToSchema } from '../migrate/migrations.js';

const [command, ...rest] = process.argv.slice(2);

async function main(): Promise<number> {
  if (command === 'create') {
    const name = rest.join('_');
    if (!name) {
      console.error('usage: migrations create <name>');
      return 2;
    }
    const folder = await createMigration(name);
    console.log(
      folder ? `Created ${folder}` : 'schema.prisma matches the migrations folder: nothing to create.',
    );
    return 0;
  }
  if (command === 'check') {
    const started = Date.now();
    const sql = await diffMigrationsToSchema();
    if (sql) {
      console.error(
        'schema.prisma has changes that no migration contains. Run `pnpm db:new-migration <name>`.\n',
      );
      console.error(sql);
      return 1;
    }
    console.log(`Migrations are in sync with schema.prisma (${Date.now() - started} ms).`);
    return 0;
  }
  console.error('usage: migrations <create NAME | check>');
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
