/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
 * 31-character alphabet (no I, O, S, V, Z); characters 3–8 are the registering division's code and
 * the 18th is a check character over the first 17 (weights 3^(i-1) mod 31).
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters (which must be in the alphabet). */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Why a code is not a valid credit code, or null when it is. Lower case is not accepted: codes are printed in capitals. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return `must be 18 characters, got ${code.length}`;
  for (let i = 0; i < 18; i++) {
    if (!CREDIT_CODE_ALPHABET.includes(code[i]!)) {
      return `character ${i + 1} “${code[i]}” is not allowed (digits and capitals except I, O, S, V, Z)`;
    }
  }
  if (!/^[0-9]{6}$/.test(code.slice(2, 8))) return 'characters 3–8 must be the registering division’s six-digit code';
  const expected = creditCodeCheckCharacter(code);
  if (code[17] !== expected) return `check character is wrong: expected ${expected}, got ${code[17]}`;
  return null;
}
