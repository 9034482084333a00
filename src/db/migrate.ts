import path from 'node:path';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { ensureAuditMonth } from '../kernel/audit-partitions.ts';
import { syncDivisions } from '../modules/divisions/queries.ts';
import type { Database } from './client.ts';

export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, 'migrations');

/** Applies pending versioned migrations, then brings reference data and this month's partitions in line. Idempotent. */
export async function migrateDatabase(database: Database, now = new Date()): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  // API nodes starting together on one server take turns, so no migration runs twice.
  await database.exclusively(async (db) => {
    if (database.engine === 'pglite') await migratePglite(db as unknown as PgliteDatabase, config);
    else await migrateNodePg(db as unknown as NodePgDatabase, config);
    await syncDivisions(db);
  });
  await ensureAuditMonth(database.db, now);
}
