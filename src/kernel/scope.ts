/** Jurisdiction maths on GB/T 2260 codes: six digits, two each for province, city and district. */

export type DivisionLevel = 1 | 2 | 3;

export function divisionLevel(code: string): DivisionLevel {
  if (code.endsWith('0000')) return 1;
  if (code.endsWith('00')) return 2;
  return 3;
}

export function parentDivision(code: string): string | null {
  const level = divisionLevel(code);
  if (level === 1) return null;
  if (level === 2) return `${code.slice(0, 2)}0000`;
  return `${code.slice(0, 4)}00`;
}

/**
 * The inclusive code range a division covers, for `BETWEEN` (which uses the index under every
 * collation, where `LIKE '4401%'` does not).
 */
export function divisionRange(code: string): { from: string; to: string } {
  const level = divisionLevel(code);
  if (level === 1) return { from: code, to: `${code.slice(0, 2)}9999` };
  if (level === 2) return { from: code, to: `${code.slice(0, 4)}99` };
  return { from: code, to: code };
}

export function isWithinDivision(code: string, scope: string): boolean {
  const { from, to } = divisionRange(scope);
  return code >= from && code <= to;
}
