import { describe, expect, it } from 'vitest';
import { divisionLevel, divisionRange, isWithinDivision, parentDivision } from './scope.ts';

describe('division arithmetic (GB/T 2260)', () => {
  it('reads the level and parent from the code', () => {
    expect(divisionLevel('440000')).toBe(1);
    expect(divisionLevel('440100')).toBe(2);
    expect(divisionLevel('440106')).toBe(3);
    expect(parentDivision('440106')).toBe('440100');
    expect(parentDivision('440100')).toBe('440000');
    expect(parentDivision('440000')).toBeNull();
  });

  it('gives a city every district, a district only itself', () => {
    expect(divisionRange('440100')).toEqual({ from: '440100', to: '440199' });
    expect(isWithinDivision('440106', '440100')).toBe(true);
    expect(isWithinDivision('440106', '440000')).toBe(true);
    expect(isWithinDivision('440111', '440106')).toBe(false);
    expect(isWithinDivision('440306', '440100')).toBe(false);
  });
});
