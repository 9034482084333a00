import type { Ctx } from '../../src/kernel/context.ts';
import type { Database } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { seedCity, seedDemoAccounts } from '../../src/demo/seed.ts';
import { fixedClock } from '../../src/lib/clock.ts';
import { platform, systemCtx as platformCtx } from '../../src/modules/rooms.ts';

/** The city every test file starts from: the demo generator at a small scale, on a fixed day. */
export const TEST_CITY = { seed: 'test-city', scale: 0.05, asOf: '2026-11-23' } as const;
export const TEST_NOW = new Date('2026-11-23T04:00:00Z');
export const TEST_PUBLIC_URL = 'http://shian.test';

export function systemCtx(database: Database, name = 'test'): Ctx {
  return platformCtx({ db: database.db, name, clock: fixedClock(TEST_NOW), publicUrl: TEST_PUBLIC_URL });
}

/** Migrates and seeds a database into the state every test file clones. */
export async function buildTemplate(database: Database): Promise<void> {
  await migrateDatabase(database, platform.afterMigrate);
  const ctx = systemCtx(database, 'demo');
  const city = await seedCity(ctx, TEST_CITY);
  await seedDemoAccounts(ctx, city);
}
