import { and, asc, between, count, desc, eq, gt, ilike, inArray, isNull, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { subjectAudit } from '../../kernel/audit-tables.ts';
import { divisionRange } from '../../kernel/scope.ts';
import { addDays } from '../../lib/dates.ts';
import type { SubjectLicenceStatus, SubjectListQuery } from './contract.ts';
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

export function listSubjectHistory(db: Executor, subjectId: string, limit = 200) {
  return db
    .select()
    .from(subjectAudit)
    .where(eq(subjectAudit.subjectId, subjectId))
    .orderBy(desc(subjectAudit.at), desc(subjectAudit.id))
    .limit(limit);
}

function scopeCondition(scope: SubjectScope): SQL | undefined {
  switch (scope.type) {
    case 'all':
      return undefined;
    case 'division': {
      const { from, to } = divisionRange(scope.code);
      return between(subjects.divisionCode, from, to);
    }
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
      return eq(subjects.licenceCount, 0);
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

/** The where-clause of a subject search: scope first, then every filter the user set. */
function searchCondition(
  scope: SubjectScope,
  filter: Omit<SubjectListQuery, 'page' | 'pageSize'>,
  today: string,
  codeMatches: string[] | null,
) {
  const conditions: (SQL | undefined)[] = [scopeCondition(scope)];
  const q = filter.q?.trim();
  if (codeMatches) {
    conditions.push(codeMatches.length > 0 ? inArray(subjects.id, codeMatches) : sql`false`);
  } else if (q) {
    // Chinese has no case: plain LIKE, which the trigram index serves; ILIKE only when Latin letters are typed.
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(/[a-z]/i.test(q) ? ilike(subjects.name, pattern) : like(subjects.name, pattern));
  }
  if (filter.kind) conditions.push(eq(subjects.kind, filter.kind));
  if (filter.category) conditions.push(eq(subjects.category, filter.category));
  if (filter.divisionCode) {
    const { from, to } = divisionRange(filter.divisionCode);
    conditions.push(between(subjects.divisionCode, from, to));
  }
  if (filter.marketId) conditions.push(eq(subjects.marketId, filter.marketId));
  if (filter.licenceStatus) conditions.push(licenceStatusCondition(filter.licenceStatus, today));
  return and(...conditions);
}

/** Subjects whose file number, credit code or a licence number is exactly this code: three index lookups. */
async function subjectIdsByCode(db: Executor, code: string): Promise<string[]> {
  const rows = await db
    .select({ id: subjects.id })
    .from(subjects)
    .where(eq(subjects.fileNo, code))
    .union(db.select({ id: subjects.id }).from(subjects).where(eq(subjects.creditCode, code)))
    .union(db.select({ id: subjectLicences.subjectId }).from(subjectLicences).where(eq(subjectLicences.number, code)));
  return rows.map((r) => r.id);
}

/** One page of a search, in file-number order (which is division order), with the total. */
export async function searchSubjects(db: Executor, scope: SubjectScope, query: SubjectListQuery, today: string) {
  const code = query.q?.trim();
  const codeMatches = code && CODE_LIKE.test(code) ? await subjectIdsByCode(db, code.toUpperCase()) : null;
  const where = searchCondition(scope, query, today, codeMatches);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(subjects)
      .where(where)
      .orderBy(asc(subjects.fileNo))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(subjects).where(where),
  ]);
  return { rows, total: total!.n };
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
