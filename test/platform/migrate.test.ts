import { randomBytes } from 'node:crypto';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import journal from '../../src/db/migrations/meta/_journal.json' with { type: 'json' };
import { divisions } from '../../src/modules/divisions/tables.ts';
import { platform } from '../../src/modules/rooms.ts';
import { dropDatabase } from '../support/database.ts';

const serverUrl = process.env.DATABASE_URL;

describe('migrations on a shared server', () => {
  it.runIf(serverUrl)('run once when several nodes start at the same moment', async () => {
    const name = `shian_migrate_${randomBytes(4).toString('hex')}`;
    const admin = openPostgres(serverUrl!, 1);
    await admin.pool.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    const nodes = [openPostgres(url.toString(), 2), openPostgres(url.toString(), 2), openPostgres(url.toString(), 2)];
    try {
      await Promise.all(nodes.map((node) => migrateDatabase(node, platform.afterMigrate)));
      const { rows } = await nodes[0]!.pool.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations');
      expect(rows[0]!.n).toBe(journal.entries.length);
      const [known] = await nodes[0]!.db.select({ n: count() }).from(divisions);
      expect(known!.n).toBeGreaterThan(50);
    } finally {
      await Promise.all(nodes.map((node) => node.close()));
      await dropDatabase(admin.pool, name);
      await admin.close();
    }
  });
});
