import type { Executor } from '../../db/client.ts';
import type { FieldErrors } from '../../kernel/errors.ts';
import { isCalendarDate } from '../../lib/dates.ts';
import type { DivisionIndex } from '../divisions/service.ts';
import { CATEGORIES_BY_KIND, type LicenceInput, type SubjectKind } from './contract.ts';
import { creditCodeProblem } from './credit-code.ts';
import { licenceNumberProblem } from './licence-number.ts';
import { findSubjectById, findSubjectIdByCreditCode, type SubjectRow } from './queries.ts';

/** The identity fields of a subject as they will be after a create or an update. */
export interface SubjectDraft {
  kind: SubjectKind;
  category: string;
  creditCode: string | null;
  divisionCode: string;
  marketId: string | null;
  stallNo: string | null;
}

/**
 * Checks a subject's identity against the law's identifier rules and the archive, adding every
 * problem to `errors`; returns the market row for a merchant (undefined when none or invalid).
 */
export async function checkSubjectDraft(
  db: Executor,
  draft: SubjectDraft,
  divisions: DivisionIndex,
  errors: FieldErrors,
  options: { selfId?: string; canSeeMarket: (market: SubjectRow) => boolean },
): Promise<SubjectRow | undefined> {
  if (!(CATEGORIES_BY_KIND[draft.kind] as readonly string[]).includes(draft.category)) {
    errors.add('category', `a ${draft.kind} is one of: ${CATEGORIES_BY_KIND[draft.kind].join(', ')}`);
  }

  if (draft.creditCode !== null) {
    const problem = creditCodeProblem(draft.creditCode);
    if (problem) errors.add('creditCode', problem);
    else {
      const holder = await findSubjectIdByCreditCode(db, draft.creditCode);
      if (holder && holder !== options.selfId) errors.add('creditCode', 'another subject already has this credit code');
    }
  }

  const division = divisions.get(draft.divisionCode);
  if (!/^\d{6}$/.test(draft.divisionCode)) errors.add('divisionCode', 'must be a six-digit GB/T 2260 code');
  else if (!division) errors.add('divisionCode', `unknown division code ${draft.divisionCode}`);
  else if (division.level === 1) errors.add('divisionCode', 'name the city or district, not the province');

  let market: SubjectRow | undefined;
  if (draft.kind === 'merchant') {
    if (!draft.marketId) errors.add('marketId', 'a merchant belongs to a market: choose one');
    else {
      const found = await findSubjectById(db, draft.marketId);
      if (!found || found.kind !== 'market' || !options.canSeeMarket(found)) errors.add('marketId', 'no such market');
      else if (found.divisionCode !== draft.divisionCode) {
        errors.add('divisionCode', `a stall is in its market’s division (${found.divisionCode})`);
      } else market = found;
    }
  } else {
    if (draft.marketId) errors.add('marketId', 'only merchants belong to a market');
    if (draft.stallNo) errors.add('stallNo', 'only merchants have a stall number');
  }
  return market;
}

/** Checks one licence: the number's legal form for its kind, real dates, expiry not before issue. */
export function checkLicence(input: LicenceInput, path: string, today: string, errors: FieldErrors): void {
  const number = input.number.trim();
  const problem =
    input.kind === 'business_licence'
      ? creditCodeProblem(number) && `a business licence number is the credit code: ${creditCodeProblem(number)}`
      : licenceNumberProblem(input.kind, number);
  if (problem) errors.add(`${path}number`, problem);

  const issuedOk = isCalendarDate(input.issuedOn);
  if (!issuedOk) errors.add(`${path}issuedOn`, 'not a calendar date (YYYY-MM-DD)');
  else if (input.issuedOn > today) errors.add(`${path}issuedOn`, 'the issue date is in the future');

  if (input.expiresOn != null) {
    if (!isCalendarDate(input.expiresOn)) errors.add(`${path}expiresOn`, 'not a calendar date (YYYY-MM-DD)');
    else if (issuedOk && input.expiresOn < input.issuedOn) errors.add(`${path}expiresOn`, 'the expiry date is before the issue date');
  }
}
