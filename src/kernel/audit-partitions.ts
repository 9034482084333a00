import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { databaseError } from '../db/errors.ts';

const ensured = new WeakMap<Db, Set<string>>();

function monthStart(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 1));
  return d.toISOString().slice(0, 10);
}

/**
 * Creates the monthly partition of record_audit that holds `at` (and the next month), idempotently;
 * memoized per database so the common case costs nothing.
 */
export async function ensureAuditMonth(db: Db, at: Date): Promise<void> {
  let known = ensured.get(db);
  if (!known) ensured.set(db, (known = new Set()));
  for (let ahead = 0; ahead < 2; ahead++) {
    const year = at.getUTCFullYear();
    const month = at.getUTCMonth() + ahead;
    const from = monthStart(year, month);
    if (known.has(from)) continue;
    const to = monthStart(year, month + 1);
    const name = `record_audit_${from.slice(0, 7).replace('-', '_')}`;
    try {
      await db.execute(sql.raw(`CREATE TABLE IF NOT EXISTS ${name} PARTITION OF record_audit FOR VALUES FROM ('${from}') TO ('${to}')`));
    } catch (error) {
      // Another node created it between IF NOT EXISTS and CREATE: the month exists, which is all we need.
      if (!['42P07', '23505'].includes(databaseError(error)?.code ?? '')) throw error;
    }
    known.add(from);
  }
}
