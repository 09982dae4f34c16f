import { describe, expect, it } from 'vitest';
import { matchApiKey, parseApiKeys } from './api-keys.js';

describe('parseApiKeys', () => {
  it('reads named keys with optional scopes and bare keys with every scope', () => {
    const keys = parseApiKeys(' bot:secret-one:ingest , desk:secret-two:ingest+curate,secret-three ');
    expect(keys.map((key) => [key.name, [...key.scopes].sort()])).toEqual([
      ['bot', ['ingest']],
      ['desk', ['curate', 'ingest']],
      ['key3', ['curate', 'ingest']],
    ]);
  });

  it('reads an unset or empty variable as no keys', () => {
    expect(parseApiKeys(undefined)).toEqual([]);
    expect(parseApiKeys('  ')).toEqual([]);
  });

  it.each([
    ['bot:short', /at least 8/],
    ['tiny', /at least 8/],
    ['bot:long-enough-secret:delete', /unknown scope "delete"/],
    [':no-name-secret', /name:secret/],
  ])('rejects %s with a message naming the problem', (value, message) => {
    expect(() => parseApiKeys(value)).toThrow(message);
  });
});

describe('matchApiKey', () => {
  const keys = parseApiKeys('bot:secret-one:ingest,desk:secret-two');
  it('finds the key a bearer token belongs to, and nothing for other tokens', () => {
    expect(matchApiKey(keys, 'secret-two')?.name).toBe('desk');
    expect(matchApiKey(keys, 'secret-one')?.name).toBe('bot');
    expect(matchApiKey(keys, 'secret-on')).toBeNull();
    expect(matchApiKey([], 'secret-one')).toBeNull();
  });
});
