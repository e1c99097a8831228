import { Button, Card, Col, Form, Input, Modal, Popconfirm, Row, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { RefusalAlert } from '../components/RefusalAlert';
import { DIRECTORY, type Role, type Unit } from '../graphql/documents';
import {
  CONFIGURE_CHAIN,
  CREATE_SECTION,
  CREATE_UNIT,
  DEACTIVATE_USER,
  GRANT_ROLE,
  REGISTER_USER,
  RESET_PASSWORD,
  REVOKE_ROLE,
  USERS,
  type DirectoryUser,
} from '../graphql/directory-documents';
import { refusalOf, type Refusal } from '../graphql/refusal';
import { roleLabels, stepLabels } from '../labels';
import { newCommandId } from '../lib/command-id';
import { sectionName } from '../SessionContext';

const roleOptions = Object.entries(roleLabels).map(([value, label]) => ({ value, label }));
const stepOptions = ['SECTION', 'OFFICE', 'LEADER'].map((value) => ({ value, label: stepLabels[value]! }));

/**
 * 组织机构 (管理员): units and sections, users (register, deactivate, reset password), roles
 * (grant, revoke) and each unit's approval chain. The directory's rules are the API's: a
 * refusal is shown as it comes, in Chinese.
 */
export function DirectoryPage() {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [{ data: directory }, reloadDirectory] = useQuery({ query: DIRECTORY });
  const [{ data: people }, reloadUsers] = useQuery({ query: USERS, variables: { unitCode: null }, requestPolicy: 'network-only' });
  const units = directory?.units ?? [];

  /** Runs a directory command; on success says so and reads the directory again, else shows the refusal. */
  async function run(send: () => Promise<{ error?: CombinedError; data?: unknown }>, success: string): Promise<boolean> {
    const result = await send();
    if (result.error) {
      setRefusal(refusalOf(result.error));
      setDone(null);
      return false;
    }
    setRefusal(null);
    setDone(success);
    reloadDirectory({ requestPolicy: 'network-only' });
    reloadUsers({ requestPolicy: 'network-only' });
    return true;
  }

  return (
    <>
      <Typography.Title level={4}>组织机构</Typography.Title>
      <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />
      {done && (
        <Typography.Paragraph type="success" data-testid="directory-done">
          {done}
        </Typography.Paragraph>
      )}
      <Tabs
        items={[
          { key: 'users', label: '用户与角色', children: <Users units={units} users={people?.users ?? []} run={run} /> },
          { key: 'units', label: '单位与科室', children: <Units units={units} run={run} /> },
          { key: 'chains', label: '审批流程', children: <Chains units={units} run={run} /> },
        ]}
      />
    </>
  );
}

type Run = (send: () => Promise<{ error?: CombinedError; data?: unknown }>, success: string) => Promise<boolean>;

function Users({ units, users, run }: { units: Unit[]; users: DirectoryUser[]; run: Run }) {
  const [, register] = useMutation(REGISTER_USER);
  const [, deactivate] = useMutation(DEACTIVATE_USER);
  const [, reset] = useMutation(RESET_PASSWORD);
  const [, grant] = useMutation(GRANT_ROLE);
  const [, revoke] = useMutation(REVOKE_ROLE);
  const [registering, setRegistering] = useState(false);
  const [resetting, setResetting] = useState<DirectoryUser | null>(null);
  const [form] = Form.useForm();
  const [passwordForm] = Form.useForm<{ password: string }>();
  const unitCode = Form.useWatch('unitCode', form) as string | undefined;
  const sections = units.find((unit) => unit.unitCode === unitCode)?.sections ?? [];

  return (
    <>
      <Button type="primary" style={{ marginBottom: 16 }} data-testid="register-user" onClick={() => setRegistering(true)}>
        新增用户
      </Button>
      <Table<DirectoryUser>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={users}
        data-testid="users"
        columns={[
          { title: '登录名', dataIndex: 'userName' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '单位', dataIndex: 'unitCode', render: (code: string | null) => units.find((u) => u.unitCode === code)?.name ?? code ?? '' },
          { title: '科室', dataIndex: 'sectionId', render: (id: string | null) => sectionName(units, id) },
          {
            title: '角色',
            key: 'roles',
            render: (_: unknown, user) => (
              <Space size={4} wrap>
                {user.roles.map((role) => (
                  <Tag
                    key={role}
                    closable={user.active}
                    onClose={(event) => {
                      event.preventDefault();
                      void run(() => revoke({ input: { commandId: newCommandId(), userId: user.id, role } }), `已撤销 ${user.displayName} 的${roleLabels[role]}角色`);
                    }}
                  >
                    {roleLabels[role] ?? role}
                  </Tag>
                ))}
                {user.active && (
                  <Select<Role>
                    size="small"
                    placeholder="授予角色"
                    style={{ width: 120 }}
                    value={null as unknown as Role}
                    data-testid={`grant-${user.userName}`}
                    options={roleOptions.filter((option) => !user.roles.includes(option.value as Role))}
                    onChange={(role) => void run(() => grant({ input: { commandId: newCommandId(), userId: user.id, role } }), `已授予 ${user.displayName} ${roleLabels[role]}角色`)}
                  />
                )}
              </Space>
            ),
          },
          { title: '状态', dataIndex: 'active', render: (active: boolean) => (active ? <Tag color="green">启用</Tag> : <Tag>已停用</Tag>) },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, user) =>
              user.active ? (
                <Space>
                  <Button size="small" onClick={() => setResetting(user)}>
                    重置密码
                  </Button>
                  <Popconfirm
                    title={`停用 ${user.displayName}？停用后立即无法登录。`}
                    okText="停用"
                    cancelText="取消"
                    onConfirm={() => run(() => deactivate({ input: { commandId: newCommandId(), userId: user.id } }), `已停用 ${user.displayName}`)}
                  >
                    <Button size="small" danger>
                      停用
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]}
      />
      <Modal
        open={registering}
        title="新增用户"
        okText="保存"
        cancelText="取消"
        okButtonProps={{ 'data-testid': 'register-save' } as React.ComponentProps<typeof Button>}
        onCancel={() => setRegistering(false)}
        onOk={async () => {
          const values = await form.validateFields();
          const ok = await run(
            () =>
              register({
                input: {
                  commandId: newCommandId(),
                  userName: values.userName.trim(),
                  displayName: values.displayName.trim(),
                  unitCode: values.unitCode,
                  sectionId: values.sectionId ?? null,
                  password: values.password,
                },
              }),
            `已新增用户 ${values.displayName}`,
          );
          if (ok) {
            setRegistering(false);
            form.resetFields();
          }
        }}
      >
        <Form form={form} layout="vertical">
          <Form.Item label="登录名" name="userName" rules={[{ required: true, whitespace: true, message: '请填写登录名' }]}>
            <Input data-testid="new-user-name" />
          </Form.Item>
          <Form.Item label="姓名" name="displayName" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
            <Input data-testid="new-display-name" />
          </Form.Item>
          <Form.Item label="单位" name="unitCode" rules={[{ required: true, message: '请选择单位' }]}>
            <Select data-testid="new-unit" options={units.map((unit) => ({ value: unit.unitCode, label: unit.name }))} />
          </Form.Item>
          <Form.Item label="科室" name="sectionId">
            <Select allowClear data-testid="new-section" options={sections.map((s) => ({ value: s.sectionId, label: s.name }))} />
          </Form.Item>
          <Form.Item label="初始密码" name="password" rules={[{ required: true, message: '请填写初始密码' }]} extra="至少 10 个字符">
            <Input.Password data-testid="new-password" autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={resetting !== null}
        title={resetting ? `重置 ${resetting.displayName} 的密码` : ''}
        okText="重置"
        cancelText="取消"
        onCancel={() => setResetting(null)}
        onOk={async () => {
          const { password } = await passwordForm.validateFields();
          const ok = await run(
            () => reset({ input: { commandId: newCommandId(), userId: resetting!.id, newPassword: password } }),
            `已重置 ${resetting!.displayName} 的密码，此前的登录全部失效`,
          );
          if (ok) {
            setResetting(null);
            passwordForm.resetFields();
          }
        }}
      >
        <Form form={passwordForm} layout="vertical">
          <Form.Item label="新密码" name="password" rules={[{ required: true, message: '请填写新密码' }]} extra="至少 10 个字符">
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function Units({ units, run }: { units: Unit[]; run: Run }) {
  const [, createUnit] = useMutation(CREATE_UNIT);
  const [, createSection] = useMutation(CREATE_SECTION);
  const [unitForm] = Form.useForm();
  const [sectionForm] = Form.useForm();
  return (
    <Row gutter={16}>
      <Col xs={24} xl={14}>
        <Table<Unit>
          size="small"
          rowKey="unitCode"
          pagination={false}
          dataSource={units}
          columns={[
            { title: '单位编码', dataIndex: 'unitCode' },
            { title: '单位名称', dataIndex: 'name' },
            {
              title: '科室',
              key: 'sections',
              render: (_: unknown, unit) => (
                <Space size={4} wrap>
                  {unit.sections.map((s) => (
                    <Tag key={s.sectionId}>{`${s.name}（${s.sectionId}）`}</Tag>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title="新增单位" style={{ marginBottom: 16 }}>
          <Form
            form={unitForm}
            layout="vertical"
            onFinish={async (values: { unitCode: string; name: string }) => {
              if (await run(() => createUnit({ input: { commandId: newCommandId(), unitCode: values.unitCode.trim(), name: values.name.trim() } }), `已新增单位 ${values.name}`)) unitForm.resetFields();
            }}
          >
            <Form.Item label="单位编码" name="unitCode" rules={[{ required: true, whitespace: true, message: '请填写单位编码' }]}>
              <Input placeholder="如 323001" />
            </Form.Item>
            <Form.Item label="单位名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写单位名称' }]}>
              <Input />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              新增单位
            </Button>
          </Form>
        </Card>
        <Card size="small" title="新增科室">
          <Form
            form={sectionForm}
            layout="vertical"
            onFinish={async (values: { unitCode: string; sectionId: string; name: string }) => {
              if (await run(() => createSection({ input: { commandId: newCommandId(), unitCode: values.unitCode, sectionId: values.sectionId.trim(), name: values.name.trim() } }), `已新增科室 ${values.name}`))
                sectionForm.resetFields();
            }}
          >
            <Form.Item label="所属单位" name="unitCode" rules={[{ required: true, message: '请选择单位' }]}>
              <Select options={units.map((unit) => ({ value: unit.unitCode, label: unit.name }))} />
            </Form.Item>
            <Form.Item label="科室标识" name="sectionId" rules={[{ required: true, whitespace: true, message: '请填写科室标识' }]} extra="字母、数字、- 或 _，全系统唯一">
              <Input />
            </Form.Item>
            <Form.Item label="科室名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写科室名称' }]}>
              <Input />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              新增科室
            </Button>
          </Form>
        </Card>
      </Col>
    </Row>
  );
}

function Chains({ units, run }: { units: Unit[]; run: Run }) {
  const [, configure] = useMutation(CONFIGURE_CHAIN);
  return (
    <Row gutter={[16, 16]}>
      {units.map((unit) => (
        <Col xs={24} xl={12} key={unit.unitCode}>
          <Card size="small" title={`${unit.name}（${unit.unitCode}）`}>
            <Form
              key={JSON.stringify(unit.approvalChain?.steps ?? [])}
              initialValues={{ steps: unit.approvalChain?.steps ?? [] }}
              onFinish={(values: { steps: Array<{ step: string; role: Role }> }) =>
                run(() => configure({ input: { commandId: newCommandId(), unitCode: unit.unitCode, steps: values.steps } }), `已保存 ${unit.name} 的审批流程`)
              }
            >
              <Form.List name="steps">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((field, index) => (
                      <Space key={field.key} align="baseline">
                        <Typography.Text>第 {index + 1} 步</Typography.Text>
                        <Form.Item name={[field.name, 'step']} rules={[{ required: true, message: '请选择环节' }]}>
                          <Select style={{ width: 160 }} options={stepOptions} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'role']} rules={[{ required: true, message: '请选择角色' }]}>
                          <Select style={{ width: 140 }} options={roleOptions} />
                        </Form.Item>
                        <Button size="small" onClick={() => remove(field.name)}>
                          删除
                        </Button>
                      </Space>
                    ))}
                    <Space>
                      <Button onClick={() => add({})}>添加步骤</Button>
                      <Button type="primary" htmlType="submit">
                        保存审批流程
                      </Button>
                    </Space>
                  </>
                )}
              </Form.List>
            </Form>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
