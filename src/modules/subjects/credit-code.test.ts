import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, creditCodeProblem } from './credit-code.ts';

// Published codes of registered businesses (national enterprise credit information system), the
// standard's own example, and published codes of other registrants: public institutions (12, Fudan and
// Zhejiang universities), a social organisation (51), a foundation (53) and individual businesses (92).
const PUBLISHED = [
  '914403001922038216',
  '9144030071526726XG',
  '91330100716105852F',
  '91350100M000100Y43',
  '12100000425006117P',
  '12100000470095016Q',
  '51310110501144395U',
  '53100000500019795A',
  '92350603MADUMPGH7P',
  '92210321MA0X2NE18L',
];

describe('unified social credit code (GB 32100)', () => {
  it.each(PUBLISHED)('accepts the published code %s', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
    expect(creditCodeCheckCharacter(code)).toBe(code[17]);
  });

  it('names the expected check character when it is wrong', () => {
    expect(creditCodeProblem('914403001922038217')?.en).toBe('check character is wrong: expected 6, got 7');
  });

  it('refuses the wrong length, letters outside the alphabet and a non-numeric division', () => {
    expect(creditCodeProblem('91440300192203821')?.en).toMatch(/18 characters, got 17/);
    expect(creditCodeProblem('91440300192203821I')?.en).toMatch(/character 18 “I” is not allowed/);
    expect(creditCodeProblem('9144O3001922038216')?.en).toMatch(/character 5 “O”/);
    expect(creditCodeProblem('91A40300192203821A')?.en).toMatch(/division/);
  });

  // Each has a correct check character: only the registration characters are wrong.
  it.each([
    ['U1520103512275681F', /^character 1 “U” is not a registration authority code/, /^第 1 位“U”不是登记管理部门代码/],
    ['9R510100MA3JG24P27', /^character 2 “R” is not an organisation type of industry and commerce \(9\): 1, 2, 3$/, /^第 2 位“R”/],
    ['YM310115MAXF057843', /^character 2 “M” is not an organisation type of other authorities \(Y\): 1$/, /^第 2 位“M”/],
  ])('refuses %s, naming the wrong registration character', (code, en, zh) => {
    expect(creditCodeCheckCharacter(code)).toBe(code[17]);
    const problem = creditCodeProblem(code);
    expect(problem?.en).toMatch(en);
    expect(problem?.zh).toMatch(zh);
  });

  it('knows each authority’s organisation types: 民政 has no type 4, 工商 no type 9', () => {
    const withCheck = (first17: string) => first17 + creditCodeCheckCharacter(first17);
    expect(creditCodeProblem(withCheck('51110000MJ0000001'))).toBeNull();
    expect(creditCodeProblem(withCheck('54110000MJ0000001'))?.en).toMatch(/character 2 “4”.*civil affairs \(5\): 1, 2, 3, 9/);
    expect(creditCodeProblem(withCheck('99110000MA0000001'))?.en).toMatch(/character 2 “9”/);
    expect(creditCodeProblem(withCheck('N2440106MF0000001'))).toBeNull();
  });

  it('computes a check character of 0 when the weighted sum is a multiple of 31', () => {
    // Any body whose weighted sum ≡ 0 (mod 31) must get "0", not the 32nd character.
    const body = '00000000000000000';
    expect(creditCodeCheckCharacter(body)).toBe('0');
  });
});
