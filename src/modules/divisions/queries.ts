import { asc, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { DIVISION_CODES } from './division-codes.ts';
import { divisionLevel, parentDivision } from '../../kernel/scope.ts';
import { divisions } from './tables.ts';

export type DivisionRow = typeof divisions.$inferSelect;

const sqlExcluded = (column: string) => sql.raw(`excluded.${column}`);

/** Brings the divisions table in line with the code list; run after every migration. */
export async function syncDivisions(db: Executor): Promise<void> {
  const rows = DIVISION_CODES.map(([code, name]) => ({ code, name, level: divisionLevel(code), parentCode: parentDivision(code) }));
  await db
    .insert(divisions)
    .values(rows)
    .onConflictDoUpdate({
      target: divisions.code,
      set: { name: sqlExcluded('name'), level: sqlExcluded('level'), parentCode: sqlExcluded('parent_code') },
    });
}

export function listDivisions(db: Executor): Promise<DivisionRow[]> {
  return db.select().from(divisions).orderBy(asc(divisions.code));
}

export function findDivisions(db: Executor, codes: string[]): Promise<DivisionRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db.select().from(divisions).where(inArray(divisions.code, codes));
}
