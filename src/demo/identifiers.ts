import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter } from '../modules/subjects/credit-code.ts';
import type { Random } from './random.ts';

/** Registration prefixes of GB 32100: 91 company, 92 individual business, 93 cooperative, 12 public institution. */
export type CreditPrefix = '91' | '92' | '93' | '12';

/** Makes credit codes with a correct check character, never the same one twice. */
export class CreditCodes {
  private readonly issued = new Set<string>();

  constructor(private readonly random: Random) {}

  next(prefix: CreditPrefix, divisionCode: string): string {
    for (;;) {
      let body = `${prefix}${divisionCode}`;
      for (let i = 0; i < 9; i++) body += this.random.pick([...CREDIT_CODE_ALPHABET.slice(0, i < 8 ? 10 : 31)]);
      const code = body + creditCodeCheckCharacter(body);
      if (!this.issued.has(code)) {
        this.issued.add(code);
        return code;
      }
    }
  }
}

/** Serial numbers per key (division and licence type), as licensing offices hand them out. */
export class Serials {
  private readonly last = new Map<string, number>();

  next(key: string): number {
    const n = (this.last.get(key) ?? 0) + 1;
    this.last.set(key, n);
    return n;
  }

  entries(): IterableIterator<[string, number]> {
    return this.last.entries();
  }
}

/** Food business licence: JY + business type + division + 6-digit serial + check digit. */
export function foodBusinessLicence(type: 1 | 2 | 3, divisionCode: string, serial: number, random: Random): string {
  return `JY${type}${divisionCode}${String(serial).padStart(6, '0')}${random.digits(1)}`;
}

/** Food production licence: SC + 3-digit food category + division + 4-digit serial + check digit. */
export function foodProductionLicence(category: string, divisionCode: string, serial: number, random: Random): string {
  return `SC${category}${divisionCode}${String(serial % 10000).padStart(4, '0')}${random.digits(1)}`;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A resident identity number (GB 11643) with its ISO 7064 MOD 11-2 check character. */
export function residentIdNumber(divisionCode: string, random: Random): string {
  const birth = `${random.int(1960, 2000)}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}`;
  const body = `${divisionCode}${birth}${random.digits(3)}`;
  const sum = [...body].reduce((s, c, i) => s + Number(c) * ID_WEIGHTS[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

export function mobileNumber(random: Random): string {
  return `1${random.pick(['35', '36', '37', '38', '39', '50', '58', '59', '86', '88', '33', '53', '80', '89'])}${random.digits(8)}`;
}
