import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Select, Table, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useClearable } from '../../../components/use-clearable.tsx';
import { formatBytes, formatDateTime } from '../../../lib/format.ts';
import type { Attachment, SubjectView } from '../../../../../src/modules/subjects/contract.ts';
import { attachmentUrl } from '../api/get-attachment.ts';
import { attachmentRules, useUploadAttachment } from '../api/upload-attachment.ts';
import { useSubjectsI18n } from '../messages.ts';

/** Scans of licences and other papers: downloads for every viewer, uploads when the server allows. */
export function AttachmentsSection({ subject }: { subject: SubjectView }) {
  const { t, errorText } = useSubjectsI18n();
  const clearable = useClearable();
  const { message } = App.useApp();
  const upload = useUploadAttachment(subject.id);
  const [licenceId, setLicenceId] = useState<string>();
  const licenceNumbers = new Map(subject.licences.map((licence) => [licence.id, licence.number]));

  const columns: TableColumnsType<Attachment> = [
    {
      title: t('attachment.file'),
      key: 'file',
      render: (_, attachment) => (
        <a href={attachmentUrl(subject.id, attachment.id)} target="_blank" rel="noreferrer">
          <PaperClipOutlined /> {attachment.filename}
        </a>
      ),
    },
    {
      title: t('attachment.licence'),
      dataIndex: 'licenceId',
      responsive: ['md'],
      render: (id: string | null) => (id && licenceNumbers.get(id)) ?? '—',
    },
    { title: t('attachment.size'), dataIndex: 'size', responsive: ['sm'], render: (size: number) => formatBytes(size) },
    { title: t('attachment.uploadedAt'), dataIndex: 'createdAt', responsive: ['lg'], render: formatDateTime },
  ];

  const uploader = subject.abilities.writeAttachments && (
    <Flex wrap gap={8}>
      <Select
        value={licenceId}
        onChange={setLicenceId}
        options={subject.licences.map((licence) => ({ value: licence.id, label: licence.number }))}
        placeholder={t('attachment.forLicence')}
        allowClear={clearable}
        style={{ flex: '1 1 160px', maxWidth: 280 }}
      />
      <Upload
        accept={attachmentRules.accept}
        showUploadList={false}
        beforeUpload={(file) => {
          if (file.size <= attachmentRules.maxBytes) return true;
          void message.error(t('attachment.tooLarge'));
          return Upload.LIST_IGNORE;
        }}
        customRequest={({ file, onSuccess, onError }) => {
          upload.mutateAsync({ file: file as File, licenceId }).then(
            (attachment) => {
              onSuccess?.(attachment);
              void message.success(t('attachment.uploaded'));
            },
            (error: Error) => {
              onError?.(error);
              void message.error(errorText(error));
            },
          );
        }}
      >
        <Button icon={<UploadOutlined />} loading={upload.isPending}>
          {t('attachment.upload')}
        </Button>
      </Upload>
    </Flex>
  );

  return (
    <Card size="small" title={t('subject.section.attachments')}>
      <Flex vertical gap={12}>
        {uploader}
        {subject.attachments.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attachment.none')} />
        ) : (
          <Table<Attachment> rowKey="id" columns={columns} dataSource={subject.attachments} pagination={false} size="small" />
        )}
      </Flex>
    </Card>
  );
}
