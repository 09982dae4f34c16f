#!/usr/bin/env node
/**
 * Generates the Pothos Prisma types (src/generated/pothos-types.ts) from the data model of
 * @newsgraph/schema without touching that package: the schema is copied to a temporary file whose
 * client generator is replaced by Pothos' `prisma-pothos-types` generator, importing the model types
 * from `@newsgraph/schema`, and `prisma generate` runs on the copy.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = path.resolve(appDir, '../../packages/schema/prisma/schema.prisma');
const outputPath = path.join(appDir, 'src/generated/pothos-types.ts');

const source = fs.readFileSync(schemaPath, 'utf8');
const clientGenerator = /generator\s+client\s*\{[^}]*\}/;
if (!clientGenerator.test(source)) {
  console.error(`generate-pothos-types: no \`generator client\` block in ${schemaPath}`);
  process.exit(1);
}
const pothosGenerator = [
  'generator pothos {',
  '  provider     = "prisma-pothos-types"',
  '  clientOutput = "@newsgraph/schema"',
  `  output       = ${JSON.stringify(outputPath)}`,
  '}',
].join('\n');

const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-pothos-'));
const tmpSchema = path.join(tmpDir, 'schema.prisma');
fs.writeFileSync(tmpSchema, source.replace(clientGenerator, pothosGenerator));
try {
  const bin = path.join(appDir, 'node_modules/.bin');
  const result = spawnSync(path.join(bin, 'prisma'), ['generate', '--schema', tmpSchema], {
    cwd: tmpDir,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
      // Generation only needs the WASM engines; never try to download a schema engine binary.
      PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false',
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
    },
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    console.error('generate-pothos-types: prisma generate failed');
    process.exit(result.status ?? 1);
  }
  console.log(`generate-pothos-types: wrote ${path.relative(appDir, outputPath)}`);
} finally {
  fs.rmSync(tmpDir, { recursive: true, force: true });
}
