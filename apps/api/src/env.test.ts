import { describe, expect, it } from 'vitest';
import { readApiEnv } from './env.js';

describe('readApiEnv', () => {
  it('defaults to the quick start: port 4000 on localhost, introspection on, metrics off, no keys', () => {
    expect(readApiEnv({})).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      introspection: true,
      metrics: false,
      apiKeys: [],
      logLevel: 'info',
    });
  });

  it.each([
    [{ NEWSGRAPH_INTROSPECTION: 'false' }, { introspection: false }],
    [{ NEWSGRAPH_INTROSPECTION: '0' }, { introspection: false }],
    [{ NEWSGRAPH_METRICS: 'on' }, { metrics: true }],
    [
      { PORT: '8080', HOST: '0.0.0.0' },
      { port: 8080, host: '0.0.0.0' },
    ],
    [{ LOG_LEVEL: 'debug' }, { logLevel: 'debug' }],
  ])('reads %j', (env, expected) => {
    expect(readApiEnv(env)).toMatchObject(expected);
  });

  it('reads the API keys', () => {
    expect(
      readApiEnv({ NEWSGRAPH_API_KEYS: 'bot:long-secret:ingest' }).apiKeys.map((key) => key.name),
    ).toEqual(['bot']);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ NEWSGRAPH_METRICS: 'maybe' }, /NEWSGRAPH_METRICS/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
  ])('names the variable that is wrong in %j', (env, message) => {
    expect(() => readApiEnv(env)).toThrow(message);
  });
});
