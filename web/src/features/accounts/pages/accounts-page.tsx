import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Result, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { LoadState } from '../../../components/load-state.tsx';
import type { DivisionPicker, SubjectPicker } from '../../../components/pickers.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import type { Account } from '../../../../../src/modules/accounts/contract.ts';
import { useMe } from '../api/get-me.ts';
import { useAccounts } from '../api/list-accounts.ts';
import { useRevokeAccountSessions } from '../api/revoke-account-sessions.ts';
import { useUpdateAccount } from '../api/update-account.ts';
import { CreateAccountModal } from '../components/create-account-modal.tsx';
import { ResetPasswordModal } from '../components/reset-password-modal.tsx';
import { useAccountsI18n } from '../messages.ts';

interface AccountsPageProps {
  DivisionPicker: DivisionPicker;
  SubjectPicker: SubjectPicker;
}

/** Account administration, for those the server lets manage accounts. */
export function AccountsPage({ DivisionPicker, SubjectPicker }: AccountsPageProps) {
  const { t, errorText } = useAccountsI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const canManage = me?.abilities.manageAccounts === true;
  const accounts = useAccounts(canManage);
  const revoke = useRevokeAccountSessions();
  const update = useUpdateAccount();
  const [isCreating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<Account | null>(null);
  useDocumentTitle(t('accounts.title'));
  if (!canManage) return <Result status="403" title={t('error.forbidden')} />;

  const updateDisabled = (account: Account, disabled: boolean) =>
    update.mutate(
      { accountId: account.id, input: { disabled } },
      {
        onSuccess: () => void message.success(t(disabled ? 'accounts.disabled' : 'accounts.enabled', { name: account.displayName })),
        onError: (error) => void message.error(errorText(error)),
      },
    );

  const columns: TableColumnsType<Account> = [
    { title: t('account.username'), dataIndex: 'username' },
    { title: t('account.displayName'), dataIndex: 'displayName' },
    { title: t('account.role'), key: 'role', render: (_, account) => t(`role.${account.role}`) },
    {
      title: t('account.scope'),
      key: 'scope',
      responsive: ['md'],
      render: (_, account) => account.divisionName ?? account.subjectName ?? '—',
    },
    {
      title: t('account.state'),
      key: 'state',
      responsive: ['sm'],
      render: (_, account) => (account.disabled ? <Tag>{t('account.disabled')}</Tag> : <Tag color="green">{t('account.enabled')}</Tag>),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, account) => (
        <Space size="small" wrap>
          <Popconfirm
            title={t('accounts.revokeConfirm', { name: account.displayName })}
            onConfirm={() =>
              revoke.mutate(account.id, {
                onSuccess: () => void message.success(t('session.revoked')),
                onError: (error) => void message.error(errorText(error)),
              })
            }
          >
            <Button size="small">{t('accounts.revokeSessions')}</Button>
          </Popconfirm>
          <Button size="small" onClick={() => setResetting(account)}>
            {t('accounts.resetPassword')}
          </Button>
          {account.disabled ? (
            <Button size="small" onClick={() => updateDisabled(account, false)}>
              {t('accounts.enable')}
            </Button>
          ) : (
            account.id !== me.account.id && (
              <Popconfirm
                title={t('accounts.disableConfirm', { name: account.displayName })}
                onConfirm={() => updateDisabled(account, true)}
              >
                <Button size="small" danger>
                  {t('accounts.disable')}
                </Button>
              </Popconfirm>
            )
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t('accounts.title')}
      extra={
        <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)}>
          {t('accounts.create')}
        </Button>
      }
    >
      {accounts.error ? (
        <LoadState error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : (
        <Table<Account> rowKey="id" columns={columns} dataSource={accounts.data?.items} loading={accounts.isPending} size="middle" />
      )}
      {isCreating && (
        <CreateAccountModal onClose={() => setCreating(false)} DivisionPicker={DivisionPicker} SubjectPicker={SubjectPicker} />
      )}
      {resetting && <ResetPasswordModal account={resetting} onClose={() => setResetting(null)} />}
    </Card>
  );
}
