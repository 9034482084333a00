import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { describe, expect, it } from 'vitest';
import { openPglite, queryRows } from '../../src/db/client.ts';
import { MIGRATIONS_FOLDER } from '../../src/db/migrate.ts';
import { ensureAuditMonth } from '../../src/kernel/audit-partitions.ts';

/** A migrations folder holding only the first `count` migrations, as a database that stopped there has seen. */
function firstMigrations(count: number): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'shian-migrations-'));
  fs.mkdirSync(path.join(folder, 'meta'));
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'));
  journal.entries = journal.entries.slice(0, count);
  for (const entry of journal.entries)
    fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  fs.writeFileSync(path.join(folder, 'meta/_journal.json'), JSON.stringify(journal));
  return folder;
}

describe('the subject audit becoming the record audit', () => {
  it('keeps every existing row, in the subjects room, with its monthly partitions renamed', async () => {
    const database = await openPglite();
    const db = database.db as unknown as PgliteDatabase;
    try {
      await migrate(db, { migrationsFolder: firstMigrations(1) });
      await database.db.execute(
        sql`create table subject_audit_2026_11 partition of subject_audit for values from ('2026-11-01') to ('2026-12-01')`,
      );
      await database.db
        .execute(sql`insert into subject_audit (subject_id, division_code, entity, entity_id, id, at, action, actor_name, actor_role, changes)
        values ('0199f9c4-2fcc-7000-8003-714a48e74874', '440106', 'licence', '0199f9c4-2fcc-7000-8003-714a48e74875',
                '0199f9c4-2fcc-7000-8003-714a48e74876', '2026-11-20T08:00:00Z', 'licence.create', '演示数据', 'system', '[]')`);

      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
      const rows = await queryRows(database.db, sql`select room, record_type, record_id, action, actor_name from record_audit`);
      expect(rows).toEqual([
        {
          room: 'subjects',
          record_type: 'licence',
          record_id: '0199f9c4-2fcc-7000-8003-714a48e74875',
          action: 'licence.create',
          actor_name: '演示数据',
        },
      ]);
      // The partition kept its rows under the new name, so creating "this month" again finds it instead of overlapping it.
      await ensureAuditMonth(database.db, new Date('2026-11-25T00:00:00Z'));
      const partitions = await queryRows<{ name: string }>(
        database.db,
        sql`select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
            where i.inhparent = 'record_audit'::regclass order by 1`,
      );
      expect(partitions.map((p) => p.name)).toEqual(['record_audit_2026_11', 'record_audit_2026_12']);
    } finally {
      await database.close();
    }
  });
});
