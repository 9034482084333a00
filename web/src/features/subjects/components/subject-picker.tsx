import { Select } from 'antd';
import { useEffect, useState } from 'react';
import type { SubjectPickerProps } from '../../../components/pickers.ts';
import { useClearable } from '../../../components/use-clearable.tsx';
import type { SubjectSummary } from '../../../../../src/modules/subjects/contract.ts';
import { useSubject } from '../api/get-subject.ts';
import { useSubjects } from '../api/list-subjects.ts';

/** Waits for the typing to pause before searching, so each keystroke is not a request. */
function useSettled(value: string, delayMs = 300): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

function describe(subject: SubjectSummary): string {
  const place = subject.marketName ? `${subject.marketName} ${subject.stallNo ?? ''}` : subject.divisionName;
  return `${subject.name} · ${place.trim()}`;
}

/** Searches subjects (markets, for a merchant's market) by name, file number or code; its value is the subject id. */
export function SubjectPicker({ id, kind, value, onChange, placeholder, allowClear, style }: SubjectPickerProps) {
  const clearable = useClearable();
  const [search, setSearch] = useState('');
  const q = useSettled(search.trim());
  const { data, isFetching } = useSubjects({ kind, q: q || undefined, page: 1, pageSize: 20 });
  const found = data?.items ?? [];
  // A chosen subject outside the current results (e.g. from the URL) still needs its name shown.
  const isChosenMissing = value !== undefined && !found.some((subject) => subject.id === value);
  const { data: chosen } = useSubject(isChosenMissing ? value : undefined);
  const subjects = chosen && isChosenMissing ? [chosen, ...found] : found;

  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={(id?: string) => onChange?.(id)}
      options={subjects.map((subject) => ({ value: subject.id, label: describe(subject) }))}
      loading={isFetching}
      placeholder={placeholder}
      allowClear={allowClear ?? clearable}
      style={style}
    />
  );
}
