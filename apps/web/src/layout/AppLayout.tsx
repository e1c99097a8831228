import { AuditOutlined, FileTextOutlined, ImportOutlined, InboxOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { Link, Outlet, useLocation } from 'react-router';
import { roleLabels } from '../labels';
import { sectionName, unitName, useSigned } from '../SessionContext';

const { Header, Sider, Content } = Layout;

const menu = [
  { key: '/inbox', icon: <InboxOutlined />, label: <Link to="/inbox">我的待办</Link> },
  { key: '/target-tables', icon: <FileTextOutlined />, label: <Link to="/target-tables">目标表</Link> },
  { key: '/import', icon: <ImportOutlined />, label: <Link to="/import">导入</Link> },
];

/** The breadcrumb of a path: 首页 / 目标表 / 2023 · 13052922P… / 版本. */
function crumbsOf(pathname: string): Array<{ title: React.ReactNode }> {
  const parts = pathname.split('/').filter(Boolean);
  const crumbs: Array<{ title: React.ReactNode }> = [{ title: <Link to="/inbox">首页</Link> }];
  if (parts[0] === 'inbox') crumbs.push({ title: '我的待办' });
  if (parts[0] === 'import') crumbs.push({ title: '导入' });
  if (parts[0] === 'target-tables') {
    crumbs.push({ title: <Link to="/target-tables">目标表</Link> });
    if (parts[1] === 'new') crumbs.push({ title: '新建草稿' });
    else if (parts[1] && parts[2]) {
      const base = `/target-tables/${parts[1]}/${parts[2]}`;
      crumbs.push({ title: <Link to={base}>{`${parts[1]}年 ${decodeURIComponent(parts[2])}`}</Link> });
      const tail = { edit: '修改', adjust: '调整', versions: '版本与对比' }[parts[3] ?? ''];
      if (tail) crumbs.push({ title: tail });
    }
  }
  return crumbs;
}

export function AppLayout() {
  const { session, signOut, units } = useSigned();
  const { pathname } = useLocation();
  const user = session.user;
  const selected = menu.find((item) => pathname.startsWith(item.key))?.key ?? '/inbox';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={200} theme="dark" breakpoint="lg" collapsedWidth={64}>
        <div style={{ color: '#fff', padding: '16px 20px', fontWeight: 600, fontSize: 16 }}>
          <AuditOutlined /> 绩效目标管理
        </div>
        <Menu theme="dark" mode="inline" selectedKeys={[selected]} items={menu} />
      </Sider>
      <Layout>
        <Header style={{ background: '#fff', padding: '0 24px', display: 'flex', justifyContent: 'flex-end', alignItems: 'center' }}>
          <Space size="middle" data-testid="signed-in-user">
            <UserOutlined />
            <Typography.Text strong>{user.name}</Typography.Text>
            {user.roles.map((role) => (
              <Tag key={role} color="blue">
                {roleLabels[role as keyof typeof roleLabels] ?? role}
              </Tag>
            ))}
            {user.unitCode && <Typography.Text type="secondary">{unitName(units, user.unitCode)}</Typography.Text>}
            {user.sectionId && <Typography.Text type="secondary">{sectionName(units, user.sectionId)}</Typography.Text>}
            <Button icon={<LogoutOutlined />} onClick={() => signOut()}>
              退出登录
            </Button>
          </Space>
        </Header>
        <Content style={{ margin: '16px 24px' }}>
          <Breadcrumb items={crumbsOf(pathname)} style={{ marginBottom: 16 }} />
          <div style={{ background: '#fff', padding: 24, borderRadius: 8, minHeight: 360 }}>
            <Outlet />
          </div>
        </Content>
      </Layout>
    </Layout>
  );
}
