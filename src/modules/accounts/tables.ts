import { instant } from '../../db/columns.ts';
import { boolean, char, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { newId } from '../../lib/ids.ts';
import { subjects } from '../subjects/tables.ts';

/** People and systems that sign in; a reference table, so no login counters live here. */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid().primaryKey().$defaultFn(newId),
    username: text().notNull(),
    displayName: text().notNull(),
    role: text().notNull(),
    divisionCode: char({ length: 6 }),
    subjectId: uuid().references(() => subjects.id),
    passwordHash: text().notNull(),
    disabled: boolean().notNull().default(false),
    createdAt: instant().notNull(),
  },
  (t) => [uniqueIndex('accounts_username_key').on(t.username)],
);

/** Web sessions and API tokens: only the SHA-256 of the secret is kept. A local table. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid().primaryKey().$defaultFn(newId),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    tokenHash: char({ length: 64 }).notNull(),
    kind: text().notNull(),
    name: text(),
    ip: text(),
    userAgent: text(),
    createdAt: instant().notNull(),
    expiresAt: instant().notNull(),
    revokedAt: instant(),
  },
  (t) => [uniqueIndex('sessions_token_hash_key').on(t.tokenHash), index('sessions_account_idx').on(t.accountId)],
);
