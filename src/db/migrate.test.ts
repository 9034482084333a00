import { randomBytes } from 'node:crypto';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { divisions } from '../modules/divisions/tables.ts';
import { dropDatabase } from '../../test/support/database.ts';
import { openPostgres } from './client.ts';
import { migrateDatabase } from './migrate.ts';

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
      await Promise.all(nodes.map((node) => migrateDatabase(node)));
      const { rows } = await nodes[0]!.pool.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations');
      expect(rows[0]!.n).toBe(1);
      const [known] = await nodes[0]!.db.select({ n: count() }).from(divisions);
      expect(known!.n).toBeGreaterThan(50);
    } finally {
      await Promise.all(nodes.map((node) => node.close()));
      await dropDatabase(admin.pool, name);
      await admin.close();
    }
  });
});
