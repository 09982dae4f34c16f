// Shared vitest settings for every workspace package.
// Tests that open a database are slower than pure stage tests; they get a longer timeout.
import { defineConfig } from 'vitest/config';

/** @param {import('vitest/config').UserConfig['test']} [overrides] */
export function newsgraphVitest(overrides = {}) {
  return defineConfig({
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 240_000,
      hookTimeout: 300_000,
      pool: 'forks',
      reporters: process.env.CI ? ['default'] : ['default'],
      ...overrides,
    },
  });
}
