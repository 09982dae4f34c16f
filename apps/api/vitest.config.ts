import { newsgraphVitest } from '@newsgraph/vitest-config';
import { mergeConfig } from 'vitest/config';

export default mergeConfig(newsgraphVitest({ globalSetup: ['test/global-setup.ts'] }), {
  resolve: {
    // graphql 16 ships CJS (index.js) and ESM (index.mjs) without an exports map: Node loads the CJS
    // file for the plugins in node_modules, Vite would load the ESM one for our sources. One copy only.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
});
