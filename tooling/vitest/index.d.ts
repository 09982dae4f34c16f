import type { UserConfig } from 'vitest/config';

export function newsgraphVitest(overrides?: UserConfig['test']): UserConfig;
