import { App, Form, Modal } from 'antd';
import { useFormSubmit } from '../../../components/use-form-submit.ts';
import type { Licence } from '../../../../../src/modules/subjects/contract.ts';
import { useCreateLicence } from '../api/create-licence.ts';
import { useUpdateLicence } from '../api/update-licence.ts';
import { LicenceFields, toLicenceFormValues, toLicenceInput, type LicenceFormValues } from './licence-fields.tsx';
import { useSubjectsI18n } from '../messages.ts';

interface LicenceModalProps {
  subjectId: string;
  /** The licence to edit; absent to add one. */
  licence?: Licence;
  onClose: () => void;
}

/** Adds or edits one licence of a subject; mounted only while open. */
export function LicenceModal({ subjectId, licence, onClose }: LicenceModalProps) {
  const { t } = useSubjectsI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<LicenceFormValues>();
  const create = useCreateLicence(subjectId);
  const update = useUpdateLicence(subjectId);
  const submit = useFormSubmit(form, async (values) => {
    const input = toLicenceInput(values);
    if (licence) await update.mutateAsync({ licenceId: licence.id, input });
    else await create.mutateAsync(input);
    void message.success(t('common.saved'));
    onClose();
  });

  return (
    <Modal
      open
      title={licence ? t('licence.edit') : t('licence.add')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
    >
      <Form form={form} layout="vertical" initialValues={licence && toLicenceFormValues(licence)} onFinish={submit}>
        <LicenceFields />
      </Form>
    </Modal>
  );
}
