import { Card, Descriptions, Flex, Result, Tag, Typography, type DescriptionsProps } from 'antd';
import { useParams } from 'react-router';
import { useI18n } from '../../../app/i18n/i18n.tsx';
import { LanguageSwitch } from '../../../app/i18n/language-switch.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import type { PublicSubjectView } from '../../../../../src/modules/subjects/contract.ts';
import { usePublicSubject } from '../api/get-public-subject.ts';
import { LicenceStatusBadge } from '../components/licence-status-badge.tsx';
import { LicenceStatusTag } from '../components/licence-status-tag.tsx';

function PublicLicences({ licences }: { licences: PublicSubjectView['licences'] }) {
  const { t } = useI18n();
  if (licences.length === 0) return <Typography.Text type="secondary">{t('public.noLicences')}</Typography.Text>;
  return (
    <Flex vertical gap={12}>
      {licences.map((licence) => (
        <Flex key={`${licence.kind}-${licence.number}`} vertical gap={2}>
          <Flex justify="space-between" align="center" gap={8}>
            <Typography.Text strong>{t(`licenceKind.${licence.kind}`)}</Typography.Text>
            <LicenceStatusTag status={licence.status} />
          </Flex>
          <Typography.Text style={{ wordBreak: 'break-all' }}>{licence.number}</Typography.Text>
          <Typography.Text type="secondary">
            {t('public.validity', { from: licence.issuedOn, to: licence.expiresOn ?? t('licence.longTerm') })}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

function PublicSubject({ subject }: { subject: PublicSubjectView }) {
  const { t } = useI18n();
  const marketAndStall = [subject.marketName, subject.stallNo].filter(Boolean).join(' · ');
  const facts: DescriptionsProps['items'] = [
    { key: 'kind', label: t('subject.kind'), children: `${t(`kind.${subject.kind}`)} / ${t(`category.${subject.category}`)}` },
    ...(marketAndStall ? [{ key: 'market', label: t('subject.marketAndStall'), children: marketAndStall }] : []),
    { key: 'division', label: t('subject.division'), children: subject.divisionName },
    { key: 'address', label: t('subject.address'), children: subject.address },
    ...(subject.creditCode ? [{ key: 'creditCode', label: t('subject.creditCode'), children: subject.creditCode }] : []),
    { key: 'fileNo', label: t('subject.fileNo'), children: subject.fileNo },
  ];
  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Flex vertical gap={12}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {subject.name}
          </Typography.Title>
          {subject.status !== 'active' && (
            <Tag color="orange" style={{ alignSelf: 'start' }}>
              {t(`subjectStatus.${subject.status}`)}
            </Tag>
          )}
          <LicenceStatusBadge status={subject.licenceStatus} />
        </Flex>
      </Card>
      <Card size="small">
        <Descriptions items={facts} column={1} size="small" />
      </Card>
      <Card size="small" title={t('subject.section.licences')}>
        <PublicLicences licences={subject.licences} />
      </Card>
    </Flex>
  );
}

/** What the door sign's QR code opens: no login, no app chrome, made for a phone in a market aisle. */
export function PublicSubjectPage() {
  const { fileNo = '' } = useParams();
  const { t } = useI18n();
  const { data: subject, error } = usePublicSubject(fileNo);

  return (
    <main data-testid="public-page" style={{ maxWidth: 560, margin: '0 auto', padding: 12, minHeight: '100vh' }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text strong style={{ color: '#16803c', fontSize: 18 }}>
          {t('app.name')} · {t('public.title')}
        </Typography.Text>
        <LanguageSwitch />
      </Flex>
      {subject ? (
        <PublicSubject subject={subject} />
      ) : isApiError(error, 'not_found') ? (
        <Result status="404" title={t('public.notFound')} subTitle={t('public.notFoundHint', { fileNo })} />
      ) : (
        <LoadState error={error} />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12, textAlign: 'center' }}>
        {t('public.footer')}
      </Typography.Paragraph>
    </main>
  );
}
