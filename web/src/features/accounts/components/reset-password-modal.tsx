import { App, Form, Modal, Typography } from 'antd';
import { useFormSubmit } from '../../../components/use-form-submit.ts';
import type { Account } from '../../../../../src/modules/accounts/contract.ts';
import { useUpdateAccount } from '../api/update-account.ts';
import { NewPasswordFields, type PasswordConfirmation } from './new-password-fields.tsx';
import { useAccountsI18n } from '../messages.ts';

interface ResetPasswordValues extends PasswordConfirmation {
  password: string;
}

/** Sets a new password for someone who lost theirs; the server then signs that account out everywhere. */
export function ResetPasswordModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useAccountsI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetPasswordValues>();
  const update = useUpdateAccount();
  const submit = useFormSubmit(form, async ({ password }) => {
    await update.mutateAsync({ accountId: account.id, input: { password } });
    void message.success(t('accounts.passwordReset', { name: account.displayName }));
    onClose();
  });

  return (
    <Modal
      open
      title={t('accounts.resetPasswordFor', { name: account.displayName })}
      okText={t('common.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
    >
      <Typography.Paragraph type="secondary">{t('accounts.resetPasswordHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <NewPasswordFields name="password" />
      </Form>
    </Modal>
  );
}
