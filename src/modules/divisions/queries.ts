import { asc, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { DIVISIONS } from './division-codes.ts';
import { divisions } from './tables.ts';

export type DivisionRow = typeof divisions.$inferSelect;

const sqlExcluded = (column: string) => sql.raw(`excluded.${column}`);

/**
 * Brings the divisions table in line with the package's list; run after every migration. It writes only
 * what differs (nothing on an ordinary start) and never deletes: stored records may carry a retired code.
 */
export async function syncDivisions(db: Executor): Promise<void> {
  const stored = new Map((await listDivisions(db)).map((row) => [row.code, row]));
  const changed = DIVISIONS.filter((division) => {
    const row = stored.get(division.code);
    return !row || row.name !== division.name || row.level !== division.level || row.parentCode !== division.parentCode;
  });
  if (changed.length === 0) return;
  await db
    .insert(divisions)
    .values(changed)
    .onConflictDoUpdate({
      target: divisions.code,
      set: { name: sqlExcluded('name'), level: sqlExcluded('level'), parentCode: sqlExcluded('parent_code') },
    });
}

export function listDivisions(db: Executor): Promise<DivisionRow[]> {
  return db.select().from(divisions).orderBy(asc(divisions.code));
}
