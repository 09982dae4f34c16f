/**
 * Types every operation written with `graphql()` in src/ against the committed API schema
 * (apps/api/schema.graphql), with graphql-codegen's client preset.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../apps/api/schema.graphql',
  documents: ['src/**/*.ts', '!src/generated/**', '!src/**/*.test.ts'],
  ignoreNoDocuments: false,
  // ESM: generated imports end in .js.
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are strings: the client needs no GraphQL parser at run time.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
