import { App, Form, Input, Modal, Select } from 'antd';
import type { DivisionPicker, SubjectPicker } from '../../../components/pickers.ts';
import { useFormSubmit } from '../../../components/use-form-submit.ts';
import { everyMember } from '../../../lib/every-member.ts';
import type { AccountCreate, Role } from '../../../../../src/modules/accounts/contract.ts';
import { useCreateAccount } from '../api/create-account.ts';
import { useAccountsI18n } from '../messages.ts';

const roles = everyMember<Role>()(['regulator', 'inspector', 'market_operator', 'merchant', 'admin']);

/** Officials work within a division; market operators and merchants act for one subject. */
const seatOf: Record<Role, 'division' | 'market' | 'subject' | null> = {
  admin: null,
  regulator: 'division',
  inspector: 'division',
  market_operator: 'market',
  merchant: 'subject',
};

interface CreateAccountModalProps {
  onClose: () => void;
  DivisionPicker: DivisionPicker;
  SubjectPicker: SubjectPicker;
}

export function CreateAccountModal({ onClose, DivisionPicker, SubjectPicker }: CreateAccountModalProps) {
  const { t } = useAccountsI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<AccountCreate>();
  const role = Form.useWatch('role', form);
  const seat = role ? seatOf[role] : null;
  const create = useCreateAccount();
  const submit = useFormSubmit(form, async (values) => {
    const account = await create.mutateAsync(values);
    void message.success(t('accounts.created', { username: account.username }));
    onClose();
  });

  return (
    <Modal
      open
      title={t('accounts.create')}
      okText={t('common.create')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
    >
      <Form form={form} layout="vertical" initialValues={{ role: 'inspector' }} onFinish={submit}>
        <Form.Item name="username" label={t('account.username')} extra={t('accounts.usernameHint')} rules={[{ required: true }]}>
          <Input maxLength={64} autoComplete="off" autoCapitalize="none" />
        </Form.Item>
        <Form.Item name="displayName" label={t('account.displayName')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true }, { min: 10, message: t('accounts.passwordHint') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="role" label={t('account.role')} rules={[{ required: true }]}>
          <Select
            options={roles.map((value) => ({ value, label: t(`role.${value}`) }))}
            onChange={() => form.setFieldsValue({ divisionCode: undefined, subjectId: undefined })}
          />
        </Form.Item>
        {seat === 'division' && (
          <Form.Item name="divisionCode" label={t('account.division')} rules={[{ required: true }]}>
            <DivisionPicker mode="jurisdiction" />
          </Form.Item>
        )}
        {(seat === 'market' || seat === 'subject') && (
          <Form.Item name="subjectId" label={t(seat === 'market' ? 'account.market' : 'account.subject')} rules={[{ required: true }]}>
            <SubjectPicker kind={seat === 'market' ? 'market' : undefined} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
