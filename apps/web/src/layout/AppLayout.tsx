import { ApartmentOutlined, AimOutlined, AuditOutlined, CalendarOutlined, DashboardOutlined, FileTextOutlined, FundOutlined, ImportOutlined, InboxOutlined, IssuesCloseOutlined, LogoutOutlined, SafetyCertificateOutlined, TrophyOutlined, UserOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { Link, Outlet, useLocation } from 'react-router';
import { NotificationBell } from '../components/NotificationBell';
import type { Role } from '../graphql/documents';
import { roleLabels } from '../labels';
import { sectionName, unitName, useSigned } from '../SessionContext';

const { Header, Sider, Content } = Layout;

/** The menu; an entry with `roles` is shown to those roles only (the API still decides every request). */
const menu: Array<{ key: string; icon: React.ReactNode; label: React.ReactNode; roles?: Role[] }> = [
  { key: '/inbox', icon: <InboxOutlined />, label: <Link to="/inbox">我的待办</Link> },
  { key: '/target-tables', icon: <FileTextOutlined />, label: <Link to="/target-tables">目标表</Link> },
  // Read by everyone of the department's unit, the auditor and the admin (docs/department-targets.md); the API scopes it.
  { key: '/departments', icon: <AimOutlined />, label: <Link to="/departments">部门整体目标</Link> },
  { key: '/import', icon: <ImportOutlined />, label: <Link to="/import">导入</Link> },
  { key: '/execution', icon: <FundOutlined />, label: <Link to="/execution">执行总览</Link> },
  ...[
    { key: '/midterm', icon: <DashboardOutlined />, label: <Link to="/midterm">中期监控</Link> },
    { key: '/evaluations', icon: <TrophyOutlined />, label: <Link to="/evaluations">绩效自评</Link> },
  ].map((item) => ({ ...item, roles: ['PREPARER', 'SECTION_HEAD', 'OFFICE', 'LEADER', 'AUDITOR'] as Role[] })),
  { key: '/rectifications', icon: <IssuesCloseOutlined />, label: <Link to="/rectifications">整改台账</Link>, roles: ['PREPARER', 'SECTION_HEAD', 'OFFICE', 'LEADER', 'AUDITOR'] },
  { key: '/deadlines', icon: <CalendarOutlined />, label: <Link to="/deadlines">逾期概况</Link>, roles: ['OFFICE', 'LEADER', 'AUDITOR', 'ADMIN'] },
  { key: '/audit', icon: <SafetyCertificateOutlined />, label: <Link to="/audit">审计追踪</Link> },
  { key: '/directory', icon: <ApartmentOutlined />, label: <Link to="/directory">组织机构</Link>, roles: ['ADMIN'] },
];

/** The breadcrumb of a path: 首页 / 目标表 / 2023 · 13052922P… / 版本. */
function crumbsOf(pathname: string): Array<{ title: React.ReactNode }> {
  const parts = pathname.split('/').filter(Boolean);
  const crumbs: Array<{ title: React.ReactNode }> = [{ title: <Link to="/inbox">首页</Link> }];
  if (parts[0] === 'inbox') crumbs.push({ title: '我的待办' });
  if (parts[0] === 'import') crumbs.push({ title: '导入' });
  if (parts[0] === 'departments') {
    crumbs.push({ title: <Link to={parts[1] ? `/departments?year=${parts[1]}` : '/departments'}>部门整体目标</Link> });
    if (parts[1] && parts[2]) crumbs.push({ title: `${parts[1]}年 部门 ${decodeURIComponent(parts[2])}` });
  }
  if (parts[0] === 'rectifications') crumbs.push({ title: '整改台账' });
  if (parts[0] === 'deadlines') crumbs.push({ title: '逾期概况' });
  if (parts[0] === 'audit') crumbs.push({ title: '审计追踪' });
  if (parts[0] === 'directory') crumbs.push({ title: '组织机构' });
  if (parts[0] === 'execution') {
    crumbs.push({ title: <Link to="/execution">执行总览</Link> });
    if (parts[1] && parts[2]) crumbs.push({ title: `${parts[1]}年 ${decodeURIComponent(parts[2])} 支出登记 / 执行进度` });
  }
  const review = { midterm: '中期监控', evaluations: '绩效自评' }[parts[0] ?? ''];
  if (review) {
    crumbs.push({ title: <Link to={parts[1] ? `/${parts[0]}?year=${parts[1]}` : `/${parts[0]}`}>{review}</Link> });
    if (parts[1] && parts[2]) crumbs.push({ title: `${parts[1]}年 ${decodeURIComponent(parts[2])}` });
  }
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
  const items = menu.filter((item) => !item.roles || item.roles.some((role) => user.roles.includes(role))).map(({ roles: _roles, ...item }) => item);
  const selected = items.find((item) => pathname.startsWith(item.key))?.key ?? '/inbox';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={200} theme="dark" breakpoint="lg" collapsedWidth={64}>
        <div style={{ color: '#fff', padding: '16px 20px', fontWeight: 600, fontSize: 16 }}>
          <AuditOutlined /> 绩效目标管理
        </div>
        <Menu theme="dark" mode="inline" selectedKeys={[selected]} items={items} />
      </Sider>
      <Layout>
        <Header style={{ background: '#fff', padding: '0 24px', display: 'flex', justifyContent: 'flex-end', alignItems: 'center' }}>
          <NotificationBell />
          <Space size="middle" data-testid="signed-in-user" style={{ marginLeft: 16 }}>
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
