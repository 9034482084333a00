import { instant } from '../db/columns.ts';
import { char, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { newId } from '../lib/ids.ts';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const common = {
  id: uuid().notNull().$defaultFn(newId),
  at: instant().notNull(),
  action: text().notNull(),
  actorId: uuid(),
  actorName: text().notNull(),
  actorRole: text().notNull(),
  requestId: text(),
  ip: text(),
  changes: jsonb().$type<FieldChange[]>().notNull(),
};

/**
 * Writes about one subject: distributed by subject_id and range-partitioned by month on `at`
 * (the migration adds PARTITION BY; kernel/audit-partitions.ts keeps months ahead).
 */
export const subjectAudit = pgTable(
  'subject_audit',
  {
    subjectId: uuid().notNull(),
    divisionCode: char({ length: 6 }).notNull(),
    entity: text().notNull(),
    entityId: uuid().notNull(),
    ...common,
  },
  (t) => [primaryKey({ columns: [t.subjectId, t.id, t.at] }), index('subject_audit_division_idx').on(t.divisionCode, t.at)],
);

/** Writes that belong to no subject (sign-ins, accounts, tokens, imports): a local table. */
export const platformAudit = pgTable(
  'platform_audit',
  {
    ...common,
    entity: text().notNull(),
    entityId: text(),
  },
  (t) => [primaryKey({ columns: [t.id] }), index('platform_audit_at_idx').on(t.at)],
);
