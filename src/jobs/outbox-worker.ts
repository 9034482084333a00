import type { Ctx } from '../kernel/context.ts';
import { type OutboxHandler, deliverDueMessages } from '../kernel/outbox.ts';
import type { TxHook } from '../kernel/tx.ts';

export interface OutboxWorker {
  /** Joins every write so a committed message is delivered at once instead of at the next poll. */
  readonly hook: TxHook;
  start(): void;
  /** Delivers until nothing is due; for tests and for shutting down cleanly. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The in-process outbox worker: polls for due messages (and is woken after each write that sends one),
 * hands each to its topic's receiver, and retries failures with backoff. Any number of nodes may run
 * one: claims are leased with SKIP LOCKED, so a message goes to one worker at a time.
 */
export function createOutboxWorker(ctx: Ctx, receivers: ReadonlyMap<string, OutboxHandler>, pollMs = 2000): OutboxWorker {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;

  const round = () => deliverDueMessages(ctx, receivers);
  const schedule = (delayMs: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      running = running
        .then(round)
        .then(({ delivered }) => schedule(delivered > 0 ? 0 : pollMs))
        .catch((error: unknown) => {
          ctx.log.error({ err: error }, 'outbox round failed');
          schedule(pollMs);
        });
    }, delayMs);
  };

  return {
    hook: { name: 'outbox-wake', afterCommit: (_ctx, journal) => journal.outbox.length > 0 && schedule(0) },
    start() {
      stopped = false;
      schedule(0);
    },
    async drain() {
      await running;
      let total = 0;
      for (;;) {
        const { delivered, failed } = await round();
        total += delivered;
        if (delivered + failed === 0) return total;
      }
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
