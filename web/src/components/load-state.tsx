import { Button, Result } from 'antd';
import { useI18n } from '../lib/i18n/i18n.tsx';
import { isApiError } from '../lib/api-client.ts';
import { PageLoading } from './page-loading.tsx';

interface LoadStateProps {
  /** The query's error, if it failed; a spinner is shown while there is none. */
  error: unknown;
  onRetry?: () => void;
}

/** What a page shows until its data has arrived: a spinner, or why it will not. */
export function LoadState({ error, onRetry }: LoadStateProps) {
  const { t, errorText } = useI18n();
  if (!error) return <PageLoading />;
  if (isApiError(error, 'not_found')) return <Result status="404" title={t('common.notFound')} />;
  if (isApiError(error, 'forbidden')) return <Result status="403" title={errorText(error)} />;
  return <Result status="error" title={errorText(error)} extra={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>} />;
}
