import type { Tx } from '../db/client.ts';
import { ensureAuditMonth } from './audit-partitions.ts';
import type { Ctx } from './context.ts';

/** An audit row as written, for hooks that act on every write (the seal of each record). */
export interface JournalAudit {
  readonly subjectId: string;
  readonly room: string;
  readonly recordType: string;
  readonly recordId: string;
  readonly action: string;
  readonly auditId: string;
}

/** An outbox message as enqueued. */
export interface JournalMessage {
  readonly subjectId: string;
  readonly id: string;
  readonly topic: string;
}

/** What one transaction wrote through the kernel, so hooks can join the write without knowing the rooms. */
export interface TxJournal {
  readonly audit: JournalAudit[];
  readonly outbox: JournalMessage[];
}

/**
 * A room's way to join every write: `beforeCommit` runs inside the transaction after the work (its
 * rows commit or roll back with the write); `afterCommit` runs once the write is durable (wake a worker).
 */
export interface TxHook {
  readonly name: string;
  beforeCommit?(tx: Tx, ctx: Ctx, journal: TxJournal): Promise<void>;
  afterCommit?(ctx: Ctx, journal: TxJournal): void;
}

const journals = new WeakMap<Tx, TxJournal>();

/** The journal of a transaction opened by withTx; refuses anything else, so audit and outbox rows never commit alone. */
export function journalOf(tx: Tx): TxJournal {
  const journal = journals.get(tx);
  if (!journal) throw new Error('audit and outbox rows are written inside the write’s transaction (use withTx)');
  return journal;
}

/**
 * Runs one write as one transaction: the rows, their audit entries, outbox messages and whatever the
 * rooms' hooks add commit together or not at all.
 */
export async function withTx<T>(ctx: Ctx, work: (tx: Tx) => Promise<T>): Promise<T> {
  await ensureAuditMonth(ctx.db, ctx.clock.now());
  let journal: TxJournal | undefined;
  const result = await ctx.db.transaction(async (tx) => {
    journal = { audit: [], outbox: [] };
    journals.set(tx, journal);
    const value = await work(tx);
    for (const hook of ctx.txHooks) await hook.beforeCommit?.(tx, ctx, journal);
    return value;
  });
  for (const hook of ctx.txHooks) {
    try {
      hook.afterCommit?.(ctx, journal!);
    } catch (error) {
      // The write is committed; a hook that fails afterwards must not make it look failed.
      ctx.log.error({ err: error, hook: hook.name }, 'after-commit hook failed');
    }
  }
  return result;
}
