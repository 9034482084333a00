import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { LoadState } from '../../../components/load-state.tsx';
import type { DivisionPicker } from '../../../components/pickers.ts';
import { toSearchParams } from '../../../lib/api-client.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import type { SubjectListQuery } from '../../../../../src/modules/subjects/contract.ts';
import { useSubjects } from '../api/list-subjects.ts';
import { SubjectFilters } from '../components/subject-filters.tsx';
import { SubjectTable } from '../components/subject-table.tsx';
import { subjectCategories, subjectKinds, subjectLicenceStatuses } from '../vocabulary.ts';
import { useSubjectsI18n } from '../messages.ts';

const firstPage = 1;
const defaultPageSize = 20;

/** The address bar is the filter state: links and reloads show the same list. Unknown values are dropped. */
function readQuery(params: URLSearchParams): SubjectListQuery {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const oneOf = <T extends string>(name: string, allowed: readonly T[]) => allowed.find((value) => value === params.get(name));
  const positive = (name: string, fallback: number) => {
    const number = Number(params.get(name));
    return Number.isInteger(number) && number > 0 ? number : fallback;
  };
  return {
    q: text('q'),
    kind: oneOf('kind', subjectKinds),
    category: oneOf('category', subjectCategories),
    divisionCode: text('divisionCode'),
    marketId: text('marketId'),
    licenceStatus: oneOf('licenceStatus', subjectLicenceStatuses),
    page: positive('page', firstPage),
    pageSize: positive('pageSize', defaultPageSize),
  };
}

interface SubjectListPageProps {
  canCreate: boolean;
  DivisionPicker: DivisionPicker;
}

export function SubjectListPage({ canCreate, DivisionPicker }: SubjectListPageProps) {
  const { t } = useSubjectsI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const { data, isFetching, error, refetch } = useSubjects(query);
  useDocumentTitle(t('subjects.list.title'));

  const show = ({ page, pageSize, ...filters }: SubjectListQuery) =>
    setParams(
      toSearchParams({
        ...filters,
        page: page === firstPage ? undefined : page,
        pageSize: pageSize === defaultPageSize ? undefined : pageSize,
      }),
    );

  return (
    <Card
      title={t('subjects.list.title')}
      extra={
        canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/subjects/new')}>
            {t('common.create')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <SubjectFilters
          value={query}
          onChange={(filters) => show({ ...filters, page: firstPage, pageSize: query.pageSize })}
          DivisionPicker={DivisionPicker}
        />
        {error ? (
          <LoadState error={error} onRetry={() => void refetch()} />
        ) : (
          <SubjectTable list={data} loading={isFetching} onPageChange={(page, pageSize) => show({ ...query, page, pageSize })} />
        )}
      </Flex>
    </Card>
  );
}
