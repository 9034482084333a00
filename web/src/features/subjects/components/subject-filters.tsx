import { SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Space } from 'antd';
import { useState } from 'react';
import type { DivisionPicker } from '../../../components/pickers.ts';
import { useClearable } from '../../../components/use-clearable.tsx';
import type { SubjectListQuery } from '../../../../../src/modules/subjects/contract.ts';
import { categoriesByKind, subjectCategories, subjectKinds, subjectLicenceStatuses } from '../vocabulary.ts';
import { SubjectPicker } from './subject-picker.tsx';
import { useSubjectsI18n } from '../messages.ts';

export type SubjectFilterValues = Omit<SubjectListQuery, 'page' | 'pageSize'>;

interface SubjectFiltersProps {
  value: SubjectFilterValues;
  onChange: (next: SubjectFilterValues) => void;
  DivisionPicker: DivisionPicker;
}

/** Typing stays local until Enter or the button; the parent remounts it (key) when the URL's q changes. */
function SearchBox({ value, onSearch }: { value?: string; onSearch: (q: string | undefined) => void }) {
  const { t } = useSubjectsI18n();
  const [search, setSearch] = useState(value ?? '');
  const submit = () => onSearch(search.trim() || undefined);
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        data-testid="subject-search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onPressEnter={submit}
        onClear={() => onSearch(undefined)}
        placeholder={t('subjects.filter.search')}
        aria-label={t('subjects.filter.search')}
        allowClear
      />
      <Button icon={<SearchOutlined />} aria-label={t('common.search')} onClick={submit} />
    </Space.Compact>
  );
}

/** The list's search box and filters; the page keeps their state in the URL. */
export function SubjectFilters({ value, onChange, DivisionPicker }: SubjectFiltersProps) {
  const { t } = useSubjectsI18n();
  const clearable = useClearable();
  const set = (patch: Partial<SubjectFilterValues>) => onChange({ ...value, ...patch });
  const categories = value.kind ? categoriesByKind[value.kind] : subjectCategories;

  const control = { flex: '1 1 180px' };
  return (
    <Flex wrap gap={8}>
      <div style={{ flex: '2 1 280px' }}>
        <SearchBox key={value.q ?? ''} value={value.q} onSearch={(q) => set({ q })} />
      </div>
      <Select
        value={value.kind}
        onChange={(kind) => set({ kind, category: undefined })}
        options={subjectKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        placeholder={t('subjects.filter.kind')}
        allowClear={clearable}
        style={control}
      />
      <Select
        value={value.category}
        onChange={(category) => set({ category })}
        options={categories.map((category) => ({ value: category, label: t(`category.${category}`) }))}
        placeholder={t('subjects.filter.category')}
        allowClear={clearable}
        style={control}
      />
      <DivisionPicker
        mode="filter"
        value={value.divisionCode}
        onChange={(divisionCode) => set({ divisionCode })}
        placeholder={t('subjects.filter.division')}
        // The cascader's own default names its clear button in English.
        allowClear={clearable}
        style={control}
      />
      <SubjectPicker
        kind="market"
        value={value.marketId}
        onChange={(marketId) => set({ marketId })}
        placeholder={t('subjects.filter.market')}
        style={control}
      />
      <Select
        value={value.licenceStatus}
        onChange={(licenceStatus) => set({ licenceStatus })}
        options={subjectLicenceStatuses.map((status) => ({ value: status, label: t(`licenceStatus.${status}`) }))}
        placeholder={t('subjects.filter.licenceStatus')}
        allowClear={clearable}
        style={control}
      />
    </Flex>
  );
}
