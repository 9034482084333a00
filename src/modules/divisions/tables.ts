import { char, index, pgTable, smallint, text } from 'drizzle-orm/pg-core';

/** GB/T 2260 administrative divisions: province (1) → city (2) → district or county (3). */
export const divisions = pgTable(
  'divisions',
  {
    code: char({ length: 6 }).primaryKey(),
    name: text().notNull(),
    level: smallint().notNull(),
    parentCode: char({ length: 6 }),
  },
  (t) => [index('divisions_parent_idx').on(t.parentCode)],
);
