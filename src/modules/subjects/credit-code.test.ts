import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, creditCodeProblem } from './credit-code.ts';

// Published codes of registered businesses (national enterprise credit information system) and the
// standard's own example.
const PUBLISHED = ['914403001922038216', '9144030071526726XG', '91330100716105852F', '91350100M000100Y43'];

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

  it('computes a check character of 0 when the weighted sum is a multiple of 31', () => {
    // Any body whose weighted sum ≡ 0 (mod 31) must get "0", not the 32nd character.
    const body = '00000000000000000';
    expect(creditCodeCheckCharacter(body)).toBe('0');
  });
});
