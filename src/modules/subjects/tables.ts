import { instant } from '../../db/columns.ts';
import { sql } from 'drizzle-orm';
import {
  bigint,
  char,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { newId } from '../../lib/ids.ts';
import type { Contact } from './contract.ts';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });
/**
 * Every supervised business, one row each: a reference table (small, read everywhere), so it keeps
 * no churn; the earliest licence expiry is copied here because licences change a few times a year.
 */
export const subjects = pgTable(
  'subjects',
  {
    id: uuid().primaryKey().$defaultFn(newId),
    fileNo: text().notNull(),
    kind: text().notNull(),
    category: text().notNull(),
    name: text().notNull(),
    /**
     * The name with every character doubled (猪肉档 → 猪猪肉肉档档), for its trigram index: pg_trgm looks up
     * three-character grams, which a two-character fragment (most Chinese name searches: 猪肉, 粮油) does not
     * have, while its doubled form does (猪猪肉肉: 猪猪肉, 猪肉肉). Stored, so that checking a candidate row
     * reads it instead of computing it.
     */
    doubledName: text()
      .notNull()
      .generatedAlwaysAs(sql`regexp_replace(name, '(.)', '\\1\\1', 'g')`),
    creditCode: char({ length: 18 }),
    divisionCode: char({ length: 6 }).notNull(),
    address: text().notNull(),
    marketId: uuid(),
    stallNo: text(),
    legalRepresentative: text(),
    legalRepresentativeIdNumber: text(),
    contacts: jsonb().$type<Contact[]>().notNull().default([]),
    status: text().notNull().default('active'),
    licenceCount: integer().notNull().default(0),
    nearestExpiry: date({ mode: 'string' }),
    version: integer().notNull().default(1),
    createdAt: instant().notNull(),
    updatedAt: instant().notNull(),
  },
  (t) => [
    uniqueIndex('subjects_file_no_key').on(t.fileNo),
    uniqueIndex('subjects_credit_code_key').on(t.creditCode),
    // Lists come in division order, then file number; each filter's index leads with the filter and then
    // follows that order, so a page reads only its own rows and a capped count stops at the cap.
    index('subjects_division_idx').on(t.divisionCode, t.fileNo),
    index('subjects_kind_idx').on(t.kind, t.divisionCode, t.fileNo),
    index('subjects_category_idx').on(t.category, t.divisionCode, t.fileNo),
    index('subjects_unlicensed_idx')
      .on(t.divisionCode, t.fileNo)
      .where(sql`${t.licenceCount} = 0`),
    index('subjects_nearest_expiry_idx').on(t.nearestExpiry),
    index('subjects_market_idx').on(t.marketId),
    // Without fastupdate, a write goes straight into the index: a pending list would be read by every search
    // until a vacuum cleared it (PGlite never runs one).
    index('subjects_doubled_name_trgm_idx')
      .using('gin', sql`${t.doubledName} gin_trgm_ops`)
      .with({ fastupdate: false }),
    foreignKey({ columns: [t.marketId], foreignColumns: [t.id], name: 'subjects_market_fk' }),
  ],
);

/** The last serial number given per division and kind, so file numbers stay short and readable. */
export const subjectFileCounters = pgTable(
  'subject_file_counters',
  {
    divisionCode: char({ length: 6 }).notNull(),
    kind: text().notNull(),
    lastSerial: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.divisionCode, t.kind] })],
);

/** Licences and qualifications; distributed by subject_id. */
export const subjectLicences = pgTable(
  'subject_licences',
  {
    subjectId: uuid()
      .notNull()
      .references(() => subjects.id),
    id: uuid().notNull().$defaultFn(newId),
    kind: text().notNull(),
    number: text().notNull(),
    issuer: text(),
    issuedOn: date({ mode: 'string' }).notNull(),
    expiresOn: date({ mode: 'string' }),
    scope: text(),
    createdAt: instant().notNull(),
    updatedAt: instant().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.subjectId, t.id] }),
    uniqueIndex('subject_licences_number_key').on(t.subjectId, t.kind, t.number),
    index('subject_licences_number_idx').on(t.number),
  ],
);

/** Scans and photos of licences; distributed by subject_id, bytes kept beside their metadata. */
export const subjectAttachments = pgTable(
  'subject_attachments',
  {
    subjectId: uuid()
      .notNull()
      .references(() => subjects.id),
    id: uuid().notNull().$defaultFn(newId),
    licenceId: uuid(),
    filename: text().notNull(),
    contentType: text().notNull(),
    size: bigint({ mode: 'number' }).notNull(),
    sha256: char({ length: 64 }).notNull(),
    content: bytea().notNull(),
    createdAt: instant().notNull(),
    createdBy: uuid(),
  },
  (t) => [
    primaryKey({ columns: [t.subjectId, t.id] }),
    foreignKey({
      columns: [t.subjectId, t.licenceId],
      foreignColumns: [subjectLicences.subjectId, subjectLicences.id],
      name: 'subject_attachments_licence_fk',
    }).onDelete('set null'),
  ],
);
