import type { FastifyPluginAsync } from 'fastify';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type TObject, Type } from 'typebox';
import type { Config } from '../config.ts';
import type { Executor } from '../db/client.ts';
import type { MeAbilities } from './abilities.ts';
import { platformAudit, recordAudit } from './audit-tables.ts';
import type { Ctx } from './context.ts';
import { outbox, outboxReceipts } from './outbox-tables.ts';
import type { OutboxHandler } from './outbox.ts';
import type { TxHook } from './tx.ts';

/**
 * How a table lives on a sharded cluster (shared/research/scale-out.md): reference tables are copied
 * to every node, distributed tables are sharded by subject_id, local tables stay on the coordinator.
 */
export type TableClass = 'reference' | 'distributed' | 'local';

/** What every room's routes receive: settings, and what /me gathers from every room. */
export interface RoomRouteOptions {
  config: Config;
  /** Every room's abilities for the caller, merged (accounts serves them at /api/auth/me). */
  abilities: RoomAbilities;
}

export interface RoomAbilities {
  schema: TObject;
  of(ctx: Ctx): Promise<MeAbilities>;
}

/**
 * One room's registration: everything the platform needs from it, so adding a room is adding its
 * folder and one line in modules/rooms.ts. The kernel knows this shape, never a room.
 */
export interface Room {
  readonly name: string;
  readonly routes?: FastifyPluginAsync<RoomRouteOptions>;
  /** Its tables and their scale-out class; a test checks them against the catalog. */
  readonly tables?: ReadonlyArray<{ readonly table: PgTable; readonly class: TableClass }>;
  /** Brings its reference data in line after every migration (idempotent). */
  readonly afterMigrate?: (db: Executor) => Promise<void>;
  /** What it lets the caller start, merged into /api/auth/me. */
  readonly abilities?: { readonly schema: TObject; of(ctx: Ctx): Promise<Record<string, unknown>> };
  /** Joins every write transaction (seals, projections). */
  readonly txHooks?: readonly TxHook[];
  /** Receivers of outbox topics, by topic. */
  readonly receives?: Readonly<Record<string, OutboxHandler>>;
}

/** The kernel's own tables: the audit of business records, the platform audit, the outbox and its receipts. */
const KERNEL_TABLES: Platform['tables'] = [
  { table: recordAudit, class: 'distributed', room: 'kernel' },
  { table: platformAudit, class: 'local', room: 'kernel' },
  { table: outbox, class: 'distributed', room: 'kernel' },
  { table: outboxReceipts, class: 'distributed', room: 'kernel' },
];

/** The platform's rooms, composed once for the HTTP shell, the CLI, the worker and the tests. */
export interface Platform {
  readonly rooms: readonly Room[];
  readonly tables: ReadonlyArray<{ readonly table: PgTable; readonly class: TableClass; readonly room: string }>;
  readonly afterMigrate: ReadonlyArray<(db: Executor) => Promise<void>>;
  readonly abilities: RoomAbilities;
  readonly txHooks: readonly TxHook[];
  readonly receivers: ReadonlyMap<string, OutboxHandler>;
}

/** Merges the rooms' registrations; two rooms receiving one topic or naming one ability is a mistake caught here. */
export function composeRooms(rooms: readonly Room[]): Platform {
  const receivers = new Map<string, OutboxHandler>();
  const abilityProperties: Record<string, TObject['properties'][string]> = {};
  for (const room of rooms) {
    for (const [topic, handler] of Object.entries(room.receives ?? {})) {
      if (receivers.has(topic)) throw new Error(`two rooms receive ${topic}`);
      receivers.set(topic, handler);
    }
    for (const [name, schema] of Object.entries(room.abilities?.schema.properties ?? {})) {
      if (name in abilityProperties) throw new Error(`two rooms name the ability ${name}`);
      abilityProperties[name] = schema;
    }
  }
  const withAbilities = rooms.flatMap((room) => (room.abilities ? [room.abilities] : []));
  return {
    rooms,
    tables: [...KERNEL_TABLES, ...rooms.flatMap((room) => (room.tables ?? []).map((t) => ({ ...t, room: room.name })))],
    afterMigrate: rooms.flatMap((room) => (room.afterMigrate ? [room.afterMigrate] : [])),
    abilities: {
      schema: Type.Object(abilityProperties),
      async of(ctx) {
        const parts = await Promise.all(withAbilities.map((a) => a.of(ctx)));
        // Each room's contract adds its part of MeAbilities; together they are the whole.
        return Object.assign({}, ...parts) as MeAbilities;
      },
    },
    txHooks: rooms.flatMap((room) => room.txHooks ?? []),
    receivers,
  };
}
