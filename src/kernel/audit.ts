import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Tx } from '../db/client.ts';
import { type FieldChange, platformAudit, subjectAudit } from './audit-tables.ts';
import type { Ctx } from './context.ts';

/** Fields never copied into the audit trail. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash', 'content']);

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

function requireTransaction(tx: Tx): void {
  if (!(tx instanceof PgTransaction)) throw new Error('audit rows are written inside the write’s transaction (use withTx)');
}

export interface SubjectAuditEntry {
  subjectId: string;
  divisionCode: string;
  entity: string;
  entityId: string;
  action: string;
  before: Snapshot;
  after: Snapshot;
}

/** Records who changed what about one subject, in the same transaction as the change. */
export async function auditSubject(tx: Tx, ctx: Ctx, entries: SubjectAuditEntry | SubjectAuditEntry[]): Promise<void> {
  requireTransaction(tx);
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  const at = ctx.clock.now();
  await tx.insert(subjectAudit).values(
    list.map((e) => ({
      subjectId: e.subjectId,
      divisionCode: e.divisionCode,
      entity: e.entity,
      entityId: e.entityId,
      action: e.action,
      at,
      ...actorColumns(ctx),
      requestId: ctx.requestId,
      ip: ctx.ip,
      changes: diffSnapshots(e.before, e.after),
    })),
  );
}

export interface PlatformAuditEntry {
  entity: string;
  entityId: string | null;
  action: string;
  before: Snapshot;
  after: Snapshot;
}

/** Records a write that belongs to no subject (accounts, sessions, imports). */
export async function auditPlatform(tx: Tx, ctx: Ctx, entry: PlatformAuditEntry): Promise<void> {
  requireTransaction(tx);
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
