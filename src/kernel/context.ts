import type { Logger } from 'pino';
import type { Db } from '../db/client.ts';
import type { Clock } from '../lib/clock.ts';
import type { Actor } from './actor.ts';
import type { TxHook } from './tx.ts';

/** Everything a service call needs, built by the HTTP shell, the CLI or a job: services never see HTTP. */
export interface Ctx {
  readonly actor: Actor;
  readonly requestId: string | null;
  readonly ip: string | null;
  readonly db: Db;
  readonly log: Pick<Logger, 'info' | 'warn' | 'error' | 'debug'>;
  readonly clock: Clock;
  /** Base URL of public pages, for links and QR codes. */
  readonly publicUrl: string;
  /** The rooms' hooks on every write transaction (modules/rooms.ts composes them). */
  readonly txHooks: readonly TxHook[];
}
