import { CloseCircleFilled } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { createBrowserRouter } from 'react-router';
import { features } from '../features/index.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';
import { lazyPage } from '../lib/lazy.tsx';
import { routeTree } from './compose.ts';
import { useAppI18n } from './i18n.ts';

// The sign-in page needs neither the signed-in chrome nor the dashboard.
const AppLayout = lazyPage(() => import('./layouts/app-layout.tsx').then((m) => m.AppLayout));
const HomePage = lazyPage(() => import('./home-page.tsx').then((m) => m.HomePage));
const NotFoundPage = lazyPage(() => import('./not-found-page.tsx').then((m) => m.NotFoundPage));

/**
 * What a page that failed shows, its code included (a chunk gone after a new release): so it is in
 * the first bundle, drawn like Ant Design's error Result without its illustrations.
 */
function RouteError() {
  const { t } = useAppI18n();
  useDocumentTitle(t('error.internal'));
  return (
    <Flex vertical align="center" gap={24} style={{ padding: '48px 32px', textAlign: 'center' }}>
      <CloseCircleFilled style={{ fontSize: 72, color: '#ff4d4f' }} />
      <div style={{ fontSize: 24, lineHeight: 1.33 }}>{t('error.internal')}</div>
      <Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>
    </Flex>
  );
}

export const router = createBrowserRouter(
  routeTree(features, { layout: <AppLayout />, home: <HomePage />, notFound: <NotFoundPage />, error: <RouteError /> }),
);
