import { getTableName, isTable, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneTemplateDatabase } from '../../test/support/database.ts';
import { type Database, queryRows } from './client.ts';
import * as schema from './schema.ts';
import { TABLE_CLASSES } from './table-classes.ts';

let database: Database;
beforeAll(async () => {
  database = await cloneTemplateDatabase();
});
afterAll(() => database.close());

const distributedNames = Object.entries(TABLE_CLASSES)
  .filter(([, kind]) => kind === 'distributed')
  .map(([name]) => name);
// A literal array of the constant names above (Drizzle would expand a parameter into a tuple).
const distributed = sql.raw(`array[${distributedNames.map((n) => `'${n}'`).join(',')}]`);

describe('tables shaped for a sharded cluster', () => {
  it('gives every table in the schema a class', () => {
    const tables = Object.values(schema).filter(isTable).map(getTableName).sort();
    expect(tables).toEqual(Object.keys(TABLE_CLASSES).sort());
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

  it('partitions the subject audit by month', async () => {
    const rows = await queryRows(database.db, sql`select partstrat from pg_partitioned_table where partrelid = 'subject_audit'::regclass`);
    expect(rows).toEqual([{ partstrat: 'r' }]);
  });
});
