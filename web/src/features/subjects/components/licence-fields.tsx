import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Licence, LicenceInput, LicenceKind } from '../../../../../src/modules/subjects/contract.ts';
import { licenceKinds } from '../vocabulary.ts';
import { useSubjectsI18n } from '../messages.ts';

export interface LicenceFormValues {
  kind: LicenceKind;
  number: string;
  issuer?: string;
  issuedOn: Dayjs;
  expiresOn?: Dayjs | null;
  scope?: string;
}

const dateFormat = 'YYYY-MM-DD';

export function toLicenceInput(values: LicenceFormValues): LicenceInput {
  return {
    kind: values.kind,
    number: values.number.trim(),
    issuer: values.issuer?.trim() || null,
    issuedOn: values.issuedOn.format(dateFormat),
    expiresOn: values.expiresOn ? values.expiresOn.format(dateFormat) : null,
    scope: values.scope?.trim() || null,
  };
}

export function toLicenceFormValues(licence: Licence): LicenceFormValues {
  return {
    kind: licence.kind,
    number: licence.number,
    issuer: licence.issuer ?? undefined,
    issuedOn: dayjs(licence.issuedOn),
    expiresOn: licence.expiresOn ? dayjs(licence.expiresOn) : null,
    scope: licence.scope ?? undefined,
  };
}

/** Food licence numbers are JY or SC and 14 digits; a hint only, the server decides. */
const numberHint = /^(JY|SC)(?!\d{14}$)/;

/**
 * A licence's inputs. `prefix` places them inside a Form.List row (`[field.name]`); empty for a form of its own.
 */
export function LicenceFields({ prefix = [] }: { prefix?: Array<string | number> }) {
  const { t } = useSubjectsI18n();
  const name = (field: keyof LicenceFormValues) => [...prefix, field];
  return (
    <Row gutter={12}>
      <Col xs={24} sm={12}>
        <Form.Item name={name('kind')} label={t('licence.kind')} rules={[{ required: true }]}>
          <Select options={licenceKinds.map((kind) => ({ value: kind, label: t(`licenceKind.${kind}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name={name('number')}
          label={t('licence.number')}
          normalize={(value: string) => value.toUpperCase()}
          rules={[
            { required: true, whitespace: true },
            {
              warningOnly: true,
              validator: (_, value?: string) =>
                value && numberHint.test(value) ? Promise.reject(new Error(t('licence.numberHint'))) : Promise.resolve(),
            },
          ]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name={name('issuedOn')} label={t('licence.issuedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name={name('expiresOn')} label={t('licence.expiresOn')} extra={t('licence.expiresOnHint')}>
          <DatePicker style={{ width: '100%' }} placeholder={t('licence.longTerm')} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name={name('issuer')} label={t('licence.issuer')}>
          <Input maxLength={128} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name={name('scope')} label={t('licence.scope')}>
          <Input maxLength={500} />
        </Form.Item>
      </Col>
    </Row>
  );
}
