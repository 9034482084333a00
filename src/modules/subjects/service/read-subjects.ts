import { requireSignedIn } from '../../../kernel/authorize.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { FieldErrors, notFound, reason } from '../../../kernel/errors.ts';
import { divisionIndex } from '../../divisions/service.ts';
import {
  SUBJECT_LIST_COUNT_CAP,
  type HistoryList,
  type PublicSubjectView,
  type SubjectList,
  type SubjectListQuery,
  type SubjectRoomAbilities,
  type SubjectStats,
  type SubjectView,
} from '../contract.ts';
import { FILE_NO_PATTERN } from '../file-number.ts';
import { subjectMessages } from '../messages.ts';
import { creatableKinds, subjectScope } from '../policy.ts';
import { presentHistoryEntry, presentPublicSubject, presentSubject, presentSummary } from '../present.ts';
import {
  countAllSubjects,
  findSubjectByFileNo,
  listAttachments,
  listLicences,
  listSubjectHistory,
  searchSubjects,
  subjectCounts,
  type SubjectListPosition,
} from '../queries.ts';
import { loadSubjectFor, presentContextFor, todayOf } from './common.ts';

/** A subject's whole file as the caller may see it; 404 outside their scope. */
export async function getSubject(ctx: Ctx, id: string): Promise<SubjectView> {
  const row = await loadSubjectFor(ctx, id, 'read');
  const [licences, attachments, present] = await Promise.all([
    listLicences(ctx.db, row.id),
    listAttachments(ctx.db, row.id),
    presentContextFor(ctx, [row]),
  ]);
  return presentSubject(row, { licences, attachments }, ctx.actor, { ...present, publicUrl: ctx.publicUrl });
}

/** A list cursor is the position of a page's last row, encoded so that clients take it as opaque. */
const encodeListCursor = ({ divisionCode, fileNo }: SubjectListPosition) => Buffer.from(`${divisionCode}.${fileNo}`).toString('base64url');

function decodeListCursor(cursor: string): SubjectListPosition | null {
  const [divisionCode = '', fileNo = '', ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('.');
  const position = { divisionCode, fileNo };
  // Node's decoder skips what is not base64url, so only a cursor that encodes back to itself is one we gave.
  const isOurs = rest.length === 0 && /^\d{6}$/.test(divisionCode) && FILE_NO_PATTERN.test(fileNo) && encodeListCursor(position) === cursor;
  return isOurs ? position : null;
}

/** Where the asked page starts, after checking it is one a list answers: a cursor we gave, or a page within the count. */
function checkListPaging(query: SubjectListQuery): SubjectListPosition | null {
  const errors = new FieldErrors();
  const after = query.after === undefined ? null : decodeListCursor(query.after);
  if (query.after !== undefined && !after) {
    errors.add(
      'after',
      reason('not a cursor this list gave: pass the `next` of a previous answer', '不是本列表给出的游标：请传入上一页返回的 next'),
    );
  }
  if (query.after !== undefined && query.page > 1) {
    errors.add('page', reason('page with either page or after, not both', 'page 与 after 只能用其一'));
  } else if ((query.page - 1) * query.pageSize >= SUBJECT_LIST_COUNT_CAP) {
    errors.add(
      'page',
      reason(
        `numbered pages reach the first ${SUBJECT_LIST_COUNT_CAP} subjects: go on with after, the next of the previous answer`,
        `按页码翻页只到前 ${SUBJECT_LIST_COUNT_CAP} 条，之后请把上一页返回的 next 作为 after 继续`,
      ),
    );
  }
  errors.throwIfAny();
  return after;
}

/**
 * A page of the subjects in the caller's scope that match the filters, by number or after a cursor, with the
 * cursor of the page that follows and the total counted up to a cap.
 */
export async function listSubjects(ctx: Ctx, query: SubjectListQuery): Promise<SubjectList> {
  requireSignedIn(ctx.actor);
  const scope = subjectScope(ctx.actor);
  const after = checkListPaging(query);
  const { rows, next, total, totalIsExact } = await searchSubjects(ctx.db, scope, { ...query, after }, todayOf(ctx));
  const present = await presentContextFor(ctx, rows);
  return {
    items: rows.map((row) => presentSummary(row, present)),
    total,
    totalIsExact,
    page: query.page,
    pageSize: query.pageSize,
    next: next && encodeListCursor(next),
  };
}

/** Counts for the caller's scope: the dashboard's first figures. */
export async function getSubjectStats(ctx: Ctx): Promise<SubjectStats> {
  requireSignedIn(ctx.actor);
  const scope = subjectScope(ctx.actor);
  const [counts, divisions] = await Promise.all([subjectCounts(ctx.db, scope, todayOf(ctx)), divisionIndex(ctx.db)]);
  return {
    byKind: counts.byKind.map((r) => ({ kind: r.kind as SubjectStats['byKind'][number]['kind'], count: r.n })),
    byLicenceStatus: counts.byStatus.map((r) => ({ status: r.status, count: r.n })),
    byDivision: counts.byDivision
      .map((r) => ({ divisionCode: r.code, divisionName: divisions.nameOf(r.code), count: r.n }))
      .sort((a, b) => a.divisionCode.localeCompare(b.divisionCode)),
  };
}

/** Who changed what on a subject's file, newest first. */
export async function getSubjectHistory(ctx: Ctx, id: string): Promise<HistoryList> {
  const row = await loadSubjectFor(ctx, id, 'viewHistory');
  const entries = await listSubjectHistory(ctx.db, row.id);
  return { items: entries.map(presentHistoryEntry) };
}

/** What a scan of the subject's QR code shows; anyone may read it. */
export async function getPublicSubject(ctx: Ctx, fileNo: string): Promise<PublicSubjectView> {
  const row = FILE_NO_PATTERN.test(fileNo) ? await findSubjectByFileNo(ctx.db, fileNo) : undefined;
  if (!row || row.status === 'closed') throw notFound(subjectMessages.subject);
  const [licences, present] = await Promise.all([listLicences(ctx.db, row.id), presentContextFor(ctx, [row])]);
  return presentPublicSubject(row, licences, present);
}

/** What the caller may start in this room, for /me: the kinds of file they may open, so the web shows only buttons that work. */
export async function getSubjectAbilities(ctx: Ctx): Promise<SubjectRoomAbilities> {
  return { createSubjectKinds: creatableKinds(ctx.actor) };
}

/** How many subject files the platform holds (the demo's "already seeded?" check). */
export async function countSubjects(ctx: Ctx): Promise<number> {
  requireSignedIn(ctx.actor);
  return countAllSubjects(ctx.db);
}
