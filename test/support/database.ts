import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { inject } from 'vitest';
import { type Database, openPglite, openPostgres } from '../../src/db/client.ts';
import { buildTemplate } from './template.ts';

/** A fresh copy of the seeded template, private to the calling test file. */
export async function cloneTemplateDatabase(): Promise<Database> {
  const template = inject('template');
  if (template.engine === 'pglite') {
    return openPglite({ loadDataDir: new Blob([fs.readFileSync(template.dumpPath)]) });
  }
  const name = `shian_test_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres(template.url, 1);
  await admin.pool.query(`CREATE DATABASE ${name} TEMPLATE ${template.database}`);
  const url = new URL(template.url);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString(), 4);
  return {
    ...database,
    async close() {
      await database.close();
      await dropDatabase(admin.pool, name);
      await admin.close();
    },
  };
}

/**
 * A data folder on disk holding a copy of the seeded template, as the `shian` command finds ./data after
 * a first start. Loading the PGlite dump takes a second; on a server run there is no dump, so the city is
 * built into the folder instead.
 */
export async function prepareDataDir(dataDir: string): Promise<void> {
  const template = inject('template');
  if (template.engine === 'pglite') {
    const database = await openPglite({ dataDir, loadDataDir: new Blob([fs.readFileSync(template.dumpPath)]) });
    return database.close();
  }
  const database = await openPglite({ dataDir });
  try {
    await buildTemplate(database);
  } finally {
    await database.close();
  }
}

/** Drops a test database once the pools that used it have really closed (pool.end() resolves before its sockets do). */
export async function dropDatabase(admin: pg.Pool, name: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const { rows } = await admin.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
    if (rows[0]!.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
