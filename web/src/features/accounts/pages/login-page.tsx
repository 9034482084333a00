import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input } from 'antd';
import type { CSSProperties } from 'react';
import { useNavigate } from 'react-router';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import type { LoginInput } from '../../../../../src/modules/accounts/contract.ts';
import { useLogin } from '../api/login.ts';
import { useAccountsI18n } from '../messages.ts';

// Drawn like Ant Design's Card and Typography, which are not used here: this page is everyone's first load, and
// they bring tabs, menus, tooltips and text editing along.
const panel: CSSProperties = {
  width: '100%',
  maxWidth: 380,
  padding: 24,
  border: '1px solid #f0f0f0',
  borderRadius: 8,
  background: '#fff',
};
const title: CSSProperties = { margin: 0, color: '#16803c', fontSize: 30, lineHeight: 1.27, fontWeight: 600 };
const tagline: CSSProperties = { margin: 0, color: 'rgba(0, 0, 0, 0.45)', fontSize: 14, lineHeight: 1.5715 };

export function LoginPage() {
  const { t, errorText } = useAccountsI18n();
  const navigate = useNavigate();
  const login = useLogin();
  useDocumentTitle(t('login.submit'));

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f5f1' }}>
      <section style={panel}>
        <Flex justify="space-between" align="start">
          <div>
            <h1 style={title}>{t('app.name')}</h1>
            <p style={tagline}>{t('app.tagline')}</p>
          </div>
          <LanguageSwitch />
        </Flex>
        <Form<LoginInput>
          name="login"
          layout="vertical"
          requiredMark={false}
          style={{ marginTop: 24 }}
          onFinish={(values) => login.mutate(values, { onSuccess: () => void navigate('/', { replace: true }) })}
        >
          {login.error && (
            <Alert
              type="error"
              showIcon
              title={errorText(login.error)}
              description={isApiError(login.error) ? login.error.message : undefined}
              style={{ marginBottom: 16 }}
            />
          )}
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true }]}>
            <Input data-testid="login-username" prefix={<UserOutlined />} autoComplete="username" autoCapitalize="none" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true }]}>
            <Input.Password data-testid="login-password" prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button data-testid="login-submit" type="primary" htmlType="submit" block loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
      </section>
    </Flex>
  );
}
