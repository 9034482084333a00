import { PrinterOutlined, QrcodeOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { SubjectView } from '../../../../../src/modules/subjects/contract.ts';
import { subjectQrUrl } from '../api/get-subject-qr.ts';
import { useSubjectsI18n } from '../messages.ts';

/** The QR code of the door sign, with the public page it opens and the printable sign. */
export function QrCard({ subject }: { subject: SubjectView }) {
  const { t } = useSubjectsI18n();
  return (
    <Card size="small" title={t('subject.section.qr')}>
      <Flex vertical align="center" gap={12}>
        <img src={subjectQrUrl(subject.id)} alt={t('sign.qrAlt', { name: subject.name })} width={180} height={180} />
        <Typography.Text copyable code>
          {subject.fileNo}
        </Typography.Text>
        <Flex wrap gap={8} justify="center">
          {/* A whole page load: the server renders the public page, outside this app. */}
          <a href={`/p/${subject.fileNo}`} data-testid="public-page-link">
            <QrcodeOutlined /> {t('subject.openPublicPage')}
          </a>
          <Link to={`/subjects/${subject.id}/sign`}>
            <PrinterOutlined /> {t('subject.printSign')}
          </Link>
        </Flex>
      </Flex>
    </Card>
  );
}
