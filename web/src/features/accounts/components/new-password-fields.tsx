import { Form, Input } from 'antd';
import { useAccountsI18n } from '../messages.ts';

/** What a form holds besides the new password: its confirmation, checked here and never sent. */
export interface PasswordConfirmation {
  confirmPassword: string;
}

/** A new password of at least 10 characters, typed twice so a slip does not lock anyone out. */
export function NewPasswordFields({ name }: { name: 'password' | 'newPassword' }) {
  const { t } = useAccountsI18n();
  return (
    <>
      <Form.Item name={name} label={t('password.new')} rules={[{ required: true }, { min: 10, message: t('accounts.passwordHint') }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('password.confirm')}
        dependencies={[name]}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: (_, value?: string) =>
              !value || value === getFieldValue(name) ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
