import { Flex, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { SubjectList, SubjectSummary } from '../../../../../src/modules/subjects/contract.ts';
import { LicenceStatusTag } from './licence-status-tag.tsx';
import { useSubjectsI18n } from '../messages.ts';

interface SubjectTableProps {
  list: SubjectList | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

/** One page of subjects, paged by the server; each name links to the subject's file. */
export function SubjectTable({ list, loading, onPageChange }: SubjectTableProps) {
  const { t } = useSubjectsI18n();
  const columns: TableColumnsType<SubjectSummary> = [
    { title: t('subject.fileNo'), dataIndex: 'fileNo', responsive: ['md'] },
    {
      title: t('subject.name'),
      key: 'name',
      render: (_, subject) => (
        <Link to={`/subjects/${subject.id}`} data-testid="subject-link">
          {subject.name}
        </Link>
      ),
    },
    {
      title: t('subject.kind'),
      key: 'kind',
      responsive: ['sm'],
      render: (_, subject) => `${t(`kind.${subject.kind}`)} / ${t(`category.${subject.category}`)}`,
    },
    { title: t('subject.division'), dataIndex: 'divisionName', responsive: ['lg'] },
    {
      title: t('subject.marketAndStall'),
      key: 'market',
      responsive: ['lg'],
      render: (_, subject) => [subject.marketName, subject.stallNo].filter(Boolean).join(' · ') || '—',
    },
    {
      title: t('subject.licenceStatus'),
      key: 'licenceStatus',
      render: (_, subject) => (
        <Flex vertical gap={2} align="start">
          <LicenceStatusTag status={subject.licenceStatus} />
          {subject.nearestExpiry && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('subject.nearestExpiry', { date: subject.nearestExpiry })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Table<SubjectSummary>
      rowKey="id"
      columns={columns}
      dataSource={list?.items}
      loading={loading}
      size="middle"
      pagination={{
        current: list?.page,
        pageSize: list?.pageSize,
        total: list?.total,
        showSizeChanger: true,
        // Above its cap the server stops counting: say "more than", not a figure it did not reach.
        showTotal: (total) => t(list?.totalIsExact === false ? 'subjects.list.totalOver' : 'common.total', { total }),
        onChange: onPageChange,
      }}
    />
  );
}
