import { and, desc, eq } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client.ts';
import { newId } from '../lib/ids.ts';
import { type FieldChange, platformAudit, recordAudit } from './audit-tables.ts';
import type { Ctx } from './context.ts';
import { journalOf } from './tx.ts';

/** Fields never copied into the audit trail. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash', 'content']);
/** Rows per INSERT, well under PostgreSQL's 65,535 parameters at this table's 15 columns. */
const INSERT_BATCH = 2000;

type Snapshot = Record<string, unknown> | null;

/** The fields that differ between two snapshots, secrets left out. */
export function diffSnapshots(before: Snapshot, after: Snapshot): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (SECRET_FIELDS.has(field)) continue;
    const was = before?.[field] ?? null;
    const now = after?.[field] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(now)) changes.push({ field, before: was, after: now });
  }
  return changes;
}

function actorColumns(ctx: Ctx) {
  const { actor } = ctx;
  if (actor.type === 'user') return { actorId: actor.id, actorName: actor.name, actorRole: actor.role };
  if (actor.type === 'system') return { actorId: null, actorName: actor.name, actorRole: 'system' };
  return { actorId: null, actorName: 'public', actorRole: 'public' };
}

/** One change to one record a business owns. */
export interface AuditEntry<A extends string> {
  /** The business the record belongs to: the shard key, so the entry commits with its write. */
  subjectId: string;
  divisionCode: string;
  recordType: string;
  recordId: string;
  action: A;
  before: Snapshot;
  after: Snapshot;
}

const isEntryList = <A extends string>(value: AuditEntry<A> | readonly AuditEntry<A>[]): value is readonly AuditEntry<A>[] =>
  Array.isArray(value);

export type RoomAuditor<A extends string> = (tx: Tx, ctx: Ctx, entries: AuditEntry<A> | readonly AuditEntry<A>[]) => Promise<void>;

/**
 * The audit of one room: records who changed what, in the same transaction as the change, with an
 * action from the room's own typed list (the web labels the same list).
 */
export function roomAuditor<A extends string>(room: string, actions: readonly A[]): RoomAuditor<A> {
  return async (tx, ctx, entries) => {
    const journal = journalOf(tx);
    const list: readonly AuditEntry<A>[] = isEntryList(entries) ? entries : [entries];
    const unknown = list.find((e) => !actions.includes(e.action));
    if (unknown) throw new Error(`${room} has no audit action ${unknown.action}`);
    const at = ctx.clock.now();
    const rows = list.map((e) => ({
      id: newId(),
      subjectId: e.subjectId,
      divisionCode: e.divisionCode,
      room,
      recordType: e.recordType,
      recordId: e.recordId,
      action: e.action,
      at,
      ...actorColumns(ctx),
      requestId: ctx.requestId,
      ip: ctx.ip,
      changes: diffSnapshots(e.before, e.after),
    }));
    for (let i = 0; i < rows.length; i += INSERT_BATCH) await tx.insert(recordAudit).values(rows.slice(i, i + INSERT_BATCH));
    for (const row of rows) {
      journal.audit.push({
        subjectId: row.subjectId,
        room,
        recordType: row.recordType,
        recordId: row.recordId,
        action: row.action,
        auditId: row.id,
      });
    }
  };
}

export interface PlatformAuditEntry {
  entity: string;
  entityId: string | null;
  action: string;
  before: Snapshot;
  after: Snapshot;
}

/** Records a write that belongs to no business (accounts, sessions, imports). */
export async function auditPlatform(tx: Tx, ctx: Ctx, entry: PlatformAuditEntry): Promise<void> {
  journalOf(tx);
  await tx.insert(platformAudit).values({
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    at: ctx.clock.now(),
    ...actorColumns(ctx),
    requestId: ctx.requestId,
    ip: ctx.ip,
    changes: diffSnapshots(entry.before, entry.after),
  });
}

export type AuditRow = typeof recordAudit.$inferSelect;

/** A business's audit trail in one room, newest first: the history a room shows on its records. */
export function listAuditTrail(db: Executor, where: { subjectId: string; room: string }, limit = 200): Promise<AuditRow[]> {
  return db
    .select()
    .from(recordAudit)
    .where(and(eq(recordAudit.subjectId, where.subjectId), eq(recordAudit.room, where.room)))
    .orderBy(desc(recordAudit.at), desc(recordAudit.id))
    .limit(limit);
}
