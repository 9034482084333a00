import { Card, Descriptions, Empty, type DescriptionsProps } from 'antd';
import { Link } from 'react-router';
import type { SubjectView } from '../../../../../src/modules/subjects/contract.ts';
import { useSubjectsI18n } from '../messages.ts';

const columns = { xs: 1, sm: 2 } as const;

/** The file's facts in sections: identity, seat and jurisdiction, market and stall, contacts. */
export function SubjectProfile({ subject }: { subject: SubjectView }) {
  const { t } = useSubjectsI18n();
  const identity: DescriptionsProps['items'] = [
    { key: 'category', label: t('subject.kind'), children: `${t(`kind.${subject.kind}`)} / ${t(`category.${subject.category}`)}` },
    { key: 'creditCode', label: t('subject.creditCode'), children: subject.creditCode ?? '—' },
    { key: 'legalRepresentative', label: t('subject.legalRepresentative'), children: subject.legalRepresentative ?? '—' },
    ...(subject.legalRepresentativeIdNumber
      ? [{ key: 'idNumber', label: t('subject.legalRepresentativeIdNumber'), children: subject.legalRepresentativeIdNumber }]
      : []),
  ];
  const seat: DescriptionsProps['items'] = [
    { key: 'division', label: t('subject.division'), children: `${subject.divisionName}（${subject.divisionCode}）` },
    { key: 'address', label: t('subject.address'), children: subject.address },
  ];
  const market: DescriptionsProps['items'] = [
    {
      key: 'market',
      label: t('subject.market'),
      children: !subject.marketId ? (
        '—'
      ) : subject.abilities.viewMarket ? (
        <Link to={`/subjects/${subject.marketId}`}>{subject.marketName}</Link>
      ) : (
        subject.marketName
      ),
    },
    { key: 'stall', label: t('subject.stallNo'), children: subject.stallNo ?? '—' },
  ];
  const contacts: DescriptionsProps['items'] = subject.contacts.map((contact, index) => ({
    key: index,
    label: contact.role ? `${contact.name}（${contact.role}）` : contact.name,
    children: <a href={`tel:${contact.phone}`}>{contact.phone}</a>,
  }));

  return (
    <>
      <Card size="small" title={t('subject.section.identity')}>
        <Descriptions items={identity} column={columns} size="small" />
      </Card>
      <Card size="small" title={t('subject.section.seat')}>
        <Descriptions items={seat} column={columns} size="small" />
      </Card>
      {subject.kind === 'merchant' && (
        <Card size="small" title={t('subject.section.market')}>
          <Descriptions items={market} column={columns} size="small" />
        </Card>
      )}
      <Card size="small" title={t('subject.section.contacts')}>
        {subject.contacts.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('subject.noContacts')} />
        ) : (
          <Descriptions items={contacts} column={columns} size="small" />
        )}
      </Card>
    </>
  );
}
