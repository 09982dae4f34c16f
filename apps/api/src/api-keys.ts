/**
 * API keys for mutations, from NEWSGRAPH_API_KEYS: comma-separated entries `name:secret` or
 * `name:secret:scope+scope` (scopes: ingest, curate; default both). A bare `secret` is named
 * `key<N>`. Keys are compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export type ApiScope = 'ingest' | 'curate';
export const API_SCOPES: readonly ApiScope[] = ['ingest', 'curate'];

export interface ApiKey {
  /** Shown in logs and recorded as `curator:<name>` on entity merges; never the secret. */
  name: string;
  scopes: ReadonlySet<ApiScope>;
  /** sha256 of the secret. */
  digest: Buffer;
}

const digest = (secret: string) => createHash('sha256').update(secret).digest();

export function parseApiKeys(value: string | undefined): ApiKey[] {
  if (!value?.trim()) return [];
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry, index) => {
      const parts = entry.split(':');
      if (parts.length === 1) {
        if (entry.length < 8)
          throw new Error(`NEWSGRAPH_API_KEYS entry ${index + 1}: a key must be at least 8 characters`);
        return { name: `key${index + 1}`, scopes: new Set(API_SCOPES), digest: digest(entry) };
      }
      const [name, secret, scopeList] = parts;
      if (!name || !secret || parts.length > 3) {
        throw new Error(`NEWSGRAPH_API_KEYS entry ${index + 1} is not \`name:secret[:scope+scope]\``);
      }
      const scopes = scopeList ? scopeList.split('+').map((s) => s.trim()) : [...API_SCOPES];
      for (const scope of scopes) {
        if (!API_SCOPES.includes(scope as ApiScope)) {
          throw new Error(
            `NEWSGRAPH_API_KEYS entry "${name}" names an unknown scope "${scope}" (known: ${API_SCOPES.join(', ')})`,
          );
        }
      }
      if (secret.length < 8) {
        throw new Error(`NEWSGRAPH_API_KEYS entry "${name}": the secret must be at least 8 characters`);
      }
      return { name, scopes: new Set(scopes as ApiScope[]), digest: digest(secret) };
    });
}

/** Finds the key a bearer token belongs to. */
export function matchApiKey(keys: readonly ApiKey[], token: string): ApiKey | null {
  const presented = digest(token);
  let found: ApiKey | null = null;
  for (const key of keys) {
    if (timingSafeEqual(key.digest, presented)) found = key;
  }
  return found;
}
