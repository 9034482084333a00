import { isUuid } from '../../../lib/ids.ts';
import type { Tx } from '../../../db/client.ts';
import { uniqueViolation } from '../../../db/errors.ts';
import { auditSubjects } from '../audit.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { FieldErrors, notFound, reason, validationFailed } from '../../../kernel/errors.ts';
import { withTx } from '../../../kernel/tx.ts';
import { newId } from '../../../lib/ids.ts';
import type { Licence, LicenceInput, SubjectAuditAction } from '../contract.ts';
import { subjectMessages } from '../messages.ts';
import { presentLicence } from '../present.ts';
import {
  deleteLicence,
  findLicence,
  insertLicences,
  type LicenceRow,
  refreshLicenceSummary,
  type SubjectRow,
  updateLicence,
} from '../queries.ts';
import { checkLicence } from '../validate.ts';
import { licenceSnapshot, loadSubjectFor, todayOf } from './common.ts';

export function licenceRowsFrom(subjectId: string, inputs: LicenceInput[], now: Date) {
  return inputs.map((input) => ({
    subjectId,
    id: newId(),
    kind: input.kind,
    number: input.number.trim(),
    issuer: input.issuer?.trim() || null,
    issuedOn: input.issuedOn,
    expiresOn: input.expiresOn ?? null,
    scope: input.scope?.trim() || null,
    createdAt: now,
    updatedAt: now,
  }));
}

function rethrowDuplicate(error: unknown): never {
  if (uniqueViolation(error) === 'subject_licences_number_key') {
    throw validationFailed([
      { path: 'number', reason: reason('this subject already has a licence of this kind with this number', '该主体已有同类同号证照') },
    ]);
  }
  throw error;
}

function validated(ctx: Ctx, input: LicenceInput): void {
  const errors = new FieldErrors();
  checkLicence(input, '', todayOf(ctx), errors);
  errors.throwIfAny();
}

async function auditLicence(
  tx: Tx,
  ctx: Ctx,
  subject: SubjectRow,
  action: SubjectAuditAction,
  id: string,
  before: LicenceRow | null,
  after: LicenceRow | null,
) {
  await refreshLicenceSummary(tx, subject.id, ctx.clock.now());
  await auditSubjects(tx, ctx, {
    subjectId: subject.id,
    divisionCode: subject.divisionCode,
    recordType: 'licence',
    recordId: id,
    action,
    before: before && licenceSnapshot(before),
    after: after && licenceSnapshot(after),
  });
}

/** Adds a licence to a subject's file and refreshes its licence status, audited. */
export async function addLicence(ctx: Ctx, subjectId: string, input: LicenceInput): Promise<Licence> {
  const subject = await loadSubjectFor(ctx, subjectId, 'writeLicences');
  validated(ctx, input);
  const row = await withTx(ctx, async (tx) => {
    const [inserted] = await insertLicences(tx, licenceRowsFrom(subject.id, [input], ctx.clock.now())).catch(rethrowDuplicate);
    await auditLicence(tx, ctx, subject, 'licence.create', inserted!.id, null, inserted!);
    return inserted!;
  });
  return presentLicence(row, todayOf(ctx));
}

async function loadLicence(ctx: Ctx, subject: SubjectRow, licenceId: string): Promise<LicenceRow> {
  const row = isUuid(licenceId) ? await findLicence(ctx.db, subject.id, licenceId) : undefined;
  if (!row) throw notFound(subjectMessages.licence);
  return row;
}

/** Replaces a licence's details (a renewal, a correction), audited with before and after. */
export async function changeLicence(ctx: Ctx, subjectId: string, licenceId: string, input: LicenceInput): Promise<Licence> {
  const subject = await loadSubjectFor(ctx, subjectId, 'writeLicences');
  const before = await loadLicence(ctx, subject, licenceId);
  validated(ctx, input);
  const [fields] = licenceRowsFrom(subject.id, [input], ctx.clock.now());
  const { id: _id, createdAt: _createdAt, ...patch } = fields!;
  const row = await withTx(ctx, async (tx) => {
    const updated = await updateLicence(tx, subject.id, before.id, patch).catch(rethrowDuplicate);
    await auditLicence(tx, ctx, subject, 'licence.update', before.id, before, updated);
    return updated;
  });
  return presentLicence(row, todayOf(ctx));
}

/** Removes a licence (entered by mistake, or withdrawn); the history keeps what it was. */
export async function removeLicence(ctx: Ctx, subjectId: string, licenceId: string): Promise<void> {
  const subject = await loadSubjectFor(ctx, subjectId, 'writeLicences');
  const before = await loadLicence(ctx, subject, licenceId);
  await withTx(ctx, async (tx) => {
    await deleteLicence(tx, subject.id, before.id);
    await auditLicence(tx, ctx, subject, 'licence.delete', before.id, before, null);
  });
}
