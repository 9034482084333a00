import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { Cascader } from 'antd';
import { useMemo, useState } from 'react';
import type { DivisionPickerProps } from '../../../components/pickers.ts';
import type { Division, DivisionList } from '../../../../../src/modules/divisions/contract.ts';
import { divisionsQueryOptions, useDivisions } from '../api/list-divisions.ts';

interface DivisionOption {
  value: string;
  label: string;
  division: Division;
  isLeaf: boolean;
  children?: DivisionOption[];
}

/** The options under `divisions`, as deep as their children have been loaded. */
function toOptions(divisions: Division[], childrenOf: Map<string, Division[]>): DivisionOption[] {
  return divisions.map((division) => {
    const children = childrenOf.get(division.code);
    return {
      value: division.code,
      label: division.name,
      division,
      isLeaf: !division.hasChildren,
      children: children && toOptions(children, childrenOf),
    };
  });
}

// Stable, so React Query reruns it only when a result changes.
const itemsOf = (results: Array<UseQueryResult<DivisionList>>) => results.map((result) => result.data?.items);

/**
 * Administrative division (GB/T 2260) picker; its value is a single division code. It starts at the
 * provinces in every mode and fetches a division's children when it is opened; for a given value it
 * fetches the value's path and the divisions beside it, so the path shows and opens where it is.
 */
export function DivisionCascader({ id, mode, value, onChange, placeholder, allowClear = true, style }: DivisionPickerProps) {
  const queryClient = useQueryClient();
  const provinces = useDivisions({});
  const valuePath = useDivisions(value ? { codes: value } : null);
  const [openedCodes, setOpenedCodes] = useState<string[]>([]);

  // The value's ancestors (ordered by code, so from the province down), then whatever the user opened.
  const path = useMemo(() => valuePath.data?.items.map((division) => division.code) ?? [], [valuePath.data]);
  const pathNames = useMemo(() => new Map(valuePath.data?.items.map((division) => [division.code, division.name])), [valuePath.data]);
  const expanded = useMemo(() => [...new Set([...path.slice(0, -1), ...openedCodes])], [path, openedCodes]);
  const childLists = useQueries({ queries: expanded.map((code) => divisionsQueryOptions({ parent: code })), combine: itemsOf });

  const options = useMemo(() => {
    const childrenOf = new Map<string, Division[]>();
    expanded.forEach((code, i) => {
      const children = childLists[i];
      if (children) childrenOf.set(code, children);
    });
    return toOptions(provinces.data?.items ?? [], childrenOf);
  }, [provinces.data, expanded, childLists]);

  return (
    <Cascader<DivisionOption>
      id={id}
      options={options}
      loadData={(selected) => {
        const code = selected.at(-1)?.value;
        if (code) setOpenedCodes((codes) => (codes.includes(code) ? codes : [...codes, code]));
      }}
      value={value ? (path.length > 0 ? path : [value]) : undefined}
      // Until the divisions beside the path arrive, the cascader knows only the codes: name them from the path.
      displayRender={(labels) => labels.map((label) => pathNames.get(label) ?? label).join(' / ')}
      onChange={(codes, selected) => {
        const code = codes?.at(-1);
        // The chosen options are what `codes=` would answer for the new value: it shows without a round trip.
        if (code && selected) {
          queryClient.setQueryData(divisionsQueryOptions({ codes: code }).queryKey, { items: selected.map((option) => option.division) });
        }
        onChange?.(code);
      }}
      changeOnSelect={mode !== 'address'}
      loading={provinces.isLoading || valuePath.isLoading}
      placeholder={placeholder}
      allowClear={allowClear}
      style={style}
    />
  );
}
