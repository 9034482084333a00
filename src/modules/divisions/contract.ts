import { Type, type Static } from 'typebox';

export const DivisionCode = Type.String({
  pattern: '^[0-9]{6}$',
  description: 'GB/T 2260 administrative division code',
  examples: ['440106'],
});

export const Division = Type.Object({
  code: DivisionCode,
  name: Type.String(),
  level: Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3)], {
    description: '1 province, 2 city, 3 district or county',
  }),
  parentCode: Type.Union([DivisionCode, Type.Null()]),
});
export type Division = Static<typeof Division>;

export const DivisionList = Type.Object({ items: Type.Array(Division) });
export type DivisionList = Static<typeof DivisionList>;
