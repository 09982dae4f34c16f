// Prisma 7 reads its settings here. Only `prisma generate` runs through the Prisma CLI in this
// repository (migrations go through src/migrate, offline); `prisma migrate deploy` for online
// users reads DATABASE_URL from the environment.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DATABASE_URL?.startsWith('postgres')
      ? process.env.DATABASE_URL
      : 'postgresql://localhost/newsgraph',
  },
});
