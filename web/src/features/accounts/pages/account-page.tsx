import { KeyOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex } from 'antd';
import { useState } from 'react';
import { LoadState } from '../../../components/load-state.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useMe } from '../api/get-me.ts';
import { useSessions } from '../api/list-sessions.ts';
import { ChangePasswordForm } from '../components/change-password-form.tsx';
import { CreateTokenModal } from '../components/create-token-modal.tsx';
import { SessionsTable } from '../components/sessions-table.tsx';
import { useAccountsI18n } from '../messages.ts';

/** The signed-in user's own account: who they are, their password, where they are signed in, their API tokens. */
export function AccountPage() {
  const { t } = useAccountsI18n();
  const { data: me, error } = useMe();
  const sessions = useSessions();
  const [isCreatingToken, setCreatingToken] = useState(false);
  useDocumentTitle(t('account.title'));
  if (!me) return <LoadState error={error} />;
  const { account } = me;

  return (
    <Flex vertical gap={16}>
      <Card title={t('account.title')}>
        <Descriptions
          column={{ xs: 1, sm: 2 }}
          size="small"
          items={[
            { key: 'displayName', label: t('account.displayName'), children: account.displayName },
            { key: 'username', label: t('account.username'), children: account.username },
            { key: 'role', label: t('account.role'), children: t(`role.${account.role}`) },
            { key: 'scope', label: t('account.scope'), children: account.divisionName ?? account.subjectName ?? '—' },
          ]}
        />
      </Card>
      <Card title={t('password.change')}>
        <ChangePasswordForm />
      </Card>
      <Card
        title={t('session.title')}
        extra={
          <Button icon={<KeyOutlined />} onClick={() => setCreatingToken(true)}>
            {t('token.create')}
          </Button>
        }
      >
        {sessions.error ? (
          <LoadState error={sessions.error} onRetry={() => void sessions.refetch()} />
        ) : (
          <SessionsTable sessions={sessions.data?.items} loading={sessions.isPending} />
        )}
      </Card>
      {isCreatingToken && <CreateTokenModal onClose={() => setCreatingToken(false)} />}
    </Flex>
  );
}
