/**
 * The only place @newsgraph/ingest reads process.env (the database settings are read by
 * @newsgraph/schema's env.ts). Defaults make the embedded quick start work.
 */
import { z } from 'zod';

const EnvSchema = z.object({
  /** Largest input accepted, in bytes (files, downloads, stdin). */
  NEWSGRAPH_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  /** Default for --jobs (extraction worker threads). */
  NEWSGRAPH_JOBS: z.coerce.number().int().min(1).max(64).default(1),
  /** Allow fetching URLs on private-network addresses (also --allow-private-network). */
  NEWSGRAPH_ALLOW_PRIVATE_NETWORK: z
    .enum(['0', '1', 'true', 'false', ''])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
  NO_COLOR: z.string().optional(),
});

export type IngestEnv = z.infer<typeof EnvSchema>;

export function readIngestEnv(source: NodeJS.ProcessEnv = process.env): IngestEnv {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}
