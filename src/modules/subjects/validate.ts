import type { Executor } from '../../db/client.ts';
import { type FieldErrors, reason } from '../../kernel/errors.ts';
import { isCalendarDate } from '../../lib/dates.ts';
import type { DivisionIndex } from '../divisions/service.ts';
import { CATEGORIES_BY_KIND, type LicenceInput, type SubjectKind } from './contract.ts';
import { creditCodeProblem } from './credit-code.ts';
import { licenceNumberProblem } from './licence-number.ts';
import { findSubjectById, findSubjectIdByCreditCode, type SubjectRow } from './queries.ts';

export const DUPLICATE_CREDIT_CODE = reason('another subject already has this credit code', '已有其他主体使用该统一社会信用代码');
const NOT_A_DATE = reason('not a calendar date (YYYY-MM-DD)', '不是有效日期（YYYY-MM-DD）');
export const unknownDivision = (code: string) => reason(`unknown division code ${code}`, `未知的行政区划代码 ${code}`);

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
    const allowed = CATEGORIES_BY_KIND[draft.kind].join(', ');
    errors.add('category', reason(`a ${draft.kind} is one of: ${allowed}`, `该类型的类别只能是：${allowed}`));
  }

  if (draft.creditCode !== null) {
    const problem = creditCodeProblem(draft.creditCode);
    if (problem) errors.add('creditCode', problem);
    else {
      const holder = await findSubjectIdByCreditCode(db, draft.creditCode);
      if (holder && holder !== options.selfId) errors.add('creditCode', DUPLICATE_CREDIT_CODE);
    }
  }

  const division = divisions.get(draft.divisionCode);
  if (!/^\d{6}$/.test(draft.divisionCode))
    errors.add('divisionCode', reason('must be a six-digit GB/T 2260 code', '应为六位行政区划代码（GB/T 2260）'));
  else if (!division) errors.add('divisionCode', unknownDivision(draft.divisionCode));
  else if (division.level === 1)
    errors.add('divisionCode', reason('name the city or district, not the province', '请选择到市或区县，而不是省'));

  let market: SubjectRow | undefined;
  if (draft.kind === 'merchant') {
    if (!draft.marketId)
      errors.add('marketId', reason('a merchant belongs to a market: choose one', '市场经营户必须隶属于一个市场，请选择'));
    else {
      const found = await findSubjectById(db, draft.marketId);
      if (!found || found.kind !== 'market' || !options.canSeeMarket(found))
        errors.add('marketId', reason('no such market', '没有这个市场'));
      else if (found.divisionCode !== draft.divisionCode) {
        errors.add(
          'divisionCode',
          reason(`a stall is in its market’s division (${found.divisionCode})`, `摊位须与所在市场同一区划（${found.divisionCode}）`),
        );
      } else market = found;
    }
  } else {
    if (draft.marketId) errors.add('marketId', reason('only merchants belong to a market', '只有市场经营户隶属于市场'));
    if (draft.stallNo) errors.add('stallNo', reason('only merchants have a stall number', '只有市场经营户有摊位号'));
  }
  return market;
}

/** Checks one licence: the number's legal form for its kind, real dates, expiry not before issue. */
export function checkLicence(input: LicenceInput, path: string, today: string, errors: FieldErrors): void {
  const number = input.number.trim();
  const creditProblem = input.kind === 'business_licence' ? creditCodeProblem(number) : null;
  const problem = creditProblem
    ? reason(`a business licence number is the credit code: ${creditProblem.en}`, `营业执照编号即统一社会信用代码：${creditProblem.zh}`)
    : licenceNumberProblem(input.kind, number);
  if (problem) errors.add(`${path}number`, problem);

  const issuedOk = isCalendarDate(input.issuedOn);
  if (!issuedOk) errors.add(`${path}issuedOn`, NOT_A_DATE);
  else if (input.issuedOn > today) errors.add(`${path}issuedOn`, reason('the issue date is in the future', '发证日期不能晚于今天'));

  if (input.expiresOn != null) {
    if (!isCalendarDate(input.expiresOn)) errors.add(`${path}expiresOn`, NOT_A_DATE);
    else if (issuedOk && input.expiresOn < input.issuedOn)
      errors.add(`${path}expiresOn`, reason('the expiry date is before the issue date', '有效期至不能早于发证日期'));
  }
}
