import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { LanguageSwitch } from '../../../app/i18n/language-switch.tsx';
import { useI18n } from '../../../app/i18n/i18n.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import type { LoginInput } from '../../../../../src/modules/accounts/contract.ts';
import { useLogin } from '../api/login.ts';

export function LoginPage() {
  const { t, errorText } = useI18n();
  const navigate = useNavigate();
  const login = useLogin();

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f5f1' }}>
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Flex justify="space-between" align="start">
          <div>
            <Typography.Title level={2} style={{ margin: 0, color: '#16803c' }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
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
      </Card>
    </Flex>
  );
}
