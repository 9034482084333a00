import path from 'node:path';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { Database, Executor } from './client.ts';

export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, 'migrations');

/**
 * Applies pending versioned migrations, then each room's after-migrate step (reference data such as
 * the divisions), which the caller passes in: the database layer knows no room. Idempotent.
 */
export async function migrateDatabase(database: Database, afterMigrate: ReadonlyArray<(db: Executor) => Promise<void>>): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  // API nodes starting together on one server take turns, so no migration runs twice.
  await database.exclusively(async (db) => {
    if (database.engine === 'pglite') await migratePglite(db as unknown as PgliteDatabase, config);
    else await migrateNodePg(db as unknown as NodePgDatabase, config);
    for (const step of afterMigrate) await step(db);
  });
}
