import type { Db } from '../db/client.ts';
import { systemActor } from '../kernel/actor.ts';
import type { Ctx } from '../kernel/context.ts';
import { composeRooms } from '../kernel/room.ts';
import { type Clock, systemClock } from '../lib/clock.ts';
import { accountsRoom } from './accounts/room.ts';
import { divisionsRoom } from './divisions/room.ts';
import { subjectsRoom } from './subjects/room.ts';

/** The one list of rooms: the server, migrations, the table-class check and /me iterate over it. */
export const ROOMS = [divisionsRoom, accountsRoom, subjectsRoom] as const;

/** The rooms composed: routes, tables, after-migrate steps, abilities, write hooks and receivers. */
export const platform = composeRooms(ROOMS);

const quietLog = { info() {}, warn() {}, error() {}, debug() {} };

/** A ctx for the platform itself (CLI, demo seed, worker, bench, tests): a system actor and every room's write hooks. */
export function systemCtx(options: {
  db: Db;
  name: string;
  clock?: Clock;
  publicUrl: string;
  log?: Ctx['log'];
  requestId?: string | null;
}): Ctx {
  return {
    actor: systemActor(options.name),
    requestId: options.requestId ?? null,
    ip: null,
    db: options.db,
    log: options.log ?? quietLog,
    clock: options.clock ?? systemClock,
    publicUrl: options.publicUrl,
    txHooks: platform.txHooks,
  };
}
