import { ShopOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Flex, Result, Spin, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, Navigate } from 'react-router';
import { useCurrentMe } from '../lib/current-me.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';
import { useAppI18n } from './i18n.ts';

// ECharts is the heaviest dependency; only the dashboard loads it.
const SubjectStatsDashboard = lazy(() =>
  import('../features/subjects/components/subject-stats-dashboard.tsx').then((module) => ({
    default: module.SubjectStatsDashboard,
  })),
);

/** Where each role starts: officials on the dashboard, an operator at their market, a merchant at their file. */
export function HomePage() {
  const { t } = useAppI18n();
  const { account } = useCurrentMe();
  const isOfficial = account.role !== 'merchant' && account.role !== 'market_operator';
  useDocumentTitle(t(isOfficial ? 'home.title' : 'nav.home'));

  if (account.role === 'merchant') {
    return account.subjectId ? (
      <Navigate to={`/subjects/${account.subjectId}`} replace />
    ) : (
      <Result status="info" title={t('home.noSubject')} />
    );
  }

  if (account.role === 'market_operator') {
    if (!account.subjectId) return <Result status="info" title={t('home.noSubject')} />;
    return (
      <Card title={account.subjectName}>
        <Flex vertical gap={12}>
          <Link to={`/subjects?kind=merchant&marketId=${account.subjectId}`}>
            <TeamOutlined /> {t('home.marketMerchants')}
          </Link>
          <Link to={`/subjects/${account.subjectId}`}>
            <ShopOutlined /> {t('home.marketFile')}
          </Link>
        </Flex>
      </Card>
    );
  }

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('home.title')}
      </Typography.Title>
      <Suspense fallback={<Spin />}>
        <SubjectStatsDashboard />
      </Suspense>
    </Flex>
  );
}
