import { getTableName, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, queryRows } from '../../src/db/client.ts';
import { platform } from '../../src/modules/rooms.ts';
import { cloneTemplateDatabase } from '../support/database.ts';

let database: Database;
beforeAll(async () => {
  database = await cloneTemplateDatabase();
});
afterAll(() => database.close());

const distributedNames = platform.tables.filter((t) => t.class === 'distributed').map((t) => getTableName(t.table));
// A literal array of the constant names above (Drizzle would expand a parameter into a tuple).
const distributed = sql.raw(`array[${distributedNames.map((n) => `'${n}'`).join(',')}]`);

describe('tables shaped for a sharded cluster', () => {
  it('gives every table in the database a class, through its room', async () => {
    const rows = await queryRows<{ name: string }>(
      database.db,
      sql`select relname as name from pg_class
          where relnamespace = 'public'::regnamespace and relkind in ('r', 'p') and not relispartition order by relname`,
    );
    const declared = platform.tables.map((t) => getTableName(t.table)).sort();
    expect(rows.map((r) => r.name)).toEqual(declared);
    expect(new Set(declared).size).toBe(declared.length);
  });

  it('keeps subject_id in every key and unique constraint of distributed tables', async () => {
    const rows = await queryRows(
      database.db,
      sql`
      select conrelid::regclass::text as table_name, conname
      from pg_constraint c
      where conrelid::regclass::text = any(${distributed})
        and contype in ('p', 'u', 'f')
        and not exists (
          select 1 from unnest(conkey) k
          join pg_attribute a on a.attrelid = conrelid and a.attnum = k
          where a.attname = 'subject_id')
        and not (contype = 'f' and confrelid::regclass::text <> all(${distributed}))`,
    );
    expect(rows).toEqual([]);
  });

  it('uses no triggers and no sequences', async () => {
    const triggers = await queryRows(database.db, sql`select tgname from pg_trigger where not tgisinternal`);
    expect(triggers).toEqual([]);
    const sequences = await queryRows(
      database.db,
      sql`select relname from pg_class where relkind = 'S' and relnamespace = 'public'::regnamespace`,
    );
    expect(sequences).toEqual([]);
  });

  it('partitions the record audit by month', async () => {
    const rows = await queryRows(database.db, sql`select partstrat from pg_partitioned_table where partrelid = 'record_audit'::regclass`);
    expect(rows).toEqual([{ partstrat: 'r' }]);
  });
});
