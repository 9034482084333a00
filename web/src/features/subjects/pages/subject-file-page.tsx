import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Space, Tag, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { LoadState } from '../../../components/load-state.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import type { SubjectView } from '../../../../../src/modules/subjects/contract.ts';
import { useSubject } from '../api/get-subject.ts';
import { AttachmentsSection } from '../components/attachments-section.tsx';
import { HistoryTimeline } from '../components/history-timeline.tsx';
import { LicenceStatusTag } from '../components/licence-status-tag.tsx';
import { LicencesSection } from '../components/licences-section.tsx';
import { QrCard } from '../components/qr-card.tsx';
import { SubjectProfile } from '../components/subject-profile.tsx';
import { subjectStatusColors } from '../vocabulary.ts';
import { useSubjectsI18n } from '../messages.ts';

function SubjectHeader({ subject }: { subject: SubjectView }) {
  const { t } = useSubjectsI18n();
  const navigate = useNavigate();
  const canEdit = subject.abilities.update || subject.abilities.updateContacts;
  return (
    <Card>
      <Flex wrap justify="space-between" align="start" gap={12}>
        <Flex vertical gap={8}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {subject.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('subject.fileNo')} {subject.fileNo}
          </Typography.Text>
          <Space size={[4, 4]} wrap>
            <Tag color="geekblue">{t(`kind.${subject.kind}`)}</Tag>
            <Tag>{t(`category.${subject.category}`)}</Tag>
            <Tag color={subjectStatusColors[subject.status]}>{t(`subjectStatus.${subject.status}`)}</Tag>
            <LicenceStatusTag status={subject.licenceStatus} />
          </Space>
        </Flex>
        {canEdit && (
          <Button icon={<EditOutlined />} onClick={() => void navigate(`/subjects/${subject.id}/edit`)}>
            {subject.abilities.update ? t('common.edit') : t('subject.editContacts')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}

/** A subject's file (档案): facts, licences, papers, QR code and, for those allowed, its history. */
export function SubjectFilePage() {
  const { subjectId = '' } = useParams();
  const { data: subject, error, refetch } = useSubject(subjectId);
  useDocumentTitle(subject?.name);
  if (!subject) return <LoadState error={error} onRetry={() => void refetch()} />;

  return (
    <Flex vertical gap={16}>
      <SubjectHeader subject={subject} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={16}>
            <SubjectProfile subject={subject} />
            <LicencesSection subject={subject} />
            <AttachmentsSection subject={subject} />
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            <QrCard subject={subject} />
            {subject.abilities.viewHistory && <HistoryTimeline subjectId={subject.id} />}
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
