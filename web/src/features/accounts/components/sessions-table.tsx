import { App, Button, Popconfirm, Table, Tag, type TableColumnsType } from 'antd';
import { formatDateTime } from '../../../lib/format.ts';
import type { Session } from '../../../../../src/modules/accounts/contract.ts';
import { useRevokeSession } from '../api/revoke-session.ts';
import { useAccountsI18n } from '../messages.ts';

/** The caller's web sessions and API tokens; any but the current one can be revoked (logging out ends that). */
export function SessionsTable({ sessions, loading }: { sessions: Session[] | undefined; loading: boolean }) {
  const { t, errorText } = useAccountsI18n();
  const { message } = App.useApp();
  const revoke = useRevokeSession();

  const columns: TableColumnsType<Session> = [
    {
      title: t('session.kind'),
      key: 'kind',
      render: (_, session) => (
        <>
          <Tag color={session.kind === 'token' ? 'purple' : 'blue'}>{t(`session.kind.${session.kind}`)}</Tag>
          {session.current && <Tag color="green">{t('session.current')}</Tag>}
        </>
      ),
    },
    { title: t('session.name'), dataIndex: 'name', render: (name: string | null) => name ?? '—' },
    { title: t('session.createdAt'), dataIndex: 'createdAt', responsive: ['md'], render: formatDateTime },
    { title: t('session.expiresAt'), dataIndex: 'expiresAt', responsive: ['sm'], render: formatDateTime },
    { title: t('session.ip'), dataIndex: 'ip', responsive: ['lg'], render: (ip: string | null) => ip ?? '—' },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, session) =>
        !session.current && (
          <Popconfirm
            title={t('session.revokeConfirm')}
            onConfirm={() =>
              revoke.mutate(session.id, {
                onSuccess: () => void message.success(t('session.revoked')),
                onError: (error) => void message.error(errorText(error)),
              })
            }
          >
            <Button size="small" danger>
              {t('session.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return <Table<Session> rowKey="id" columns={columns} dataSource={sessions} loading={loading} pagination={false} size="small" />;
}
