import type {
  Contact,
  SubjectCategory,
  SubjectCreate,
  SubjectKind,
  SubjectUpdate,
  SubjectView,
} from '../../../../../src/modules/subjects/contract.ts';
import type { SubjectStatus } from '../vocabulary.ts';
import { toLicenceInput, type LicenceFormValues } from './licence-fields.tsx';

/** What the subject form holds; blank inputs are undefined or '' until they are sent. */
export interface SubjectFormValues {
  kind: SubjectKind;
  category: SubjectCategory;
  name: string;
  status?: SubjectStatus;
  creditCode?: string;
  legalRepresentative?: string;
  legalRepresentativeIdNumber?: string;
  divisionCode: string;
  address: string;
  marketId?: string;
  stallNo?: string;
  contacts?: Array<Omit<Contact, 'role'> & { role?: string }>;
  licences?: LicenceFormValues[];
}

const blankToNull = (value: string | undefined | null) => value?.trim() || null;

function toContacts(values: SubjectFormValues): Contact[] {
  return (values.contacts ?? []).map((contact) => ({
    name: contact.name.trim(),
    role: contact.role?.trim() ?? '',
    phone: contact.phone.trim(),
  }));
}

/** The fields both a new and an edited file send. A market and stall belong to merchants only. */
function toEditable(values: SubjectFormValues) {
  const isMerchant = values.kind === 'merchant';
  return {
    category: values.category,
    name: values.name.trim(),
    creditCode: blankToNull(values.creditCode),
    divisionCode: values.divisionCode,
    address: values.address.trim(),
    marketId: isMerchant ? (values.marketId ?? null) : null,
    stallNo: isMerchant ? blankToNull(values.stallNo) : null,
    legalRepresentative: blankToNull(values.legalRepresentative),
    legalRepresentativeIdNumber: blankToNull(values.legalRepresentativeIdNumber),
    contacts: toContacts(values),
  };
}

export function toSubjectCreate(values: SubjectFormValues): SubjectCreate {
  return { kind: values.kind, ...toEditable(values), licences: (values.licences ?? []).map(toLicenceInput) };
}

export function toFormValues(subject: SubjectView): SubjectFormValues {
  return {
    kind: subject.kind,
    category: subject.category,
    name: subject.name,
    status: subject.status,
    creditCode: subject.creditCode ?? undefined,
    legalRepresentative: subject.legalRepresentative ?? undefined,
    legalRepresentativeIdNumber: subject.legalRepresentativeIdNumber ?? undefined,
    divisionCode: subject.divisionCode,
    address: subject.address,
    marketId: subject.marketId ?? undefined,
    stallNo: subject.stallNo ?? undefined,
    contacts: subject.contacts,
  };
}

/**
 * Only what the user changed goes out, with the version read. Fields the form did not show (a contacts-only
 * edit) or that this viewer cannot see (the ID number, hidden from market operators) are thus never blanked.
 */
export function toSubjectUpdate(values: Partial<SubjectFormValues>, subject: SubjectView): SubjectUpdate {
  const original = toFormValues(subject);
  const next = { ...toEditable({ ...original, ...values }), status: values.status ?? subject.status };
  const before: typeof next = { ...toEditable(original), status: subject.status };
  const changed = Object.fromEntries(
    Object.entries(next).filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(before[field as keyof typeof next])),
  ) as Partial<typeof next>;
  return { version: subject.version, ...changed };
}
