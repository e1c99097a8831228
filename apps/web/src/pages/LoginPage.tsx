import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { anonymousClient } from '../graphql/client';
import { LOGIN } from '../graphql/documents';
import { loginRefusalMessage } from '../graphql/refusal';
import type { Session } from '../session';

/** 登录: user name and password; a refusal says in Chinese why (wrong password, locked until …). */
export function LoginPage({ onSignedIn, notice = null }: { onSignedIn: (session: Session) => void; notice?: string | null }) {
  const client = useMemo(() => anonymousClient(), []);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: { userName: string; password: string }) {
    setBusy(true);
    setError(null);
    const result = await client.mutation(LOGIN, values).toPromise();
    setBusy(false);
    if (result.error || !result.data) {
      setError(result.error ? loginRefusalMessage(result.error) : '登录失败');
      return;
    }
    const { token, expiresAt, user } = result.data.login;
    onSignedIn({ token, expiresAt, user });
  }

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          绩效目标管理系统
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          请使用单位分配的账号登录
        </Typography.Paragraph>
        {notice && !error && <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} data-testid="signed-out-notice" />}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label="用户名" name="userName" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
