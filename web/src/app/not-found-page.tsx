import { Result } from 'antd';
import { useDocumentTitle } from '../lib/use-document-title.ts';
import { useAppI18n } from './i18n.ts';

export function NotFoundPage() {
  const { t } = useAppI18n();
  useDocumentTitle(t('common.notFound'));
  return <Result status="404" title={t('common.notFound')} />;
}
