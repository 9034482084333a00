import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../../src/db/client.ts';
import { buildTemplate } from './template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a gzipped data-dir dump to load. PostgreSQL: the template database's name. */
    template: { engine: 'pglite'; dumpPath: string } | { engine: 'postgres'; url: string; database: string };
  }
}

/** Builds the migrated, seeded template once per run, so each test file gets a copy in about a second. */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `shian_template_${process.pid}`;
    const admin = openPostgres(serverUrl, 1);
    await admin.pool.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.pool.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const template = openPostgres(url.toString(), 2);
    await buildTemplate(template);
    await template.close();
    project.provide('template', { engine: 'postgres', url: serverUrl, database: name });
    return async () => {
      await admin.pool.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    };
  }
  const database = await openPglite();
  await buildTemplate(database);
  const dump = await database.client.dumpDataDir('gzip');
  await database.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shian-test-'));
  const dumpPath = path.join(dir, 'template.tar.gz');
  fs.writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  project.provide('template', { engine: 'pglite', dumpPath });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
