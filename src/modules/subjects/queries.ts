import { and, asc, between, count, desc, eq, gt, ilike, inArray, isNull, like, lt, or, sql, type SQL } from 'drizzle-orm';
import { type Executor, queryRows, type Tx } from '../../db/client.ts';
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

/** Lists come in division order, then file number: the same as file-number order unless a subject moved. */
const LIST_ORDER = [asc(subjects.divisionCode), asc(subjects.fileNo)];

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

interface SubjectPage {
  rows: SubjectRow[];
  next: SubjectListPosition | null;
  total: number;
  totalIsExact: boolean;
}

/**
 * A page in the list's order, which the division index and every filter's index follow, so that reading it stops
 * after its own rows. The total is counted up to the cap along with the page, so that a list is one round trip,
 * unless the caller knows it, or knows that the matches are a few ids which one page holds and tells the number of.
 */
async function pageInOrder(
  db: Executor,
  where: SQL | undefined,
  search: SubjectSearch,
  cap: number,
  total: Pick<SubjectPage, 'total' | 'totalIsExact'> | 'count along' | 'few ids' = 'count along',
): Promise<SubjectPage> {
  const offset = (search.page - 1) * search.pageSize;
  const knownTotal = typeof total === 'object' ? total : undefined;
  const matching = total === 'count along' ? sql<number>`(${countUpTo(db, where, cap)})`.mapWith(Number) : sql<null>`null`;
  const fetched = await db
    .select({ subject: subjects, matching })
    .from(subjects)
    .where(search.after ? and(where, afterPosition(search.after)) : where)
    .orderBy(...LIST_ORDER)
    .limit(search.pageSize + 1) // one more than asked says whether another page follows
    .offset(offset);
  const rows = fetched.slice(0, search.pageSize).map((r) => r.subject);
  const last = rows.at(-1);
  const next = fetched.length > search.pageSize && last ? { divisionCode: last.divisionCode, fileNo: last.fileNo } : null;
  // A last numbered page tells the total itself, unless it is empty past the end.
  if (!search.after && !next && (rows.length > 0 || offset === 0)) {
    return { rows, next, total: offset + rows.length, totalIsExact: true };
  }
  if (knownTotal) return { rows, next, ...knownTotal };
  // Without a count along (and a page past the end carries none), it asks for one.
  const counted = fetched[0]?.matching ?? (await countUpTo(db, where, cap))[0]!.n;
  return { rows, next, total: Math.min(counted, cap), totalIsExact: counted <= cap };
}

/** Sets which plans the planner may make, until the transaction ends. */
function allowPlans(tx: Executor, paths: Partial<Record<'seqscan' | 'indexscan' | 'bitmapscan' | 'sort', boolean>>) {
  const settings = Object.entries(paths).map(([path, isOn]) => sql`set_config(${`enable_${path}`}, ${isOn ? 'on' : 'off'}, true)`);
  return tx.execute(sql`select ${sql.join(settings, sql`, `)}`);
}

/**
 * The keys of a page among the first `cap + 1` matches, and how many matches that is, in one answer of a few
 * rows (at least one, which carries the count): within the cap, the keys are the page; past it, the matches go on.
 */
async function keysOfPage(db: Executor, where: SQL, search: SubjectSearch, cap: number) {
  const after = search.after && sql`where (division_code, file_no) > (${search.after.divisionCode}, ${search.after.fileNo})`;
  const offset = (search.page - 1) * search.pageSize;
  const rows = await queryRows<{ id: string | null; division_code: string; file_no: string; matching: number }>(
    db,
    sql`with matches as (select ${subjects.id}, ${subjects.divisionCode}, ${subjects.fileNo} from ${subjects} where ${where} limit ${cap + 1})
      select page.id, page.division_code, page.file_no, counted.matching
      from (select count(*)::int as matching from matches) counted
      left join lateral (
        select * from matches ${after ?? sql``} order by division_code, file_no limit ${search.pageSize + 1} offset ${offset}
      ) page on true`,
  );
  const keys = rows.flatMap((r) => (r.id === null ? [] : [{ id: r.id, divisionCode: r.division_code, fileNo: r.file_no }]));
  return { keys, matching: rows[0]!.matching };
}

/**
 * A page of the subjects whose name has a fragment of two characters or more. Its matches are found up to the cap
 * through the trigram index on the doubled name (the doubled fragment is in the doubled name exactly when the
 * fragment is in the name) or a scan of the table, whichever the planner prefers, and when that is all of them
 * the page is sorted from them. Past the cap, the fragment is common in the scope, and the page walks the list's
 * order, soon meeting enough of them. The planner is kept from walking an index past a rare fragment: it cannot
 * tell how a fragment spreads over a scope (农业发展 is common among suppliers out of town and absent from the
 * city), and it expects to meet matches soon where there are none.
 */
function searchByName(db: Executor, fragment: string, filters: SQL | undefined, search: SubjectSearch, cap: number) {
  const doubled = Array.from(fragment, (c) => c + c).join('');
  return db.transaction(async (tx): Promise<SubjectPage> => {
    await allowPlans(tx, { indexscan: false });
    const { keys, matching } = await keysOfPage(tx, and(filters, containing(subjects.doubledName, doubled))!, search, cap);
    if (matching > cap) {
      await allowPlans(tx, { indexscan: true, seqscan: false, bitmapscan: false, sort: false });
      return pageInOrder(tx, and(filters, containing(subjects.name, fragment)), search, cap, { total: cap, totalIsExact: false });
    }
    const onPage = keys.slice(0, search.pageSize);
    const ids = onPage.map((key) => key.id);
    const rows =
      ids.length > 0
        ? await tx
            .select()
            .from(subjects)
            .where(inArray(subjects.id, ids))
            .orderBy(...LIST_ORDER)
        : [];
    const last = onPage.at(-1);
    const next = keys.length > search.pageSize && last ? { divisionCode: last.divisionCode, fileNo: last.fileNo } : null;
    return { rows, next, total: matching, totalIsExact: true };
  });
}

/** One page of a search in the list's order, with where the next page starts and the total counted up to a cap. */
export async function searchSubjects(db: Executor, scope: SubjectScope, search: SubjectSearch, today: string) {
  const cap = search.countCap ?? SUBJECT_LIST_COUNT_CAP;
  const filters = filterCondition(scope, search, today);
  const q = search.q?.trim();
  if (!q) return pageInOrder(db, filters, search, cap);
  if (CODE_LIKE.test(q)) {
    return pageInOrder(db, and(filters, idsCondition(await subjectIdsByCode(db, q.toUpperCase()))), search, cap, 'few ids');
  }
  // One character has no gram for the trigram index to look up.
  if (Array.from(q).length === 1) return pageInOrder(db, and(filters, containing(subjects.name, q)), search, cap);
  return searchByName(db, q, filters, search, cap);
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
