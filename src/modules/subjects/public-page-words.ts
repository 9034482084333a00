import type { PageLanguage } from '../../lib/public-page.ts';
import type { LicenceKind, PublicSubjectView, SubjectCategory, SubjectKind, SubjectLicenceStatus } from './contract.ts';

type SubjectStatus = PublicSubjectView['status'];

/** Every word the public stall page shows; typed by the contract's lists, so a new kind or status without words fails the typecheck. */
export interface PublicSubjectWords {
  title: string;
  notFound: string;
  notFoundHint: (fileNo: string) => string;
  noLicences: string;
  validity: (from: string, to: string) => string;
  longTerm: string;
  footer: string;
  label: Record<'kind' | 'marketAndStall' | 'division' | 'address' | 'creditCode' | 'fileNo' | 'licences', string>;
  kind: Record<SubjectKind, string>;
  category: Record<SubjectCategory, string>;
  subjectStatus: Record<SubjectStatus, string>;
  licenceKind: Record<LicenceKind, string>;
  licenceStatus: Record<SubjectLicenceStatus, string>;
}

// The same words as the web app's subjects catalogue (web/src/features/subjects/messages/).
export const PUBLIC_SUBJECT_WORDS: Record<PageLanguage, PublicSubjectWords> = {
  zh: {
    title: '主体公示',
    notFound: '未找到该主体',
    notFoundHint: (fileNo) => `档案号 ${fileNo} 不存在，请核对门牌上的二维码`,
    noLicences: '未登记证照',
    validity: (from, to) => `${from} 至 ${to}`,
    longTerm: '长期',
    footer: '信息由市场监管部门登记公示，如有疑问请向当地市场监管部门反映。',
    label: {
      kind: '类型',
      marketAndStall: '市场 / 摊位',
      division: '所属区划',
      address: '经营地址',
      creditCode: '统一社会信用代码',
      fileNo: '档案号',
      licences: '证照',
    },
    kind: { market: '市场', merchant: '市场经营户', supplier: '供货商', catering: '餐饮单位' },
    category: {
      wholesale_market: '批发市场',
      farmers_market: '农贸市场',
      stall: '摊位',
      farm: '种养殖基地',
      wholesaler: '批发商',
      producer: '生产企业',
      out_of_town_supplier: '外埠供货商',
      restaurant: '餐馆',
      canteen: '单位食堂',
      school_canteen: '学校食堂',
      central_kitchen: '中央厨房',
    },
    subjectStatus: { active: '正常经营', suspended: '暂停经营', closed: '已注销' },
    licenceKind: {
      business_licence: '营业执照',
      food_business: '食品经营许可证',
      food_production: '食品生产许可证',
      health_certificate: '健康证明',
      other: '其他证照',
    },
    licenceStatus: { valid: '有效', expiring: '30天内到期', expired: '已过期', none: '无证照' },
  },
  en: {
    title: 'Public record',
    notFound: 'No such subject',
    notFoundHint: (fileNo) => `File number ${fileNo} does not exist; check the QR code on the sign`,
    noLicences: 'No licences on record',
    validity: (from, to) => `${from} to ${to}`,
    longTerm: 'Long-term',
    footer: 'Registered and published by the market regulator; report concerns to your local regulator.',
    label: {
      kind: 'Kind',
      marketAndStall: 'Market / stall',
      division: 'Division',
      address: 'Address',
      creditCode: 'Unified social credit code',
      fileNo: 'File no.',
      licences: 'Licences',
    },
    kind: { market: 'Market', merchant: 'Market merchant', supplier: 'Supplier', catering: 'Catering' },
    category: {
      wholesale_market: 'Wholesale market',
      farmers_market: "Farmers' market",
      stall: 'Stall',
      farm: 'Farm',
      wholesaler: 'Wholesaler',
      producer: 'Producer',
      out_of_town_supplier: 'Out-of-town supplier',
      restaurant: 'Restaurant',
      canteen: 'Canteen',
      school_canteen: 'School canteen',
      central_kitchen: 'Central kitchen',
    },
    subjectStatus: { active: 'Active', suspended: 'Suspended', closed: 'Closed' },
    licenceKind: {
      business_licence: 'Business licence',
      food_business: 'Food business licence',
      food_production: 'Food production licence',
      health_certificate: 'Health certificate',
      other: 'Other licence',
    },
    licenceStatus: { valid: 'Valid', expiring: 'Expires within 30 days', expired: 'Expired', none: 'No licence' },
  },
};
