import type { Tx } from '../db/client.ts';
import { ensureAuditMonth } from './audit-partitions.ts';
import type { Ctx } from './context.ts';

/**
 * Runs one write as one transaction: the rows, their audit entries (and later their outbox and seal
 * rows) commit together or not at all.
 */
export async function withTx<T>(ctx: Ctx, work: (tx: Tx) => Promise<T>): Promise<T> {
  await ensureAuditMonth(ctx.db, ctx.clock.now());
  return ctx.db.transaction(work);
}
