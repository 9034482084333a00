import { Type, type Static } from 'typebox';

export const SUBJECT_KINDS = ['market', 'merchant', 'supplier', 'catering'] as const;
export const SubjectKind = Type.Enum([...SUBJECT_KINDS]);
export type SubjectKind = Static<typeof SubjectKind>;

export const CATEGORIES_BY_KIND = {
  market: ['wholesale_market', 'farmers_market'],
  merchant: ['stall'],
  supplier: ['farm', 'wholesaler', 'producer', 'out_of_town_supplier'],
  catering: ['restaurant', 'canteen', 'school_canteen', 'central_kitchen'],
} as const satisfies Record<SubjectKind, readonly string[]>;

export const SubjectCategory = Type.Enum(Object.values(CATEGORIES_BY_KIND).flat());
export type SubjectCategory = Static<typeof SubjectCategory>;

export const SubjectStatus = Type.Enum(['active', 'suspended', 'closed']);
export const LicenceStatus = Type.Enum(['valid', 'expiring', 'expired']);
export type LicenceStatus = Static<typeof LicenceStatus>;
export const SubjectLicenceStatus = Type.Enum(['valid', 'expiring', 'expired', 'none']);
export type SubjectLicenceStatus = Static<typeof SubjectLicenceStatus>;
export const LicenceKind = Type.Enum(['business_licence', 'food_business', 'food_production', 'health_certificate', 'other']);
export type LicenceKind = Static<typeof LicenceKind>;

const Uuid = Type.String({ format: 'uuid' });
const DateOnly = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Instant = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const Contact = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 64 }),
    role: Type.String({ maxLength: 32, description: 'e.g. 负责人, 食品安全管理员' }),
    phone: Type.String({ pattern: '^[0-9+\\- ]{5,20}$' }),
  },
  { additionalProperties: false },
);
export type Contact = Static<typeof Contact>;

export const LicenceInput = Type.Object(
  {
    kind: LicenceKind,
    number: Type.String({ minLength: 1, maxLength: 64 }),
    issuer: Type.Optional(Nullable(Type.String({ maxLength: 128 }))),
    issuedOn: DateOnly,
    expiresOn: Type.Optional(Nullable(DateOnly)),
    scope: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  },
  { additionalProperties: false },
);
export type LicenceInput = Static<typeof LicenceInput>;

export const Licence = Type.Object({
  id: Uuid,
  kind: LicenceKind,
  number: Type.String(),
  issuer: Nullable(Type.String()),
  issuedOn: DateOnly,
  expiresOn: Nullable(DateOnly),
  scope: Nullable(Type.String()),
  status: LicenceStatus,
});
export type Licence = Static<typeof Licence>;

export const Attachment = Type.Object({
  id: Uuid,
  licenceId: Nullable(Uuid),
  filename: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  createdAt: Instant,
});
export type Attachment = Static<typeof Attachment>;

export const SubjectSummary = Type.Object({
  id: Uuid,
  fileNo: Type.String({ description: 'the stable file number behind the subject’s QR code' }),
  kind: SubjectKind,
  category: SubjectCategory,
  name: Type.String(),
  creditCode: Nullable(Type.String()),
  divisionCode: Type.String(),
  divisionName: Type.String(),
  marketId: Nullable(Uuid),
  marketName: Nullable(Type.String()),
  stallNo: Nullable(Type.String()),
  status: SubjectStatus,
  licenceStatus: SubjectLicenceStatus,
  nearestExpiry: Nullable(DateOnly),
});
export type SubjectSummary = Static<typeof SubjectSummary>;

export const SubjectAbilities = Type.Object({
  update: Type.Boolean(),
  updateContacts: Type.Boolean(),
  writeLicences: Type.Boolean(),
  writeAttachments: Type.Boolean(),
  viewHistory: Type.Boolean(),
  viewMarket: Type.Boolean({ description: 'whether the caller may open the file of the market this stall is in' }),
});
export type SubjectAbilities = Static<typeof SubjectAbilities>;

export const SubjectView = Type.Object({
  ...SubjectSummary.properties,
  address: Type.String(),
  legalRepresentative: Nullable(Type.String()),
  legalRepresentativeIdNumber: Nullable(Type.String({ description: 'regulators, admin and the owner only' })),
  contacts: Type.Array(Contact),
  licences: Type.Array(Licence),
  attachments: Type.Array(Attachment),
  createdAt: Instant,
  updatedAt: Instant,
  version: Type.Integer(),
  publicUrl: Type.String(),
  abilities: SubjectAbilities,
});
export type SubjectView = Static<typeof SubjectView>;

/**
 * A list counts its matches only this far, so that every page of a city-wide scope costs about the same;
 * numbered pages reach as far as the count does, and `after` goes on from there.
 */
export const SUBJECT_LIST_COUNT_CAP = 1000;

export const SubjectList = Type.Object({
  items: Type.Array(SubjectSummary, { description: 'in division order, then file number' }),
  total: Type.Integer({
    minimum: 0,
    description:
      `how many subjects match, when \`totalIsExact\`; otherwise more than this many match: counting stops at ` +
      `${SUBJECT_LIST_COUNT_CAP}, and \`total\` is that cap (show it as "${SUBJECT_LIST_COUNT_CAP}+")`,
  }),
  totalIsExact: Type.Boolean({ description: 'false when more subjects match than `total` says (the count was capped)' }),
  page: Type.Integer({ description: 'the numbered page asked for; 1 when paging with `after`' }),
  pageSize: Type.Integer(),
  next: Nullable(Type.String({ description: 'pass as `after` to get the page after this one; null on the last page' })),
});
export type SubjectList = Static<typeof SubjectList>;

export const SubjectListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 64, description: 'name, file number, credit code or licence number' })),
    kind: Type.Optional(SubjectKind),
    category: Type.Optional(SubjectCategory),
    divisionCode: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })),
    marketId: Type.Optional(Uuid),
    licenceStatus: Type.Optional(SubjectLicenceStatus),
    page: Type.Integer({
      minimum: 1,
      maximum: 10000,
      default: 1,
      description: `numbered pages start within the first ${SUBJECT_LIST_COUNT_CAP} matches (400 beyond: page on with \`after\`)`,
    }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
    after: Type.Optional(
      Type.String({
        maxLength: 200,
        description:
          'the `next` of a previous answer: the page that follows it, at any depth, and stable while rows are added ' +
          '(keyset paging); opaque, and not combined with a `page` above 1',
      }),
    ),
  },
  { additionalProperties: false },
);
export type SubjectListQuery = Static<typeof SubjectListQuery>;

const editable = {
  name: Type.String({ minLength: 2, maxLength: 128 }),
  category: SubjectCategory,
  creditCode: Nullable(Type.String({ maxLength: 32, description: '18-character unified social credit code (GB 32100)' })),
  divisionCode: Type.String({ maxLength: 12, description: 'GB/T 2260 code of the district (or city without districts)' }),
  address: Type.String({ minLength: 2, maxLength: 256 }),
  marketId: Nullable(Uuid),
  stallNo: Nullable(Type.String({ maxLength: 32 })),
  legalRepresentative: Nullable(Type.String({ maxLength: 64 })),
  legalRepresentativeIdNumber: Nullable(Type.String({ pattern: '^[0-9]{17}[0-9X]$' })),
  contacts: Type.Array(Contact, { maxItems: 10 }),
};

export const SubjectCreate = Type.Object(
  {
    kind: SubjectKind,
    category: editable.category,
    name: editable.name,
    creditCode: Type.Optional(editable.creditCode),
    divisionCode: editable.divisionCode,
    address: editable.address,
    marketId: Type.Optional(editable.marketId),
    stallNo: Type.Optional(editable.stallNo),
    legalRepresentative: Type.Optional(editable.legalRepresentative),
    legalRepresentativeIdNumber: Type.Optional(editable.legalRepresentativeIdNumber),
    contacts: Type.Optional(editable.contacts),
    licences: Type.Optional(Type.Array(LicenceInput, { maxItems: 20 })),
  },
  { additionalProperties: false },
);
export type SubjectCreate = Static<typeof SubjectCreate>;

export const SubjectUpdate = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'the version you read; a newer one answers 409' }),
    name: Type.Optional(editable.name),
    category: Type.Optional(editable.category),
    creditCode: Type.Optional(editable.creditCode),
    divisionCode: Type.Optional(editable.divisionCode),
    address: Type.Optional(editable.address),
    marketId: Type.Optional(editable.marketId),
    stallNo: Type.Optional(editable.stallNo),
    status: Type.Optional(SubjectStatus),
    legalRepresentative: Type.Optional(editable.legalRepresentative),
    legalRepresentativeIdNumber: Type.Optional(editable.legalRepresentativeIdNumber),
    contacts: Type.Optional(editable.contacts),
  },
  { additionalProperties: false },
);
export type SubjectUpdate = Static<typeof SubjectUpdate>;

/** The actions the subjects room writes to its audit trail; `HistoryEntry.action` is one of them. */
export const SUBJECT_AUDIT_ACTIONS = [
  'subject.create',
  'subject.update',
  'licence.create',
  'licence.update',
  'licence.delete',
  'attachment.create',
] as const;
export type SubjectAuditAction = (typeof SUBJECT_AUDIT_ACTIONS)[number];

export const HistoryEntry = Type.Object({
  id: Uuid,
  at: Instant,
  action: Type.Enum([...SUBJECT_AUDIT_ACTIONS]),
  entity: Type.String({ description: 'what the change is about: subject, licence, attachment' }),
  entityId: Uuid,
  actor: Type.Object({ id: Nullable(Uuid), name: Type.String(), role: Type.String() }),
  requestId: Nullable(Type.String()),
  ip: Nullable(Type.String()),
  changes: Type.Array(Type.Object({ field: Type.String(), before: Type.Unknown(), after: Type.Unknown() })),
});
export type HistoryEntry = Static<typeof HistoryEntry>;

export const HistoryList = Type.Object({ items: Type.Array(HistoryEntry) });
export type HistoryList = Static<typeof HistoryList>;

/** What the subjects room adds to /api/auth/me. */
export const SubjectRoomAbilities = Type.Object({
  createSubjectKinds: Type.Array(SubjectKind, { description: 'the kinds of file the caller may open' }),
});
export type SubjectRoomAbilities = Static<typeof SubjectRoomAbilities>;
declare module '../../kernel/abilities.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this room's part by merging
  interface MeAbilities extends SubjectRoomAbilities {}
}

const Count = Type.Integer({ minimum: 0 });
export const SubjectStats = Type.Object({
  byKind: Type.Array(Type.Object({ kind: SubjectKind, count: Count })),
  byLicenceStatus: Type.Array(Type.Object({ status: SubjectLicenceStatus, count: Count })),
  byDivision: Type.Array(Type.Object({ divisionCode: Type.String(), divisionName: Type.String(), count: Count })),
});
export type SubjectStats = Static<typeof SubjectStats>;

export const PublicSubjectView = Type.Object({
  fileNo: Type.String(),
  kind: SubjectKind,
  category: SubjectCategory,
  name: Type.String(),
  creditCode: Nullable(Type.String()),
  divisionName: Type.String(),
  address: Type.String(),
  marketName: Nullable(Type.String()),
  stallNo: Nullable(Type.String()),
  status: SubjectStatus,
  licenceStatus: SubjectLicenceStatus,
  licences: Type.Array(
    Type.Object({
      kind: LicenceKind,
      number: Type.String(),
      issuedOn: DateOnly,
      expiresOn: Nullable(DateOnly),
      status: LicenceStatus,
    }),
  ),
});
export type PublicSubjectView = Static<typeof PublicSubjectView>;
