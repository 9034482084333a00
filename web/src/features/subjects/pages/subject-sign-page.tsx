import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { LoadState } from '../../../components/load-state.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useSubject } from '../api/get-subject.ts';
import { subjectQrUrl } from '../api/get-subject-qr.ts';
import styles from './subject-sign-page.module.css';
import { useSubjectsI18n } from '../messages.ts';

/** The printable door sign (门牌): a large QR code leading to the public page, and who trades here. */
export function SubjectSignPage() {
  const { subjectId = '' } = useParams();
  const { t } = useSubjectsI18n();
  const navigate = useNavigate();
  const { data: subject, error, refetch } = useSubject(subjectId);
  useDocumentTitle(subject ? `${subject.name} · ${t('sign.title')}` : t('sign.title'));
  if (!subject) return <LoadState error={error} onRetry={() => void refetch()} />;
  const marketAndStall = [subject.marketName, subject.stallNo && t('sign.stall', { stallNo: subject.stallNo })].filter(Boolean).join(' ');

  return (
    <main className={styles.page}>
      <div className={styles.actions}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(`/subjects/${subject.id}`)}>
          {t('common.back')}
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('sign.print')}
        </Button>
      </div>
      <article className={styles.sign}>
        <div className={styles.brand}>{t('app.name')}</div>
        <img className={styles.qr} src={subjectQrUrl(subject.id)} alt={t('sign.qrAlt', { name: subject.name })} />
        <h1 className={styles.name}>{subject.name}</h1>
        <p className={styles.line}>{t('sign.fileNo', { fileNo: subject.fileNo })}</p>
        {marketAndStall && <p className={styles.line}>{marketAndStall}</p>}
        <p className={styles.call}>{t('sign.callToAction')}</p>
      </article>
    </main>
  );
}
