import { Cascader } from 'antd';
import { useMemo } from 'react';
import type { DivisionPickerProps } from '../../../components/pickers.ts';
import type { Division } from '../../../../../src/modules/divisions/contract.ts';
import { useDivisions } from '../api/list-divisions.ts';

interface DivisionOption {
  value: string;
  label: string;
  children?: DivisionOption[];
}

/** Builds the cascader tree starting at `topLevel`; a division without children is a leaf. */
function toOptions(divisions: Division[], topLevel: Division['level']): DivisionOption[] {
  const childrenOf = new Map<string, Division[]>();
  for (const division of divisions) {
    if (!division.parentCode) continue;
    const siblings = childrenOf.get(division.parentCode);
    if (siblings) siblings.push(division);
    else childrenOf.set(division.parentCode, [division]);
  }
  const toOption = (division: Division): DivisionOption => {
    const children = childrenOf.get(division.code);
    return { value: division.code, label: division.name, children: children?.map(toOption) };
  };
  return divisions.filter((division) => division.level === topLevel).map(toOption);
}

/** The codes from `topLevel` down to `code`, as the cascader wants its value. */
function pathTo(code: string, byCode: Map<string, Division>, topLevel: Division['level']): string[] {
  const path: string[] = [];
  for (let division = byCode.get(code); division && division.level >= topLevel;) {
    path.unshift(division.code);
    division = division.parentCode ? byCode.get(division.parentCode) : undefined;
  }
  return path;
}

/** Administrative division (GB/T 2260) picker; its value is a single division code. */
export function DivisionCascader({ id, mode, value, onChange, placeholder, allowClear = true, style }: DivisionPickerProps) {
  const { data, isLoading } = useDivisions();
  const topLevel = mode === 'filter' ? 2 : 1;
  const { options, byCode } = useMemo(() => {
    const divisions = data?.items ?? [];
    return {
      options: toOptions(divisions, topLevel),
      byCode: new Map(divisions.map((division) => [division.code, division])),
    };
  }, [data, topLevel]);

  return (
    <Cascader<DivisionOption>
      id={id}
      options={options}
      value={value ? pathTo(value, byCode, topLevel) : undefined}
      onChange={(path) => onChange?.(path?.at(-1))}
      changeOnSelect={mode !== 'address'}
      showSearch={{ filter: (input, path) => path.some((option) => option.label.includes(input.trim())) }}
      loading={isLoading}
      placeholder={placeholder}
      allowClear={allowClear}
      style={style}
    />
  );
}
