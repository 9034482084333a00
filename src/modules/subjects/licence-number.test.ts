import { describe, expect, it } from 'vitest';
import { licenceNumberProblem } from './licence-number.ts';
import { licenceStatus, subjectLicenceStatus } from './licence-status.ts';

describe('licence numbers', () => {
  it('accepts JY and SC numbers of the legal form', () => {
    expect(licenceNumberProblem('food_business', 'JY14401060012345')).toBeNull();
    expect(licenceNumberProblem('food_business', 'JY34401180000017')).toBeNull();
    expect(licenceNumberProblem('food_production', 'SC10144011300011')).toBeNull();
  });

  it('refuses numbers of the wrong form, with the rule', () => {
    expect(licenceNumberProblem('food_business', 'JY1440106001234')?.en).toMatch(/JY followed by 14 digits/);
    expect(licenceNumberProblem('food_business', 'SC14401060012345')?.en).toMatch(/JY followed by 14 digits/);
    expect(licenceNumberProblem('food_business', 'JY94401060012345')?.en).toMatch(/business type/);
    expect(licenceNumberProblem('food_production', 'SC1014401130001')?.en).toMatch(/SC followed by 14 digits/);
    expect(licenceNumberProblem('food_production', 'SC50144011300011')?.en).toMatch(/food additive/);
  });
});

describe('licence status', () => {
  const today = '2026-11-23';
  it('is expired after the expiry day, expiring within 30 days, valid beyond or when long-term', () => {
    expect(licenceStatus('2026-11-22', today)).toBe('expired');
    expect(licenceStatus('2026-11-23', today)).toBe('expiring');
    expect(licenceStatus('2026-12-23', today)).toBe('expiring');
    expect(licenceStatus('2026-12-24', today)).toBe('valid');
    expect(licenceStatus(null, today)).toBe('valid');
  });

  it('takes a subject’s worst licence, and none without licences', () => {
    expect(subjectLicenceStatus(0, null, today)).toBe('none');
    expect(subjectLicenceStatus(2, null, today)).toBe('valid');
    expect(subjectLicenceStatus(2, '2026-01-01', today)).toBe('expired');
  });
});
