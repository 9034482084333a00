import type { Tx } from '../../../db/client.ts';
import { uniqueViolation } from '../../../db/errors.ts';
import { auditSubjects } from '../audit.ts';
import { authorize, may } from '../../../kernel/authorize.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { AppError, FieldErrors, forbidden, reason, validationFailed } from '../../../kernel/errors.ts';
import { withTx } from '../../../kernel/tx.ts';
import { divisionIndex } from '../../divisions/service.ts';
import type { LicenceInput, SubjectCreate, SubjectKind, SubjectUpdate, SubjectView } from '../contract.ts';
import { formatFileNo } from '../file-number.ts';
import { subjectMessages } from '../messages.ts';
import { creatableKinds, subjectActions } from '../policy.ts';
import {
  insertLicences,
  marketHasStalls,
  insertSubject,
  nextFileSerial,
  refreshLicenceSummary,
  type SubjectRow,
  updateSubjectAtVersion,
} from '../queries.ts';
import { DUPLICATE_CREDIT_CODE, checkLicence, checkSubjectDraft } from '../validate.ts';
import { loadSubjectFor, subjectSnapshot, todayOf } from './common.ts';
import { getSubject } from './read-subjects.ts';
import { licenceRowsFrom } from './licences.ts';

/** An optional code left empty or blank is no code. */
const normalizeCode = (code: string | null | undefined) => code?.trim().toUpperCase() || null;

/** Rethrows a lost race on a unique credit code as the same 400 the pre-check gives. */
function rethrowDuplicate(error: unknown): never {
  if (uniqueViolation(error) === 'subjects_credit_code_key') {
    throw validationFailed([{ path: 'creditCode', reason: DUPLICATE_CREDIT_CODE }]);
  }
  throw error;
}

function checkLicenceList(licences: LicenceInput[], today: string, errors: FieldErrors): void {
  const seen = new Set<string>();
  licences.forEach((licence, i) => {
    checkLicence(licence, `licences/${i}/`, today, errors);
    const key = `${licence.kind}:${licence.number.trim()}`;
    if (seen.has(key)) errors.add(`licences/${i}/number`, reason('listed twice', '重复填写'));
    seen.add(key);
  });
}

/** Opens a file for a new subject with its licences, gives it a file number, and audits it; all or nothing. */
export async function createSubject(ctx: Ctx, input: SubjectCreate): Promise<SubjectView> {
  const { actor } = ctx;
  const draft = {
    id: '',
    kind: input.kind,
    category: input.category,
    creditCode: normalizeCode(input.creditCode),
    divisionCode: input.divisionCode.trim(),
    marketId: input.marketId ?? null,
    stallNo: input.stallNo?.trim() || null,
  };
  // Nobody learns from validation what they could never open: a kind they may not create is refused first.
  if (!creatableKinds(actor).includes(draft.kind)) authorize(actor, subjectActions.create, draft);

  const errors = new FieldErrors();
  const today = todayOf(ctx);
  const market = await checkSubjectDraft(ctx.db, draft, await divisionIndex(ctx.db), errors, {
    canSeeMarket: (m) => may(actor, subjectActions.read, m),
  });
  const licences = input.licences ?? [];
  checkLicenceList(licences, today, errors);
  errors.throwIfAny();
  // Where is checked on a valid draft, so an unknown division is a 400, not a 403.
  authorize(actor, subjectActions.create, draft);

  const now = ctx.clock.now();
  const id = await withTx(ctx, async (tx) => {
    const serial = await nextFileSerial(tx, draft.divisionCode, draft.kind);
    const row = await insertSubject(tx, {
      fileNo: formatFileNo(draft.divisionCode, draft.kind, serial),
      kind: draft.kind,
      category: draft.category,
      name: input.name.trim(),
      creditCode: draft.creditCode,
      divisionCode: draft.divisionCode,
      address: input.address.trim(),
      marketId: market?.id ?? null,
      stallNo: draft.stallNo,
      legalRepresentative: input.legalRepresentative?.trim() || null,
      legalRepresentativeIdNumber: input.legalRepresentativeIdNumber ?? null,
      contacts: input.contacts ?? [],
      createdAt: now,
      updatedAt: now,
    }).catch(rethrowDuplicate);
    const licenceRows = await insertLicences(tx, licenceRowsFrom(row.id, licences, now));
    if (licenceRows.length > 0) await refreshLicenceSummary(tx, row.id, now);
    await auditSubjects(tx, ctx, [
      {
        subjectId: row.id,
        divisionCode: row.divisionCode,
        recordType: 'subject',
        recordId: row.id,
        action: 'subject.create',
        before: null,
        after: subjectSnapshot(row),
      },
      ...licenceRows.map((l) => ({
        subjectId: row.id,
        divisionCode: row.divisionCode,
        recordType: 'licence',
        recordId: l.id,
        action: 'licence.create' as const,
        before: null,
        after: { kind: l.kind, number: l.number, issuedOn: l.issuedOn, expiresOn: l.expiresOn },
      })),
    ]);
    return row.id;
  });
  return getSubject(ctx, id);
}

const CONTACT_FIELDS = new Set(['contacts']);

/** Changes a subject's file if nobody changed it since `version`; contacts alone need less permission. */
export async function updateSubject(ctx: Ctx, id: string, input: SubjectUpdate): Promise<SubjectView> {
  const row = await loadSubjectFor(ctx, id, 'read');
  const { version, ...changes } = input;
  const fields = Object.keys(changes) as (keyof typeof changes)[];
  const contactsOnly = fields.every((f) => CONTACT_FIELDS.has(f));
  const { actor } = ctx;
  authorize(actor, contactsOnly ? subjectActions.updateContacts : subjectActions.update, row);
  const next: SubjectRow = {
    ...row,
    ...changes,
    creditCode: 'creditCode' in changes ? normalizeCode(changes.creditCode) : row.creditCode,
    divisionCode: changes.divisionCode?.trim() ?? row.divisionCode,
    stallNo: 'stallNo' in changes ? changes.stallNo?.trim() || null : row.stallNo,
    name: changes.name?.trim() ?? row.name,
    address: changes.address?.trim() ?? row.address,
  };
  // Where it moves to must be within the editor's reach too.
  if (!contactsOnly && !may(actor, subjectActions.update, next)) throw forbidden(subjectMessages.moveOutsideJurisdiction);

  if (!contactsOnly) {
    const errors = new FieldErrors();
    await checkSubjectDraft(ctx.db, { ...next, kind: row.kind as SubjectKind }, await divisionIndex(ctx.db), errors, {
      selfId: row.id,
      // Its current market stays acceptable even when the editor cannot open the market's own file.
      canSeeMarket: (m) => m.id === row.marketId || may(actor, subjectActions.read, m),
    });
    if (row.kind === 'market' && next.divisionCode !== row.divisionCode && (await marketHasStalls(ctx.db, row.id))) {
      errors.add(
        'divisionCode',
        reason('a market with stalls keeps its division: its stalls are registered there', '市场内已有摊位登记，不能变更区划'),
      );
    }
    errors.throwIfAny();
  }

  const now = ctx.clock.now();
  await withTx(ctx, async (tx: Tx) => {
    const updated = await updateSubjectAtVersion(tx, row.id, version, {
      name: next.name,
      category: next.category,
      creditCode: next.creditCode,
      divisionCode: next.divisionCode,
      address: next.address,
      marketId: next.marketId,
      stallNo: next.stallNo,
      status: next.status,
      legalRepresentative: next.legalRepresentative,
      legalRepresentativeIdNumber: next.legalRepresentativeIdNumber,
      contacts: next.contacts,
      updatedAt: now,
    }).catch(rethrowDuplicate);
    if (!updated) throw new AppError('version_conflict', subjectMessages.versionConflict);
    await auditSubjects(tx, ctx, {
      subjectId: row.id,
      divisionCode: updated.divisionCode,
      recordType: 'subject',
      recordId: row.id,
      action: 'subject.update',
      before: subjectSnapshot(row),
      after: subjectSnapshot(updated),
    });
  });
  return getSubject(ctx, row.id);
}
