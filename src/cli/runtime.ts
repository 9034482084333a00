import { randomUUID } from 'node:crypto';
import { type Config, loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import type { Ctx } from '../kernel/context.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { platform, systemCtx } from '../modules/rooms.ts';
import { createLogger } from '../server/logger.ts';

/** A CLI command's world: validated config, a migrated database, and a ctx whose actor is the command itself. */
export async function openRuntime(command: string, env = process.env): Promise<{ config: Config; database: Database; ctx: Ctx }> {
  const config = loadConfig(env);
  const database = await openDatabase(config);
  try {
    await migrateDatabase(database, platform.afterMigrate);
  } catch (error) {
    await database.close();
    throw error;
  }
  const ctx = systemCtx({
    db: database.db,
    name: command === 'start' ? 'demo' : 'cli',
    requestId: randomUUID(),
    log: createLogger(config),
    publicUrl: config.publicUrl,
  });
  return { config, database, ctx };
}
