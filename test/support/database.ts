import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { type Database, openPglite, openPostgres } from '../../src/db/client.ts';

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
      await admin.pool.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}
