import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { queryRows } from '../db/client.ts';
import { newId } from '../lib/ids.ts';
import type { Ctx } from './context.ts';
import { outbox, outboxReceipts } from './outbox-tables.ts';
import { journalOf } from './tx.ts';

export interface OutboxMessage {
  readonly id: string;
  /** The business whose write sent it. */
  readonly subjectId: string;
  readonly topic: string;
  readonly payload: Record<string, unknown>;
  readonly attempts: number;
}

/** A room's receiver for one topic. It may run more than once per message: use receiveOnce inside its own write. */
export type OutboxHandler = (ctx: Ctx, message: OutboxMessage) => Promise<void>;

/** How long a claimed message is leased to one worker before another may retry it. */
const LEASE_MS = 60_000;
/** After this many failed attempts a message waits for a person (it stays, with its last error). */
export const MAX_ATTEMPTS = 10;
const backoffMs = (attempts: number) => Math.min(2 ** attempts * 1000, 15 * 60_000);

/** Writes an effect on another business into the current write's transaction; it is delivered only if the write commits. */
export async function enqueue(tx: Tx, ctx: Ctx, message: { subjectId: string; topic: string; payload: Record<string, unknown> }) {
  const journal = journalOf(tx);
  const now = ctx.clock.now();
  const id = newId();
  await tx.insert(outbox).values({ id, ...message, createdAt: now, availableAt: now });
  journal.outbox.push({ subjectId: message.subjectId, id, topic: message.topic });
  return id;
}

/**
 * Records that `consumer` applied a message for the receiving business, inside the receiver's write;
 * false when it already had, so the receiver skips its effect and a redelivery changes nothing.
 */
export async function receiveOnce(tx: Tx, ctx: Ctx, receipt: { subjectId: string; consumer: string; messageId: string }): Promise<boolean> {
  journalOf(tx);
  const inserted = await tx
    .insert(outboxReceipts)
    .values({ ...receipt, at: ctx.clock.now() })
    .onConflictDoNothing()
    .returning({ messageId: outboxReceipts.messageId });
  return inserted.length > 0;
}

/** Leases up to `limit` due messages to this worker, oldest first; several nodes never claim the same one. */
async function claimDue(db: Db, now: Date, limit: number): Promise<OutboxMessage[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  return queryRows<OutboxMessage>(
    db,
    sql`update ${outbox} set available_at = ${leaseUntil}, attempts = attempts + 1
        where (subject_id, id) in (
          select subject_id, id from ${outbox}
          where delivered_at is null and available_at <= ${now} and attempts < ${MAX_ATTEMPTS}
          order by available_at limit ${limit} for update skip locked)
        returning subject_id as "subjectId", id, topic, payload, attempts`,
  );
}

/**
 * Delivers the messages that are due to their topics' handlers, at least once: a handler that throws
 * is retried later with backoff. Returns how many were delivered and how many failed this round.
 */
export async function deliverDueMessages(ctx: Ctx, handlers: ReadonlyMap<string, OutboxHandler>, limit = 50) {
  const messages = await claimDue(ctx.db, ctx.clock.now(), limit);
  let delivered = 0;
  let failed = 0;
  for (const message of messages) {
    const key = and(eq(outbox.subjectId, message.subjectId), eq(outbox.id, message.id));
    try {
      const handler = handlers.get(message.topic);
      if (!handler) throw new Error(`no room receives ${message.topic}`);
      await handler(ctx, message);
      await ctx.db.update(outbox).set({ deliveredAt: ctx.clock.now(), lastError: null }).where(key);
      delivered++;
    } catch (error) {
      failed++;
      const retryAt = new Date(ctx.clock.now().getTime() + backoffMs(message.attempts));
      await ctx.db
        .update(outbox)
        .set({ availableAt: retryAt, lastError: String((error as Error).message ?? error).slice(0, 2000) })
        .where(key);
      ctx.log.warn({ messageId: message.id, topic: message.topic, attempts: message.attempts, err: error }, 'outbox delivery failed');
    }
  }
  return { delivered, failed };
}

/** Messages not yet delivered (for the worker's status and for tests). */
export async function pendingMessages(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(outbox)
    .where(isNull(outbox.deliveredAt));
  return row!.n;
}
