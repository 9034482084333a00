import { addDays } from '../../lib/dates.ts';
import type { LicenceStatus, SubjectLicenceStatus } from './contract.ts';

/** Licences expiring within this many days are flagged. */
export const EXPIRING_WITHIN_DAYS = 30;

/** A licence's status on a given day; no expiry date means long-term. */
export function licenceStatus(expiresOn: string | null, today: string): LicenceStatus {
  if (expiresOn === null) return 'valid';
  if (expiresOn < today) return 'expired';
  if (expiresOn <= addDays(today, EXPIRING_WITHIN_DAYS)) return 'expiring';
  return 'valid';
}

/** A subject's status is its worst licence's: the earliest expiry decides. */
export function subjectLicenceStatus(licenceCount: number, nearestExpiry: string | null, today: string): SubjectLicenceStatus {
  return licenceCount === 0 ? 'none' : licenceStatus(nearestExpiry, today);
}
