import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row } from 'antd';
import { useSubjectsI18n } from '../messages.ts';

const maxContacts = 10;

/** The subject's contact people, as a list the user grows and shrinks (the server takes up to ten). */
export function ContactsFields() {
  const { t } = useSubjectsI18n();
  return (
    <Form.List name="contacts">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Row key={field.key} gutter={8} align="top" wrap={false}>
              <Col flex="auto">
                <Row gutter={8}>
                  <Col xs={24} sm={8}>
                    <Form.Item name={[field.name, 'name']} label={t('contact.name')} rules={[{ required: true, whitespace: true }]}>
                      <Input maxLength={64} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={8}>
                    <Form.Item name={[field.name, 'role']} label={t('contact.role')}>
                      <Input maxLength={32} placeholder={t('contact.rolePlaceholder')} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={8}>
                    <Form.Item
                      name={[field.name, 'phone']}
                      label={t('contact.phone')}
                      rules={[{ required: true }, { pattern: /^[0-9+\- ]{5,20}$/, message: t('contact.phoneHint'), warningOnly: true }]}
                    >
                      <Input type="tel" maxLength={20} />
                    </Form.Item>
                  </Col>
                </Row>
              </Col>
              <Col flex="none" style={{ paddingTop: 30 }}>
                <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('common.delete')} onClick={() => remove(field.name)} />
              </Col>
            </Row>
          ))}
          {fields.length < maxContacts && (
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ name: '', role: '', phone: '' })}>
              {t('contact.add')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
