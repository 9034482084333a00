import type { SubjectKind } from './contract.ts';

const KIND_LETTER: Record<SubjectKind, string> = { market: 'M', merchant: 'S', supplier: 'P', catering: 'C' };

/**
 * A subject's file number: the division it was registered in, a letter for its kind and a serial,
 * e.g. 440106S000123. It never changes, even when the subject moves, because it is printed on signs.
 */
export function formatFileNo(divisionCode: string, kind: SubjectKind, serial: number): string {
  return `${divisionCode}${KIND_LETTER[kind]}${String(serial).padStart(6, '0')}`;
}

export const FILE_NO_PATTERN = /^\d{6}[MSPC]\d{6,}$/;
