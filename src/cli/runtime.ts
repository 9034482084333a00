import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { type Config, loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { systemActor } from '../kernel/actor.ts';
import type { Ctx } from '../kernel/context.ts';
import { systemClock } from '../lib/clock.ts';

/** A CLI command's world: validated config, a migrated database, and a ctx whose actor is the command itself. */
export async function openRuntime(command: string, env = process.env): Promise<{ config: Config; database: Database; ctx: Ctx }> {
  const config = loadConfig(env);
  const database = await openDatabase(config);
  try {
    await migrateDatabase(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  const ctx: Ctx = {
    actor: systemActor(`cli:${command}`),
    requestId: randomUUID(),
    ip: null,
    db: database.db,
    log: pino({ level: config.logLevel }),
    clock: systemClock,
    publicUrl: config.publicUrl,
  };
  return { config, database, ctx };
}
