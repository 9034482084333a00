import { Alert, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useFormSubmit } from '../../../components/use-form-submit.ts';
import type { TokenCreate } from '../../../../../src/modules/accounts/contract.ts';
import { useCreateToken } from '../api/create-token.ts';
import { useAccountsI18n } from '../messages.ts';

/** Creates an API token for systems and devices; the secret is shown here once and never again. */
export function CreateTokenModal({ onClose }: { onClose: () => void }) {
  const { t } = useAccountsI18n();
  const [form] = Form.useForm<TokenCreate>();
  const create = useCreateToken();
  const submit = useFormSubmit(form, (values) => create.mutateAsync(values));
  const created = create.data;

  if (created) {
    return (
      <Modal open title={t('token.created')} onOk={onClose} onCancel={onClose} footer={(_, { OkBtn }) => <OkBtn />}>
        <Alert type="warning" showIcon title={t('token.shownOnce')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph copyable={{ text: created.token }} code style={{ wordBreak: 'break-all' }} data-testid="api-token">
          {created.token}
        </Typography.Paragraph>
        <Typography.Text type="secondary">{t('token.usage')}</Typography.Text>
      </Modal>
    );
  }

  return (
    <Modal
      open
      title={t('token.create')}
      okText={t('common.create')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
    >
      <Form form={form} layout="vertical" initialValues={{ expiresInDays: 90 }} onFinish={submit}>
        <Form.Item name="name" label={t('token.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={64} placeholder={t('token.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="expiresInDays" label={t('token.expiresInDays')} rules={[{ required: true }]}>
          <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
