/**
 * Writes apps/api/schema.graphql from the code (`--check`: exits 1 when the committed file differs).
 * The committed file is what client code generation and outside tools read.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema/index.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export function printedSchema(): string {
  return `# newsgraph GraphQL API. Generated from apps/api/src by \`pnpm --filter @newsgraph/api schema:print\`; do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

function main(argv: string[]): number {
  const expected = printedSchema();
  if (argv.includes('--check')) {
    const actual = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (actual !== expected) {
      console.error(
        `${SCHEMA_FILE} is out of date: run \`pnpm --filter @newsgraph/api schema:print\` and commit it.`,
      );
      return 1;
    }
    console.log('schema.graphql is up to date');
    return 0;
  }
  fs.writeFileSync(SCHEMA_FILE, expected);
  console.log(`wrote ${SCHEMA_FILE}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
