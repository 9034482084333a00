import { v7 } from 'uuid';
import { addDays } from '../lib/dates.ts';
import type { Contact, LicenceKind, SubjectKind } from '../modules/subjects/contract.ts';
import { formatFileNo } from '../modules/subjects/file-number.ts';
import {
  CreditCodes,
  type CreditPrefix,
  Serials,
  foodBusinessLicence,
  foodProductionLicence,
  mobileNumber,
  residentIdNumber,
} from './identifiers.ts';
import { Random } from './random.ts';
import {
  CANTEEN_HOSTS,
  CITY,
  DISHES,
  DISTRICTS,
  FARM_PRODUCE,
  FIRM_WORDS,
  GIVEN,
  MARKET_SUFFIXES,
  RESTAURANT_SUFFIXES,
  SCHOOL_LEVELS,
  SUPPLIER_ORIGINS,
  SURNAMES,
  TRADES,
  WHOLESALE_GOODS,
} from './vocabulary.ts';

export interface CityOptions {
  seed: string;
  /** 1 is Guangzhou-sized: 90 markets, ~8,000 merchants, ~2,000 suppliers, ~500 catering businesses. */
  scale: number;
  /** The day the city is "as of": licence dates are placed around it. */
  asOf: string;
}

export interface DemoSubject {
  id: string;
  fileNo: string;
  kind: SubjectKind;
  category: string;
  name: string;
  creditCode: string;
  divisionCode: string;
  address: string;
  marketId: string | null;
  stallNo: string | null;
  legalRepresentative: string;
  legalRepresentativeIdNumber: string;
  contacts: Contact[];
  licenceCount: number;
  nearestExpiry: string | null;
}

export interface DemoLicence {
  subjectId: string;
  id: string;
  kind: LicenceKind;
  number: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string | null;
  scope: string | null;
}

export interface DemoCity {
  subjects: DemoSubject[];
  licences: DemoLicence[];
  /** Last file serial per division and kind, for subject_file_counters. */
  fileSerials: Array<{ divisionCode: string; kind: SubjectKind; lastSerial: number }>;
}

export const DEFAULT_CITY: CityOptions = { seed: 'guangzhou', scale: 1, asOf: '2026-11-23' };

const BASE = { markets: 90, wholesaleShare: 0.12, merchantsPerMarket: 89, suppliers: 2000, catering: 500 };

/** Generates a whole city from a seed; the same options always give the same city, ids included. */
export function generateCity(options: CityOptions): DemoCity {
  const random = new Random(`${options.seed}:${options.scale}:${options.asOf}`);
  const creditCodes = new CreditCodes(random);
  const serials = new Serials();
  const fileSerials = new Serials();
  const subjects: DemoSubject[] = [];
  const licences: DemoLicence[] = [];
  const epoch = Date.parse(`${options.asOf}T00:00:00Z`) - 400 * 86_400_000;
  let created = 0;
  const newId = () => v7({ msecs: epoch + created * 37, seq: created, random: random.bytes(16) });
  const personName = () => random.pick(SURNAMES) + random.pick(GIVEN) + (random.chance(0.6) ? random.pick(GIVEN) : '');

  /** Expiry dates: ~3% already expired, ~4% within 30 days, the rest later; null means long-term. */
  const licenceDates = (years: number) => {
    const roll = random.next();
    const expiresOn =
      roll < 0.03
        ? addDays(options.asOf, -random.int(1, 180))
        : roll < 0.07
          ? addDays(options.asOf, random.int(0, 29))
          : addDays(options.asOf, random.int(31, years * 365 - 30));
    return { issuedOn: addDays(expiresOn, -years * 365 + 1), expiresOn };
  };

  const addLicence = (subject: DemoSubject, kind: LicenceKind, number: string, years: number | null, scope: string | null) => {
    const dates = years === null ? { issuedOn: addDays(options.asOf, -random.int(200, 3000)), expiresOn: null } : licenceDates(years);
    const issuer = kind === 'health_certificate' ? `${CITY.name}疾病预防控制中心` : `${CITY.name}市场监督管理局`;
    licences.push({ subjectId: subject.id, id: newId(), kind, number, issuer, ...dates, scope });
    subject.licenceCount += 1;
    if (dates.expiresOn && (!subject.nearestExpiry || dates.expiresOn < subject.nearestExpiry)) subject.nearestExpiry = dates.expiresOn;
  };

  const addSubject = (
    fields: Omit<
      DemoSubject,
      'id' | 'fileNo' | 'creditCode' | 'legalRepresentative' | 'legalRepresentativeIdNumber' | 'contacts' | 'licenceCount' | 'nearestExpiry'
    >,
    prefix: CreditPrefix,
  ) => {
    created += 1;
    const legalRepresentative = personName();
    const subject: DemoSubject = {
      ...fields,
      id: newId(),
      fileNo: formatFileNo(fields.divisionCode, fields.kind, fileSerials.next(`${fields.divisionCode}:${fields.kind}`)),
      creditCode: creditCodes.next(prefix, fields.divisionCode),
      legalRepresentative,
      legalRepresentativeIdNumber: residentIdNumber(fields.divisionCode, random),
      contacts: [{ name: legalRepresentative, role: '负责人', phone: mobileNumber(random) }],
      licenceCount: 0,
      nearestExpiry: null,
    };
    subjects.push(subject);
    addLicence(subject, 'business_licence', subject.creditCode, null, null);
    return subject;
  };

  const jy = (type: 1 | 2 | 3, division: string) => foodBusinessLicence(type, division, serials.next(`JY${type}${division}`), random);
  const sc = (division: string) =>
    foodProductionLicence(random.pick(['101', '103', '104', '111', '121', '126']), division, serials.next(`SC${division}`), random);
  const healthCertificate = (division: string) =>
    `JK${division}${options.asOf.slice(0, 4)}${String(serials.next(`JK${division}`)).padStart(6, '0')}`;
  const districtByWeight = () => {
    const total = DISTRICTS.reduce((s, d) => s + d.weight, 0);
    let roll = random.next() * total;
    return DISTRICTS.find((d) => (roll -= d.weight) < 0) ?? DISTRICTS[0]!;
  };
  const scaled = (n: number) => Math.max(1, Math.round(n * options.scale));

  // Markets, each with its merchants (wholesale markets are several times larger).
  const marketNames = new Set<string>();
  const marketCount = Math.max(DISTRICTS.length, scaled(BASE.markets));
  for (let m = 0; m < marketCount; m++) {
    const district = m < DISTRICTS.length ? DISTRICTS[m]! : districtByWeight();
    const isWholesale = random.chance(BASE.wholesaleShare);
    const place = random.pick(district.places);
    let name = isWholesale ? `${place}${random.pick(WHOLESALE_GOODS)}批发市场` : `${place}${random.pick(MARKET_SUFFIXES)}`;
    for (let n = 2; marketNames.has(name); n++) name = `${place}${n}号${isWholesale ? '批发市场' : '市场'}`;
    marketNames.add(name);
    const road = random.pick(district.roads);
    const address = `${CITY.name}${district.name}${road}${random.int(1, 999)}号`;
    const market = addSubject(
      {
        kind: 'market',
        category: isWholesale ? 'wholesale_market' : 'farmers_market',
        name,
        divisionCode: district.code,
        address,
        marketId: null,
        stallNo: null,
      },
      '91',
    );

    const stalls = Math.max(1, Math.round((BASE.merchantsPerMarket * (isWholesale ? 2.2 : 0.85) * random.int(70, 130)) / 100));
    const stallNumbers = new Map<string, number>();
    for (let s = 0; s < stalls; s++) {
      const trade = random.pick(TRADES);
      const stallSerial = (stallNumbers.get(trade.zone) ?? 0) + 1;
      stallNumbers.set(trade.zone, stallSerial);
      const stallNo = `${trade.zone}${String(stallSerial).padStart(3, '0')}`;
      const owner = personName();
      const merchant = addSubject(
        {
          kind: 'merchant',
          category: 'stall',
          name: random.chance(0.5) ? `${owner[0]}记${trade.goods}档` : `${owner}${trade.goods}档`,
          divisionCode: district.code,
          address: `${address}${name}${stallNo}档`,
          marketId: market.id,
          stallNo,
        },
        '92',
      );
      if (trade.licensed) addLicence(merchant, 'food_business', jy(1, district.code), 5, `预包装食品销售；${trade.goods}`);
      addLicence(merchant, 'health_certificate', healthCertificate(district.code), 1, null);
    }
  }

  // Suppliers: local farms, wholesalers and producers, and out-of-town suppliers.
  for (let i = 0; i < scaled(BASE.suppliers); i++) {
    const roll = random.next();
    const word = random.pick(FIRM_WORDS);
    if (roll < 0.35) {
      const origin = random.pick(SUPPLIER_ORIGINS);
      const subject = addSubject(
        {
          kind: 'supplier',
          category: 'out_of_town_supplier',
          name: `${origin.city}${word}${random.pick(['农业发展', '农产品', '食品', '生态农业'])}有限公司`,
          divisionCode: origin.code,
          address: `${origin.city}${random.pick(['工业园', '农业园区', '物流园'])}${random.int(1, 99)}号`,
          marketId: null,
          stallNo: null,
        },
        '91',
      );
      if (random.chance(0.5)) addLicence(subject, 'food_production', sc(origin.code), 5, '农产品加工');
      continue;
    }
    const district = districtByWeight();
    const address = `${CITY.name}${district.name}${random.pick(district.places)}${random.pick(district.roads)}${random.int(1, 999)}号`;
    if (roll < 0.6) {
      const farm = random.pick(FARM_PRODUCE);
      addSubject(
        {
          kind: 'supplier',
          category: 'farm',
          name: `${CITY.name}${district.name.slice(0, 2)}${word}${farm.produce}${farm.trade}专业合作社`,
          divisionCode: district.code,
          address,
          marketId: null,
          stallNo: null,
        },
        '93',
      );
    } else if (roll < 0.85) {
      const subject = addSubject(
        {
          kind: 'supplier',
          category: 'wholesaler',
          name: `${CITY.name}${word}${random.pick(['农产品', '食品', '冻品', '粮油'])}贸易有限公司`,
          divisionCode: district.code,
          address,
          marketId: null,
          stallNo: null,
        },
        '91',
      );
      addLicence(subject, 'food_business', jy(1, district.code), 5, '食品销售');
    } else {
      const subject = addSubject(
        {
          kind: 'supplier',
          category: 'producer',
          name: `广州${word}食品有限公司`,
          divisionCode: district.code,
          address,
          marketId: null,
          stallNo: null,
        },
        '91',
      );
      addLicence(subject, 'food_production', sc(district.code), 5, '食品生产');
    }
  }

  // Catering: restaurants, canteens, school canteens, central kitchens.
  for (let i = 0; i < scaled(BASE.catering); i++) {
    const district = districtByWeight();
    const place = random.pick(district.places);
    const address = `${CITY.name}${district.name}${place}${random.pick(district.roads)}${random.int(1, 999)}号`;
    const roll = random.next();
    const fields = { kind: 'catering' as const, divisionCode: district.code, address, marketId: null, stallNo: null };
    if (roll < 0.55) {
      const name = random.chance(0.5)
        ? `${random.pick(FIRM_WORDS)}${random.pick(RESTAURANT_SUFFIXES)}`
        : `${random.pick(SURNAMES)}记${random.pick(DISHES)}店`;
      const subject = addSubject({ ...fields, category: 'restaurant', name: `${name}（${place}店）` }, random.chance(0.5) ? '91' : '92');
      addLicence(subject, 'food_business', jy(2, district.code), 5, '热食类食品制售');
    } else if (roll < 0.8) {
      const level = random.pick(SCHOOL_LEVELS);
      const subject = addSubject(
        { ...fields, category: 'school_canteen', name: `${CITY.name}${district.name}${place}第${random.int(1, 9)}${level}食堂` },
        '12',
      );
      addLicence(subject, 'food_business', jy(3, district.code), 5, '学校食堂：热食类食品制售');
    } else if (roll < 0.93) {
      const subject = addSubject(
        { ...fields, category: 'canteen', name: `${CITY.name}${random.pick(FIRM_WORDS)}${random.pick(CANTEEN_HOSTS)}` },
        '91',
      );
      addLicence(subject, 'food_business', jy(3, district.code), 5, '单位食堂：热食类食品制售');
    } else {
      const subject = addSubject(
        { ...fields, category: 'central_kitchen', name: `${CITY.name}${random.pick(FIRM_WORDS)}中央厨房有限公司` },
        '91',
      );
      addLicence(subject, 'food_business', jy(2, district.code), 5, '中央厨房：热食类、冷食类食品制售');
    }
  }

  return {
    subjects,
    licences,
    fileSerials: [...fileSerials.entries()].map(([key, lastSerial]) => {
      const [divisionCode, kind] = key.split(':') as [string, SubjectKind];
      return { divisionCode, kind, lastSerial };
    }),
  };
}
