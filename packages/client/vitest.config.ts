import { newsgraphVitest } from '@newsgraph/vitest-config';
import { mergeConfig } from 'vitest/config';

export default mergeConfig(newsgraphVitest(), {
  // One copy of graphql for our sources and the API's plugins (see apps/api/vitest.config.ts).
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
});
