import type { LicenceKind } from './contract.ts';

/**
 * Licence numbers as the licensing rules define them.
 * - Food business licence (食品经营许可证): `JY` + 14 digits: business type (1 sale, 2 catering,
 *   3 unit canteen), 6-digit division code, 6-digit serial, 1 check digit.
 * - Food production licence (食品生产许可证): `SC` + 14 digits: 3-digit food category (starting 1
 *   for foods, 2 for food additives), 6-digit division code, 4-digit serial, 1 check digit.
 * - Business licence (营业执照): its number is the unified social credit code.
 * The check-digit algorithms of JY and SC numbers are not published, so only the form is checked.
 */
export function licenceNumberProblem(kind: LicenceKind, number: string): string | null {
  switch (kind) {
    case 'food_business':
      if (!/^JY\d{14}$/.test(number)) return 'a food business licence number is JY followed by 14 digits';
      if (!'123'.includes(number[2]!)) return 'the first digit after JY is the business type: 1, 2 or 3';
      return null;
    case 'food_production':
      if (!/^SC\d{14}$/.test(number)) return 'a food production licence number is SC followed by 14 digits';
      if (!'12'.includes(number[2]!)) return 'the first digit after SC is 1 (food) or 2 (food additive)';
      return null;
    default:
      return null;
  }
}
