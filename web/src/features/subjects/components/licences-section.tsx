import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { Licence, SubjectView } from '../../../../../src/modules/subjects/contract.ts';
import { useDeleteLicence } from '../api/delete-licence.ts';
import { LicenceModal } from './licence-modal.tsx';
import { LicenceStatusTag } from './licence-status-tag.tsx';
import { useSubjectsI18n } from '../messages.ts';

/** The subject's licences; adding, editing and deleting them when the server says this viewer may. */
export function LicencesSection({ subject }: { subject: SubjectView }) {
  const { t, errorText } = useSubjectsI18n();
  const { message } = App.useApp();
  const remove = useDeleteLicence(subject.id);
  // undefined: closed; null: adding; a licence: editing it.
  const [editing, setEditing] = useState<Licence | null>();
  const canWrite = subject.abilities.writeLicences;

  const columns: TableColumnsType<Licence> = [
    {
      title: t('subject.section.licences'),
      key: 'number',
      render: (_, licence) => (
        <Flex vertical>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`licenceKind.${licence.kind}`)}
          </Typography.Text>
          <Typography.Text style={{ wordBreak: 'break-all' }}>{licence.number}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('licence.issuer'), dataIndex: 'issuer', responsive: ['lg'], render: (issuer: string | null) => issuer ?? '—' },
    { title: t('licence.issuedOn'), dataIndex: 'issuedOn', responsive: ['md'] },
    {
      title: t('licence.expiresOn'),
      dataIndex: 'expiresOn',
      render: (expiresOn: string | null) => expiresOn ?? t('licence.longTerm'),
    },
    { title: t('licence.status'), key: 'status', render: (_, licence) => <LicenceStatusTag status={licence.status} /> },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, licence) => (
        <Space size="small">
          <Button size="small" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(licence)} />
          <Popconfirm
            title={t('licence.deleteConfirm', { number: licence.number })}
            onConfirm={() =>
              remove.mutate(licence.id, {
                onSuccess: () => void message.success(t('common.deleted')),
                onError: (error) => void message.error(errorText(error)),
              })
            }
          >
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <Card
      size="small"
      title={t('subject.section.licences')}
      extra={
        canWrite && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('licence.add')}
          </Button>
        )
      }
    >
      <Table<Licence> rowKey="id" columns={columns} dataSource={subject.licences} pagination={false} size="small" />
      {editing !== undefined && (
        <LicenceModal subjectId={subject.id} licence={editing ?? undefined} onClose={() => setEditing(undefined)} />
      )}
    </Card>
  );
}
