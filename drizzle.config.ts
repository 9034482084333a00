import { defineConfig } from 'drizzle-kit';

// Every room's tables.ts and the kernel's own tables, read directly: no barrel to keep in step.
// Timestamp prefixes, so two branches that each add a migration do not collide on a number.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/kernel/*-tables.ts', './src/modules/*/tables.ts'],
  out: './src/db/migrations',
  casing: 'snake_case',
  migrations: { prefix: 'timestamp' },
});
