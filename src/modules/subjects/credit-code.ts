import { type Reason, reason } from '../../kernel/errors.ts';

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
 * 31-character alphabet (no I, O, S, V, Z); character 1 is the registration authority
 * (登记管理部门代码), character 2 the organisation type within it (机构类别代码), characters 3–8 the
 * registering division's code and the 18th a check character over the first 17 (weights 3^(i-1) mod 31).
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

interface Authority {
  en: string;
  zh: string;
  /** The organisation-type codes it assigns, in order. */
  types: string;
}

/**
 * GB 32100-2015 Table 1 (统一代码登记管理部门代码和机构类别代码), with its amendments: twelve
 * registration authorities and the organisation types each assigns. The standard's own text was not
 * available here; the rows are read from several public implementations of it, which agree on every
 * row below. Unverified: two of them also give 工商 a type 9 (其他), which the rest lack, so it is
 * left out; village and residents' committees (基层群众性自治组织, coded since 2017) may carry a
 * type this table does not list.
 */
const AUTHORITIES: Record<string, Authority> = {
  '1': { en: 'staffing authorities', zh: '机构编制', types: '1239' }, // 机关, 事业单位, 中央编办直接管理机构编制的群众团体, 其他
  '2': { en: 'foreign affairs', zh: '外交', types: '19' }, // 外国常驻新闻机构, 其他
  '3': { en: 'justice administration', zh: '司法行政', types: '123459' }, // 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
  '4': { en: 'culture', zh: '文化', types: '19' }, // 外国在华文化中心, 其他
  '5': { en: 'civil affairs', zh: '民政', types: '1239' }, // 社会团体, 民办非企业单位, 基金会, 其他
  '6': { en: 'tourism', zh: '旅游', types: '129' }, // 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻内地（大陆）代表机构, 其他
  '7': { en: 'religious affairs', zh: '宗教', types: '129' }, // 宗教活动场所, 宗教院校, 其他
  '8': { en: 'trade unions', zh: '工会', types: '19' }, // 基层工会, 其他
  '9': { en: 'industry and commerce', zh: '工商', types: '123' }, // 企业, 个体工商户, 农民专业合作社
  A: { en: 'the Central Military Commission’s reform and staffing office', zh: '中央军委改革和编制办公室', types: '19' }, // 军队事业单位, 其他
  N: { en: 'agriculture', zh: '农业', types: '1239' }, // 组级、村级、乡镇级集体经济组织, 其他
  Y: { en: 'other authorities', zh: '其他', types: '1' },
};

const AUTHORITY_CODES = Object.keys(AUTHORITIES).join(', ');

/** The check character for the first 17 characters (which must be in the alphabet). */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Why the first two characters are not an assigned authority and organisation type, or null. */
function registrationProblem(code: string): Reason | null {
  const authority = AUTHORITIES[code[0]!];
  if (!authority) {
    return reason(
      `character 1 “${code[0]}” is not a registration authority code (${AUTHORITY_CODES})`,
      `第 1 位“${code[0]}”不是登记管理部门代码（${AUTHORITY_CODES}）`,
    );
  }
  if (!authority.types.includes(code[1]!)) {
    const types = [...authority.types].join(', ');
    return reason(
      `character 2 “${code[1]}” is not an organisation type of ${authority.en} (${code[0]}): ${types}`,
      `第 2 位“${code[1]}”不是${authority.zh}（${code[0]}）的机构类别代码（${types}）`,
    );
  }
  return null;
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
  const registration = registrationProblem(code);
  if (registration) return registration;
  if (!/^[0-9]{6}$/.test(code.slice(2, 8))) {
    return reason('characters 3–8 must be the registering division’s six-digit code', '第 3–8 位应为登记机关的六位行政区划代码');
  }
  const expected = creditCodeCheckCharacter(code);
  if (code[17] !== expected) {
    return reason(`check character is wrong: expected ${expected}, got ${code[17]}`, `校验码错误：应为 ${expected}，实为 ${code[17]}`);
  }
  return null;
}
