import { type Reason, reason } from '../../kernel/errors.ts';
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
export function licenceNumberProblem(kind: LicenceKind, number: string): Reason | null {
  switch (kind) {
    case 'food_business':
      if (!/^JY\d{14}$/.test(number))
        return reason('a food business licence number is JY followed by 14 digits', '食品经营许可证编号应为 JY 加 14 位数字');
      if (!'123'.includes(number[2]!))
        return reason('the first digit after JY is the business type: 1, 2 or 3', 'JY 后第一位是主体业态代码：1、2 或 3');
      return null;
    case 'food_production':
      if (!/^SC\d{14}$/.test(number))
        return reason('a food production licence number is SC followed by 14 digits', '食品生产许可证编号应为 SC 加 14 位数字');
      if (!'12'.includes(number[2]!))
        return reason('the first digit after SC is 1 (food) or 2 (food additive)', 'SC 后第一位应为 1（食品）或 2（食品添加剂）');
      return null;
    default:
      return null;
  }
}
