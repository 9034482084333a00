import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Form, Input, Row, Select } from 'antd';
import type { DivisionPicker } from '../../../components/pickers.ts';
import { useFormSubmit } from '../../../components/use-form-submit.ts';
import type { SubjectKind } from '../../../../../src/modules/subjects/contract.ts';
import { categoriesByKind, subjectStatuses } from '../vocabulary.ts';
import { ContactsFields } from './contacts-fields.tsx';
import { LicenceFields } from './licence-fields.tsx';
import type { SubjectFormValues } from './subject-form-values.ts';
import { SubjectPicker } from './subject-picker.tsx';
import { useSubjectsI18n } from '../messages.ts';

interface SubjectFormProps {
  /** `create` a new file; `edit` one; `contacts` when the viewer may change only the contacts. */
  mode: 'create' | 'edit' | 'contacts';
  /** The kinds offered; an edited file keeps its kind. */
  kinds: readonly SubjectKind[];
  initialValues: Partial<SubjectFormValues>;
  submitting: boolean;
  /** Rejects with the server's error, which the form then shows on the fields it names. */
  onSubmit: (values: SubjectFormValues) => Promise<unknown>;
  onCancel: () => void;
  DivisionPicker: DivisionPicker;
}

const half = { xs: 24, md: 12 };
const upper = (value: string) => value.toUpperCase().replace(/\s/g, '');

/** One form for opening and editing a subject's file; the server checks every value again. */
export function SubjectForm({ mode, kinds, initialValues, submitting, onSubmit, onCancel, DivisionPicker }: SubjectFormProps) {
  const { t } = useSubjectsI18n();
  const [form] = Form.useForm<SubjectFormValues>();
  const kind = Form.useWatch('kind', form) ?? initialValues.kind;
  const submit = useFormSubmit(form, onSubmit);
  const hint = (message: string, pattern: RegExp) => ({ pattern, message, warningOnly: true });

  const profile = (
    <>
      <Card size="small" title={t('subject.section.identity')}>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item name="kind" label={t('subject.kind')} rules={[{ required: true }]}>
              <Select
                disabled={mode !== 'create'}
                options={kinds.map((value) => ({ value, label: t(`kind.${value}`) }))}
                onChange={(next: SubjectKind) => form.setFieldValue('category', categoriesByKind[next][0])}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="category" label={t('subject.category')} rules={[{ required: true }]}>
              <Select options={(kind ? categoriesByKind[kind] : []).map((value) => ({ value, label: t(`category.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="name" label={t('subject.name')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={128} />
            </Form.Item>
          </Col>
          {mode === 'edit' && (
            <Col {...half}>
              <Form.Item name="status" label={t('subject.status')}>
                <Select options={subjectStatuses.map((value) => ({ value, label: t(`subjectStatus.${value}`) }))} />
              </Form.Item>
            </Col>
          )}
          <Col {...half}>
            <Form.Item
              name="creditCode"
              label={t('subject.creditCode')}
              normalize={upper}
              rules={[hint(t('subject.creditCodeHint'), /^[0-9A-HJ-NPQRTUWXY]{18}$/)]}
            >
              <Input maxLength={18} showCount autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="legalRepresentative" label={t('subject.legalRepresentative')}>
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="legalRepresentativeIdNumber"
              label={t('subject.legalRepresentativeIdNumber')}
              normalize={upper}
              rules={[hint(t('subject.idNumberHint'), /^[0-9]{17}[0-9X]$/)]}
            >
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card size="small" title={t('subject.section.seat')}>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item name="divisionCode" label={t('subject.division')} rules={[{ required: true }]}>
              <DivisionPicker mode="address" placeholder={t('subject.divisionPlaceholder')} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="address" label={t('subject.address')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={256} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      {kind === 'merchant' && (
        <Card size="small" title={t('subject.section.market')}>
          <Row gutter={12}>
            <Col {...half}>
              <Form.Item name="marketId" label={t('subject.market')} rules={[{ required: true }]}>
                <SubjectPicker kind="market" placeholder={t('subject.marketPlaceholder')} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="stallNo" label={t('subject.stallNo')}>
                <Input maxLength={32} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
      )}
    </>
  );

  const licences = (
    <Card size="small" title={t('subject.section.licences')}>
      <Form.List name="licences">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12}>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                type="inner"
                title={t('licence.numbered', { index: index + 1 })}
                extra={
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('common.delete')} onClick={() => remove(field.name)} />
                }
              >
                <LicenceFields prefix={[field.name]} />
              </Card>
            ))}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ kind: 'food_business' })}>
              {t('licence.add')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Card>
  );

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={submit} scrollToFirstError>
      <Flex vertical gap={16}>
        {mode !== 'contacts' && profile}
        <Card size="small" title={t('subject.section.contacts')}>
          <ContactsFields />
        </Card>
        {mode === 'create' && licences}
        <Flex gap={8} justify="end">
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={submitting}>
            {t('common.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
