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
 * Writes about any record a business owns (a subject's file, a voucher, an inspection, a complaint):
 * distributed by subject_id, the business's id, and range-partitioned by month on `at` (the migration
 * adds PARTITION BY; kernel/audit-partitions.ts keeps months ahead). `room` and `record_type` say
 * which room's record it is; `action` is one of that room's typed list.
 */
export const recordAudit = pgTable(
  'record_audit',
  {
    subjectId: uuid().notNull(),
    divisionCode: char({ length: 6 }).notNull(),
    room: text().notNull(),
    recordType: text().notNull(),
    recordId: uuid().notNull(),
    ...common,
  },
  (t) => [
    primaryKey({ columns: [t.subjectId, t.id, t.at] }),
    index('record_audit_division_idx').on(t.divisionCode, t.at),
    index('record_audit_record_idx').on(t.subjectId, t.room, t.recordType, t.recordId),
  ],
);

/** Writes that belong to no business (sign-ins, accounts, tokens, imports): a local table. */
export const platformAudit = pgTable(
  'platform_audit',
  {
    ...common,
    entity: text().notNull(),
    entityId: text(),
  },
  (t) => [primaryKey({ columns: [t.id] }), index('platform_audit_at_idx').on(t.at)],
);
