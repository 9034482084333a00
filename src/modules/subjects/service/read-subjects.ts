import { requireUser } from '../../../kernel/authorize.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { notFound } from '../../../kernel/errors.ts';
import { divisionIndex } from '../../divisions/service.ts';
import {
  CATEGORIES_BY_KIND,
  type HistoryList,
  type PublicSubjectView,
  type SubjectKind,
  type SubjectList,
  type SubjectListQuery,
  type SubjectStats,
  type SubjectView,
} from '../contract.ts';
import { FILE_NO_PATTERN } from '../file-number.ts';
import { creatableKinds, subjectScope } from '../policy.ts';
import { presentHistoryEntry, presentPublicSubject, presentSubject, presentSummary } from '../present.ts';
import { findSubjectByFileNo, listAttachments, listLicences, listSubjectHistory, searchSubjects, subjectCounts } from '../queries.ts';
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

/** A page of the subjects in the caller's scope that match the filters. */
export async function listSubjects(ctx: Ctx, query: SubjectListQuery): Promise<SubjectList> {
  const actor = requireUser(ctx.actor);
  const scope = actor ? subjectScope(actor) : ({ type: 'all' } as const);
  const { rows, total } = await searchSubjects(ctx.db, scope, query, todayOf(ctx));
  const present = await presentContextFor(ctx, rows);
  return { items: rows.map((row) => presentSummary(row, present)), total, page: query.page, pageSize: query.pageSize };
}

/** Counts for the caller's scope: the dashboard's first figures. */
export async function getSubjectStats(ctx: Ctx): Promise<SubjectStats> {
  const actor = requireUser(ctx.actor);
  const scope = actor ? subjectScope(actor) : ({ type: 'all' } as const);
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
  if (!row || row.status === 'closed') throw notFound('subject');
  const [licences, present] = await Promise.all([listLicences(ctx.db, row.id), presentContextFor(ctx, [row])]);
  return presentPublicSubject(row, licences, present);
}

/** The kinds of subject the caller may open files for, so the web shows only the buttons that will work. */
export function creatableSubjectKinds(ctx: Ctx): SubjectKind[] {
  const actor = requireUser(ctx.actor);
  return actor ? creatableKinds(actor) : (Object.keys(CATEGORIES_BY_KIND) as SubjectKind[]);
}
