import { type Reason, reason } from '../../kernel/errors.ts';

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
export function creditCodeProblem(code: string): Reason | null {
  if (code.length !== 18) return reason(`must be 18 characters, got ${code.length}`, `应为 18 位，实为 ${code.length} 位`);
  for (let i = 0; i < 18; i++) {
    if (!CREDIT_CODE_ALPHABET.includes(code[i]!)) {
      return reason(
        `character ${i + 1} “${code[i]}” is not allowed (digits and capitals except I, O, S, V, Z)`,
        `第 ${i + 1} 位“${code[i]}”不合规（只能是数字和除 I、O、S、V、Z 外的大写字母）`,
      );
    }
  }
  if (!/^[0-9]{6}$/.test(code.slice(2, 8))) {
    return reason('characters 3–8 must be the registering division’s six-digit code', '第 3–8 位应为登记机关的六位行政区划代码');
  }
  const expected = creditCodeCheckCharacter(code);
  if (code[17] !== expected) {
    return reason(`check character is wrong: expected ${expected}, got ${code[17]}`, `校验码错误：应为 ${expected}，实为 ${code[17]}`);
  }
  return null;
}
