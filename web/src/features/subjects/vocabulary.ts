import type {
  CATEGORIES_BY_KIND,
  LicenceKind,
  SubjectCategory,
  SubjectKind,
  SubjectLicenceStatus,
  SubjectSummary,
} from '../../../../src/modules/subjects/contract.ts';
import { everyMember } from '../../lib/every-member.ts';

/** A copy of the server's CATEGORIES_BY_KIND (only its type may cross into the bundle); the type refuses any drift. */
export const categoriesByKind: typeof CATEGORIES_BY_KIND = {
  market: ['wholesale_market', 'farmers_market'],
  merchant: ['stall'],
  supplier: ['farm', 'wholesaler', 'producer', 'out_of_town_supplier'],
  catering: ['restaurant', 'canteen', 'school_canteen', 'central_kitchen'],
};

export const subjectKinds = everyMember<SubjectKind>()(['market', 'merchant', 'supplier', 'catering']);
export const subjectCategories: SubjectCategory[] = subjectKinds.flatMap((kind) => categoriesByKind[kind]);

export const licenceKinds = everyMember<LicenceKind>()([
  'food_business',
  'food_production',
  'business_licence',
  'health_certificate',
  'other',
]);

export const subjectLicenceStatuses = everyMember<SubjectLicenceStatus>()(['valid', 'expiring', 'expired', 'none']);

export type SubjectStatus = SubjectSummary['status'];
export const subjectStatuses = everyMember<SubjectStatus>()(['active', 'suspended', 'closed']);

/** Tag preset and chart colour for a licence status: valid green, expiring orange, expired red, none grey. */
export const licenceStatusColors: Record<SubjectLicenceStatus, { tag: string; chart: string }> = {
  valid: { tag: 'green', chart: '#52c41a' },
  expiring: { tag: 'orange', chart: '#fa8c16' },
  expired: { tag: 'red', chart: '#f5222d' },
  none: { tag: 'default', chart: '#bfbfbf' },
};

export const subjectStatusColors: Record<SubjectStatus, string> = {
  active: 'blue',
  suspended: 'orange',
  closed: 'default',
};
