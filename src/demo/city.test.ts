import { describe, expect, it } from 'vitest';
import { creditCodeProblem } from '../modules/subjects/credit-code.ts';
import { licenceNumberProblem } from '../modules/subjects/licence-number.ts';
import { subjectLicenceStatus } from '../modules/subjects/licence-status.ts';
import { DEFAULT_CITY, generateCity } from './city.ts';
import { DISTRICTS } from './vocabulary.ts';

const city = generateCity(DEFAULT_CITY);
const count = (predicate: (s: (typeof city.subjects)[number]) => boolean) => city.subjects.filter(predicate).length;

describe('the demo city generator', () => {
  it('is Guangzhou-sized by default', () => {
    expect(count((s) => s.kind === 'market')).toBe(90);
    expect(count((s) => s.kind === 'merchant')).toBeGreaterThan(7000);
    expect(count((s) => s.kind === 'merchant')).toBeLessThan(9000);
    expect(count((s) => s.kind === 'supplier')).toBe(2000);
    expect(count((s) => s.kind === 'catering')).toBe(500);
    expect(count((s) => s.category === 'school_canteen')).toBeGreaterThan(50);
    expect(new Set(city.subjects.filter((s) => s.kind === 'market').map((s) => s.divisionCode))).toEqual(
      new Set(DISTRICTS.map((d) => d.code)),
    );
  });

  it('gives the same city for the same seed, and another for another seed', () => {
    expect(JSON.stringify(generateCity(DEFAULT_CITY))).toBe(JSON.stringify(city));
    expect(generateCity({ ...DEFAULT_CITY, seed: 'other' }).subjects[0]!.name).not.toBe(city.subjects[0]!.name);
  });

  it('grows with --scale', () => {
    const bigger = generateCity({ ...DEFAULT_CITY, scale: 2 });
    expect(bigger.subjects.length).toBeGreaterThan(city.subjects.length * 1.8);
  });

  it('issues valid, unique identifiers', () => {
    expect(city.subjects.filter((s) => creditCodeProblem(s.creditCode))).toEqual([]);
    expect(new Set(city.subjects.map((s) => s.creditCode)).size).toBe(city.subjects.length);
    expect(new Set(city.subjects.map((s) => s.fileNo)).size).toBe(city.subjects.length);
    expect(city.licences.filter((l) => licenceNumberProblem(l.kind, l.number))).toEqual([]);
    expect(city.licences.filter((l) => l.expiresOn !== null && l.expiresOn < l.issuedOn)).toEqual([]);
  });

  it('puts every merchant in a market of its own district', () => {
    const markets = new Map(city.subjects.filter((s) => s.kind === 'market').map((s) => [s.id, s]));
    for (const merchant of city.subjects.filter((s) => s.kind === 'merchant')) {
      expect(markets.get(merchant.marketId!)?.divisionCode).toBe(merchant.divisionCode);
    }
  });

  it('has some licences expired and some expiring, most valid', () => {
    const statuses = city.subjects.map((s) => subjectLicenceStatus(s.licenceCount, s.nearestExpiry, DEFAULT_CITY.asOf));
    const share = (status: string) => statuses.filter((s) => s === status).length / statuses.length;
    expect(share('expired')).toBeGreaterThan(0.02);
    expect(share('expiring')).toBeGreaterThan(0.02);
    expect(share('valid')).toBeGreaterThan(0.8);
  });
});
