import { isUuid } from '../../../lib/ids.ts';
import { authorize, requireSignedIn } from '../../../kernel/authorize.ts';
import { notFound } from '../../../kernel/errors.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { localDate } from '../../../lib/dates.ts';
import { divisionIndex } from '../../divisions/service.ts';
import { subjectMessages } from '../messages.ts';
import type { PresentContext } from '../present.ts';
import { subjectActions } from '../policy.ts';
import { findSubjectById, type LicenceRow, subjectNames, type SubjectRow } from '../queries.ts';

export const todayOf = (ctx: Ctx) => localDate(ctx.clock.now());

/** Loads a subject and authorizes the action on it: 404 when missing or out of scope, 403 when forbidden. */
export async function loadSubjectFor(ctx: Ctx, id: string, action: keyof typeof subjectActions): Promise<SubjectRow> {
  requireSignedIn(ctx.actor);
  const row = isUuid(id) ? await findSubjectById(ctx.db, id) : undefined;
  if (!row) throw notFound(subjectMessages.subject);
  authorize(ctx.actor, subjectActions[action], row);
  return row;
}

export async function presentContextFor(ctx: Ctx, rows: SubjectRow[]): Promise<PresentContext> {
  const [divisions, marketNames] = await Promise.all([
    divisionIndex(ctx.db),
    subjectNames(
      ctx.db,
      rows.flatMap((r) => (r.marketId ? [r.marketId] : [])),
    ),
  ]);
  return { divisions, marketNames, today: todayOf(ctx) };
}

const maskIdNumber = (value: string | null) => (value ? `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}` : null);

/** The audited fields of a subject; identity numbers are masked so the history can be shown widely. */
export function subjectSnapshot(row: SubjectRow): Record<string, unknown> {
  return {
    fileNo: row.fileNo,
    kind: row.kind,
    category: row.category,
    name: row.name,
    creditCode: row.creditCode,
    divisionCode: row.divisionCode,
    address: row.address,
    marketId: row.marketId,
    stallNo: row.stallNo,
    status: row.status,
    legalRepresentative: row.legalRepresentative,
    legalRepresentativeIdNumber: maskIdNumber(row.legalRepresentativeIdNumber),
    contacts: row.contacts,
  };
}

export function licenceSnapshot(row: LicenceRow): Record<string, unknown> {
  return {
    kind: row.kind,
    number: row.number,
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    scope: row.scope,
  };
}
