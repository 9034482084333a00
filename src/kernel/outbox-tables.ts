import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../db/columns.ts';

/**
 * Effects on another business, written in the same transaction as the write that causes them and so
 * on the same shard (distributed by the writing business's subject_id); the in-process worker delivers
 * them at least once. `available_at` is both the retry time and the claim's lease.
 */
export const outbox = pgTable(
  'outbox',
  {
    subjectId: uuid().notNull(),
    id: uuid().notNull(),
    topic: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: instant().notNull(),
    availableAt: instant().notNull(),
    attempts: integer().notNull().default(0),
    deliveredAt: instant(),
    lastError: text(),
  },
  (t) => [
    primaryKey({ columns: [t.subjectId, t.id] }),
    index('outbox_due_idx')
      .on(t.availableAt)
      .where(sql`${t.deliveredAt} is null`),
  ],
);

/**
 * What each receiver has already applied, keyed by the receiving business so the receipt commits on
 * the receiver's shard with its effect: a message delivered twice is applied once.
 */
export const outboxReceipts = pgTable(
  'outbox_receipts',
  {
    subjectId: uuid().notNull(),
    consumer: text().notNull(),
    messageId: uuid().notNull(),
    at: instant().notNull(),
  },
  (t) => [primaryKey({ columns: [t.subjectId, t.consumer, t.messageId] })],
);
