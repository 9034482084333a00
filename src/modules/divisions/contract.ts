import { Type, type Static } from 'typebox';

const SIX_DIGITS = '[0-9]{6}';

export const DivisionCode = Type.String({
  pattern: `^${SIX_DIGITS}$`,
  description: 'GB/T 2260 administrative division code',
  examples: ['440106'],
});

/** How many codes one `codes=` look-up may name: a page shows a few stored values at a time. */
const MAX_LOOKUP_CODES = 50;

export const DivisionQuery = Type.Object(
  {
    parent: Type.Optional(
      Type.String({
        pattern: `^${SIX_DIGITS}$`,
        description: 'the children of this division (none for a county); with neither parent nor codes, the provinces',
        examples: ['440100'],
      }),
    ),
    codes: Type.Optional(
      Type.String({
        pattern: `^${SIX_DIGITS}(,${SIX_DIGITS}){0,${MAX_LOOKUP_CODES - 1}}$`,
        description: `up to ${MAX_LOOKUP_CODES} comma-separated codes: those divisions and their ancestors, to show a stored value's path; unknown codes are left out`,
        examples: ['440106,440111'],
      }),
    ),
  },
  { additionalProperties: false },
);
export type DivisionQuery = Static<typeof DivisionQuery>;

export const Division = Type.Object({
  code: DivisionCode,
  name: Type.String(),
  level: Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3)], {
    description: '1 province, 2 city, 3 district or county',
  }),
  parentCode: Type.Union([DivisionCode, Type.Null()]),
  hasChildren: Type.Boolean({ description: 'false for a county, and for a city without counties (东莞市)' }),
});
export type Division = Static<typeof Division>;

export const DivisionList = Type.Object({ items: Type.Array(Division, { description: 'ordered by code' }) });
export type DivisionList = Static<typeof DivisionList>;
