import { and, asc, between, count, desc, eq, gt, ilike, inArray, isNull, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { listAuditTrail } from '../../kernel/audit.ts';
import { divisionRange } from '../../kernel/scope.ts';
import { addDays } from '../../lib/dates.ts';
import { SUBJECT_LIST_COUNT_CAP, type SubjectLicenceStatus, type SubjectListQuery } from './contract.ts';
import { EXPIRING_WITHIN_DAYS } from './licence-status.ts';
import type { SubjectScope } from './policy.ts';
import { subjectAttachments, subjectFileCounters, subjectLicences, subjects } from './tables.ts';

export type SubjectRow = typeof subjects.$inferSelect;
export type SubjectInsert = typeof subjects.$inferInsert;
export type LicenceRow = typeof subjectLicences.$inferSelect;
export type AttachmentMeta = Omit<typeof subjectAttachments.$inferSelect, 'content'>;

export async function findSubjectById(db: Executor, id: string): Promise<SubjectRow | undefined> {
  const [row] = await db.select().from(subjects).where(eq(subjects.id, id));
  return row;
}

export async function findSubjectByFileNo(db: Executor, fileNo: string): Promise<SubjectRow | undefined> {
  const [row] = await db.select().from(subjects).where(eq(subjects.fileNo, fileNo));
  return row;
}

export async function findSubjectIdByCreditCode(db: Executor, creditCode: string): Promise<string | undefined> {
  const [row] = await db.select({ id: subjects.id }).from(subjects).where(eq(subjects.creditCode, creditCode));
  return row?.id;
}

export async function marketHasStalls(db: Executor, marketId: string): Promise<boolean> {
  const [row] = await db.select({ id: subjects.id }).from(subjects).where(eq(subjects.marketId, marketId)).limit(1);
  return row !== undefined;
}

/** Names of several subjects in one query (markets on a list page, subjects of accounts). */
export async function subjectNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: subjects.id, name: subjects.name }).from(subjects).where(inArray(subjects.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Takes the next file serial for a division and kind; the row lock serialises concurrent creates. */
export async function nextFileSerial(tx: Tx, divisionCode: string, kind: string): Promise<number> {
  const [row] = await tx
    .insert(subjectFileCounters)
    .values({ divisionCode, kind, lastSerial: 1 })
    .onConflictDoUpdate({
      target: [subjectFileCounters.divisionCode, subjectFileCounters.kind],
      set: { lastSerial: sql`${subjectFileCounters.lastSerial} + 1` },
    })
    .returning({ serial: subjectFileCounters.lastSerial });
  return row!.serial;
}

export async function insertSubject(tx: Tx, row: SubjectInsert): Promise<SubjectRow> {
  const [inserted] = await tx.insert(subjects).values(row).returning();
  return inserted!;
}

/** Applies a change only if nobody changed the row since `version` was read; undefined otherwise. */
export async function updateSubjectAtVersion(
  tx: Tx,
  id: string,
  version: number,
  patch: Partial<SubjectInsert>,
): Promise<SubjectRow | undefined> {
  const [row] = await tx
    .update(subjects)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(subjects.id, id), eq(subjects.version, version)))
    .returning();
  return row;
}

export function listLicences(db: Executor, subjectId: string): Promise<LicenceRow[]> {
  return db
    .select()
    .from(subjectLicences)
    .where(eq(subjectLicences.subjectId, subjectId))
    .orderBy(asc(subjectLicences.kind), asc(subjectLicences.issuedOn));
}

export async function findLicence(db: Executor, subjectId: string, id: string): Promise<LicenceRow | undefined> {
  const [row] = await db
    .select()
    .from(subjectLicences)
    .where(and(eq(subjectLicences.subjectId, subjectId), eq(subjectLicences.id, id)));
  return row;
}

export async function insertLicences(tx: Tx, rows: (typeof subjectLicences.$inferInsert)[]): Promise<LicenceRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(subjectLicences).values(rows).returning();
}

export async function updateLicence(tx: Tx, subjectId: string, id: string, patch: Partial<LicenceRow>): Promise<LicenceRow> {
  const [row] = await tx
    .update(subjectLicences)
    .set(patch)
    .where(and(eq(subjectLicences.subjectId, subjectId), eq(subjectLicences.id, id)))
    .returning();
  return row!;
}

export async function deleteLicence(tx: Tx, subjectId: string, id: string): Promise<void> {
  await tx.delete(subjectLicences).where(and(eq(subjectLicences.subjectId, subjectId), eq(subjectLicences.id, id)));
}

/**
 * Copies the licence count and earliest expiry onto the subject, computed here and written as values
 * (a subquery in UPDATE would not run on a sharded cluster).
 */
export async function refreshLicenceSummary(tx: Tx, subjectId: string, updatedAt: Date): Promise<void> {
  const [summary] = await tx
    .select({ n: count(), nearest: sql<string | null>`min(${subjectLicences.expiresOn})::text` })
    .from(subjectLicences)
    .where(eq(subjectLicences.subjectId, subjectId));
  await tx
    .update(subjects)
    .set({ licenceCount: summary!.n, nearestExpiry: summary!.nearest, updatedAt, version: sql`${subjects.version} + 1` })
    .where(eq(subjects.id, subjectId));
}

export async function insertAttachment(tx: Tx, row: typeof subjectAttachments.$inferInsert): Promise<AttachmentMeta> {
  const { content: _content, ...meta } = (await tx.insert(subjectAttachments).values(row).returning())[0]!;
  return meta;
}

const attachmentMetaColumns = {
  subjectId: subjectAttachments.subjectId,
  id: subjectAttachments.id,
  licenceId: subjectAttachments.licenceId,
  filename: subjectAttachments.filename,
  contentType: subjectAttachments.contentType,
  size: subjectAttachments.size,
  sha256: subjectAttachments.sha256,
  createdAt: subjectAttachments.createdAt,
  createdBy: subjectAttachments.createdBy,
};

export function listAttachments(db: Executor, subjectId: string): Promise<AttachmentMeta[]> {
  return db
    .select(attachmentMetaColumns)
    .from(subjectAttachments)
    .where(eq(subjectAttachments.subjectId, subjectId))
    .orderBy(desc(subjectAttachments.createdAt));
}

export async function findAttachment(db: Executor, subjectId: string, id: string) {
  const [row] = await db
    .select()
    .from(subjectAttachments)
    .where(and(eq(subjectAttachments.subjectId, subjectId), eq(subjectAttachments.id, id)));
  return row;
}

export function listSubjectHistory(db: Executor, subjectId: string) {
  return listAuditTrail(db, { subjectId, room: 'subjects' });
}

/** Equality for a district, so the planner knows its index rows come in file-number order; a range above. */
function withinDivision(code: string): SQL {
  const { from, to } = divisionRange(code);
  return from === to ? eq(subjects.divisionCode, from) : between(subjects.divisionCode, from, to);
}

function scopeCondition(scope: SubjectScope): SQL | undefined {
  switch (scope.type) {
    case 'all':
      return undefined;
    case 'division':
      return withinDivision(scope.code);
    case 'market':
      return or(eq(subjects.id, scope.marketId), eq(subjects.marketId, scope.marketId));
    case 'subject':
      return eq(subjects.id, scope.subjectId);
    case 'none':
      return sql`false`;
  }
}

function licenceStatusCondition(status: SubjectLicenceStatus, today: string): SQL {
  const soon = addDays(today, EXPIRING_WITHIN_DAYS);
  switch (status) {
    case 'none':
      // A literal, not a parameter, so that the partial index on unlicensed subjects visibly applies.
      return sql`${subjects.licenceCount} = 0`;
    case 'expired':
      return and(gt(subjects.licenceCount, 0), lt(subjects.nearestExpiry, today))!;
    case 'expiring':
      return between(subjects.nearestExpiry, today, soon);
    case 'valid':
      return and(gt(subjects.licenceCount, 0), or(isNull(subjects.nearestExpiry), gt(subjects.nearestExpiry, soon)))!;
  }
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** What a file number, credit code or licence number looks like: letters, digits and dashes with at least one digit, no Chinese. */
const CODE_LIKE = /^(?=.*\d)[0-9A-Za-z-]{6,}$/;

export type SubjectFilter = Omit<SubjectListQuery, 'page' | 'pageSize' | 'after'>;

/** The where-clause of a subject search but for `q`: scope first, then every filter the user set. */
function filterCondition(scope: SubjectScope, filter: SubjectFilter, today: string) {
  const conditions: (SQL | undefined)[] = [scopeCondition(scope)];
  if (filter.kind) conditions.push(eq(subjects.kind, filter.kind));
  if (filter.category) conditions.push(eq(subjects.category, filter.category));
  if (filter.divisionCode) conditions.push(withinDivision(filter.divisionCode));
  if (filter.marketId) conditions.push(eq(subjects.marketId, filter.marketId));
  if (filter.licenceStatus) conditions.push(licenceStatusCondition(filter.licenceStatus, today));
  return and(...conditions);
}

/** Chinese has no case: ILIKE only when Latin letters are typed. */
function containing(column: typeof subjects.name | typeof subjects.doubledName, fragment: string): SQL {
  const pattern = `%${escapeLike(fragment)}%`;
  return /[a-z]/i.test(fragment) ? ilike(column, pattern) : like(column, pattern);
}

const idsCondition = (ids: string[]) => (ids.length > 0 ? inArray(subjects.id, ids) : sql`false`);

/**
 * Subjects whose file number, credit code or a licence number is exactly this code: three index lookups,
 * made first so that the search then sees the ids as values (as a subquery, the planner cannot tell it is small).
 */
async function subjectIdsByCode(db: Executor, code: string): Promise<string[]> {
  const rows = await db
    .select({ id: subjects.id })
    .from(subjects)
    .where(eq(subjects.fileNo, code))
    .union(db.select({ id: subjects.id }).from(subjects).where(eq(subjects.creditCode, code)))
    .union(db.select({ id: subjectLicences.subjectId }).from(subjectLicences).where(eq(subjectLicences.number, code)));
  return rows.map((r) => r.id);
}

/** Where a list page ends, in the list's order; the next page starts after it. */
export interface SubjectListPosition {
  divisionCode: string;
  fileNo: string;
}

export interface SubjectSearch extends SubjectFilter {
  page: number;
  pageSize: number;
  /** Keyset paging: the rows after this position (then `page` is 1). */
  after: SubjectListPosition | null;
  /** How far to count (tests use a small cap). */
  countCap?: number;
}

const afterPosition = ({ divisionCode, fileNo }: SubjectListPosition) =>
  sql`(${subjects.divisionCode}, ${subjects.fileNo}) > (${divisionCode}, ${fileNo})`;

/** How many rows match, counted to one past the cap and no further: the limit lets the scan stop there. */
function countUpTo(db: Executor, where: SQL | undefined, cap: number) {
  const matches = db
    .select({ one: sql`1`.as('one') })
    .from(subjects)
    .where(where)
    .limit(cap + 1)
    .as('matches');
  return db.select({ n: count() }).from(matches);
}

type SubjectKey = SubjectListPosition & { id: string };

/** The list's order on keys made of ASCII digits and letters, which every collation sorts by byte, as JavaScript does. */
function inListOrder(a: SubjectListPosition, b: SubjectListPosition): number {
  if (a.divisionCode !== b.divisionCode) return a.divisionCode < b.divisionCode ? -1 : 1;
  if (a.fileNo !== b.fileNo) return a.fileNo < b.fileNo ? -1 : 1;
  return 0;
}

/**
 * The keys of up to `limit` subjects among `within` whose name has the fragment, found through the trigram index on
 * the doubled name (the doubled fragment is in the doubled name exactly when the fragment is in the name). The
 * planner is kept to bitmaps of indexes: it cannot tell how a fragment spreads over a scope (农业发展 is common among
 * suppliers out of town and absent from the city), and a scan it expects to stop early would then read the table.
 */
function nameMatchKeys(db: Executor, fragment: string, within: SQL | undefined, limit: number): Promise<SubjectKey[]> {
  const doubled = Array.from(fragment, (c) => c + c).join('');
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`);
    return tx
      .select({ id: subjects.id, divisionCode: subjects.divisionCode, fileNo: subjects.fileNo })
      .from(subjects)
      .where(and(within, containing(subjects.doubledName, doubled)))
      .limit(limit);
  });
}

/** A page cut from the keys of every match, so that only the page's own rows are read. */
async function pageOfKeys(db: Executor, keys: SubjectKey[], search: SubjectSearch) {
  const sorted = [...keys].sort(inListOrder);
  const after = search.after;
  const start = after ? sorted.filter((key) => inListOrder(key, after) <= 0).length : (search.page - 1) * search.pageSize;
  const onPage = sorted.slice(start, start + search.pageSize);
  const ids = onPage.map((key) => key.id);
  const rows = ids.length > 0 ? await db.select().from(subjects).where(inArray(subjects.id, ids)) : [];
  rows.sort(inListOrder);
  const last = onPage.at(-1);
  const next = sorted.length > start + search.pageSize && last ? { divisionCode: last.divisionCode, fileNo: last.fileNo } : null;
  return { rows, next, total: keys.length, totalIsExact: true };
}

/**
 * One page of a search in division order, then file number (the same as file-number order unless a subject
 * moved), which is the order of the division index and of every filter's index, so that a page reads only its
 * own rows; with where the next page starts, and the total counted up to a cap.
 *
 * A name fragment first collects the keys of its matches through the trigram index, up to the cap; when that is
 * all of them, the page is cut from the keys. A fragment with more matches is common enough for the page to walk
 * the list's order past them, testing the name with a LIKE that no index serves, so that the planner walks.
 */
export async function searchSubjects(db: Executor, scope: SubjectScope, search: SubjectSearch, today: string) {
  const cap = search.countCap ?? SUBJECT_LIST_COUNT_CAP;
  const filters = filterCondition(scope, search, today);
  const q = search.q?.trim();
  const isCode = q !== undefined && CODE_LIKE.test(q);
  // One character has no gram to look up.
  if (q && !isCode && Array.from(q).length > 1) {
    const keys = await nameMatchKeys(db, q, filters, cap + 1);
    if (keys.length <= cap) return pageOfKeys(db, keys, search);
  }
  let narrowing: SQL | undefined;
  if (q) narrowing = isCode ? idsCondition(await subjectIdsByCode(db, q.toUpperCase())) : containing(subjects.name, q);
  const where = and(filters, narrowing);
  const offset = (search.page - 1) * search.pageSize;
  // The count rides along with the page, so that a list is one round trip.
  const fetched = await db
    .select({ subject: subjects, matching: sql<number>`(${countUpTo(db, where, cap)})`.mapWith(Number) })
    .from(subjects)
    .where(search.after ? and(where, afterPosition(search.after)) : where)
    .orderBy(asc(subjects.divisionCode), asc(subjects.fileNo))
    .limit(search.pageSize + 1) // one more than asked says whether another page follows
    .offset(offset);
  const rows = fetched.slice(0, search.pageSize).map((r) => r.subject);
  const last = rows.at(-1);
  const next = fetched.length > search.pageSize && last ? { divisionCode: last.divisionCode, fileNo: last.fileNo } : null;
  // A last numbered page tells the total itself, unless it is empty past the end.
  if (!search.after && !next && (rows.length > 0 || offset === 0)) {
    return { rows, next, total: offset + rows.length, totalIsExact: true };
  }
  // A page past the end carries no count, so it asks for one.
  const matching = fetched[0]?.matching ?? (await countUpTo(db, where, cap))[0]!.n;
  return { rows, next, total: Math.min(matching, cap), totalIsExact: matching <= cap };
}

/** Counts by kind, by district and by licence status within a scope. */
export async function subjectCounts(db: Executor, scope: SubjectScope, today: string) {
  const where = scopeCondition(scope);
  const soon = addDays(today, EXPIRING_WITHIN_DAYS);
  const status = sql<SubjectLicenceStatus>`case
    when ${subjects.licenceCount} = 0 then 'none'
    when ${subjects.nearestExpiry} < ${today} then 'expired'
    when ${subjects.nearestExpiry} <= ${soon} then 'expiring'
    else 'valid' end`;
  const [byKind, byDivision, byStatus] = await Promise.all([
    db.select({ kind: subjects.kind, n: count() }).from(subjects).where(where).groupBy(subjects.kind),
    db.select({ code: subjects.divisionCode, n: count() }).from(subjects).where(where).groupBy(subjects.divisionCode),
    db.select({ status, n: count() }).from(subjects).where(where).groupBy(sql.raw('1')),
  ]);
  return { byKind, byDivision, byStatus };
}

export async function countAllSubjects(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(subjects);
  return row!.n;
}
