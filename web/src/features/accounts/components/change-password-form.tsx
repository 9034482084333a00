import { App, Button, Form, Input } from 'antd';
import { useFormSubmit } from '../../../components/use-form-submit.ts';
import type { PasswordChange } from '../../../../../src/modules/accounts/contract.ts';
import { useChangePassword } from '../api/change-password.ts';
import { NewPasswordFields, type PasswordConfirmation } from './new-password-fields.tsx';
import { useAccountsI18n } from '../messages.ts';

type ChangePasswordValues = PasswordChange & PasswordConfirmation;

/** Changes the signed-in user's own password; their other sessions end, this one stays. */
export function ChangePasswordForm() {
  const { t } = useAccountsI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChangePasswordValues>();
  const change = useChangePassword();
  const submit = useFormSubmit(form, async ({ currentPassword, newPassword }) => {
    await change.mutateAsync({ currentPassword, newPassword });
    void message.success(t('password.changed'));
    form.resetFields();
  });

  return (
    <Form form={form} name="change-password" layout="vertical" style={{ maxWidth: 400 }} onFinish={submit}>
      <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <NewPasswordFields name="newPassword" />
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('password.change')}
      </Button>
    </Form>
  );
}
