import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Drawer, Flex, Grid, Layout, Menu, Tag, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { LoadState } from '../../components/load-state.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { useMe } from '../../features/accounts/api/get-me.ts';
import { useLogout } from '../../features/accounts/api/logout.ts';
import { CurrentMeProvider } from '../../lib/current-me.tsx';
import type { Me } from '../../../../src/modules/accounts/contract.ts';
import { useAppI18n } from '../i18n.ts';
import { navigationFor, selectedKey } from './navigation.tsx';

function UserBadge({ me }: { me: Me }) {
  const { t } = useAppI18n();
  const { account } = me;
  const seat = account.divisionName ?? account.subjectName;
  return (
    <Flex align="center" gap={6} wrap>
      <Typography.Text strong>{account.displayName}</Typography.Text>
      <Tag color="green" style={{ marginInlineEnd: 0 }}>
        {t(`role.${account.role}`)}
      </Tag>
      {seat && <Typography.Text type="secondary">{seat}</Typography.Text>}
    </Flex>
  );
}

function Shell({ me }: { me: Me }) {
  const { t } = useAppI18n();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const isWide = Grid.useBreakpoint().lg === true;
  const [isDrawerOpen, setDrawerOpen] = useState(false);
  const logout = useLogout();
  const items = navigationFor(me, t);
  const selected = selectedKey(items, pathname);

  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => {
        setDrawerOpen(false);
        void navigate(key);
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          paddingInline: isWide ? 24 : 12,
          background: '#fff',
          borderBottom: '1px solid #f0f0f0',
        }}
      >
        {!isWide && <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.open')} onClick={() => setDrawerOpen(true)} />}
        <Typography.Text strong style={{ fontSize: 20, color: '#16803c', whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Typography.Text>
        <Flex align="center" gap={12} style={{ marginInlineStart: 'auto' }}>
          {isWide && <UserBadge me={me} />}
          <LanguageSwitch />
          <Button
            type="text"
            icon={<LogoutOutlined />}
            aria-label={t('nav.logout')}
            loading={logout.isPending}
            onClick={() => logout.mutate(undefined, { onSuccess: () => void navigate('/login', { replace: true }) })}
          >
            {isWide && t('nav.logout')}
          </Button>
        </Flex>
      </Layout.Header>
      <Layout>
        {isWide && (
          <Layout.Sider theme="light" width={200} style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: isWide ? 24 : 12, minWidth: 0 }}>
          <CurrentMeProvider me={me}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </CurrentMeProvider>
        </Layout.Content>
      </Layout>
      {!isWide && (
        <Drawer placement="left" size={260} open={isDrawerOpen} onClose={() => setDrawerOpen(false)} title={<UserBadge me={me} />}>
          {menu}
        </Drawer>
      )}
    </Layout>
  );
}

/**
 * The chrome around every signed-in page, with Ant Design's message and modal context (only these
 * pages use it, so the sign-in page loads none of it); an unknown session is sent to the login page
 * by the API client.
 */
export function AppLayout() {
  const { data: me, error, refetch } = useMe();
  if (!me) return <LoadState error={error} onRetry={() => void refetch()} />;
  return (
    <AntApp>
      <Shell me={me} />
    </AntApp>
  );
}
