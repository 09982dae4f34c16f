/**
 * The only place the API reads process.env (DATABASE_URL is read by @newsgraph/schema's
 * openDatabase). Defaults make the embedded quick start work.
 */
import { z } from 'zod';
import { type ApiKey, parseApiKeys } from './api-keys.js';

const flag = (fallback: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no', ''])
    .optional()
    .transform((value) =>
      value === undefined || value === '' ? fallback : ['1', 'true', 'on', 'yes'].includes(value),
    );

const ApiEnvSchema = z.object({
  /** Port of the HTTP server. */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Interface to listen on; 0.0.0.0 to accept connections from other machines (containers). */
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  /** Comma-separated `name:secret[:ingest+curate]` entries; mutations need one of these keys. */
  NEWSGRAPH_API_KEYS: z.string().optional(),
  /** Schema introspection (and GraphiQL, which needs it). On unless set to 0/false/off. */
  NEWSGRAPH_INTROSPECTION: flag(true),
  /** Prometheus metrics at /metrics. Off unless set to 1/true/on. */
  NEWSGRAPH_METRICS: flag(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface ApiEnv {
  port: number;
  host: string;
  apiKeys: ApiKey[];
  introspection: boolean;
  metrics: boolean;
  logLevel: z.infer<typeof ApiEnvSchema>['LOG_LEVEL'];
}

export function readApiEnv(source: NodeJS.ProcessEnv = process.env): ApiEnv {
  const parsed = ApiEnvSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const env = parsed.data;
  return {
    port: env.PORT,
    host: env.HOST,
    apiKeys: parseApiKeys(env.NEWSGRAPH_API_KEYS),
    introspection: env.NEWSGRAPH_INTROSPECTION,
    metrics: env.NEWSGRAPH_METRICS,
    logLevel: env.LOG_LEVEL,
  };
}
