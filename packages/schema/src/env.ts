/**
 * The only place this package reads process.env. Defaults make the embedded quick start work.
 */
import { z } from 'zod';

const EnvSchema = z.object({
  /** unset → embedded PGlite under `.newsgraph/pglite`; `pglite:<dir>`, `pglite:memory`, or `postgres(ql)://…`. */
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  /** Directory that holds the embedded database by default (the repository root's `.newsgraph`). */
  NEWSGRAPH_HOME: z.string().trim().optional(),
  /** Print the SQL statements the Prisma client sends (debugging). */
  NEWSGRAPH_LOG_SQL: z
    .enum(['0', '1', 'true', 'false', ''])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
});

export type SchemaEnv = z.infer<typeof EnvSchema>;

export function readSchemaEnv(source: NodeJS.ProcessEnv = process.env): SchemaEnv {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}
