import { Button, Card, Empty, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { DueTag } from '../components/DueTag';
import { RefusalAlert } from '../components/RefusalAlert';
import {
  DEADLINE_OVERVIEW,
  DELEGATIONS,
  FISCAL_CALENDAR,
  GRANT_DELEGATION,
  REVOKE_DELEGATION,
  SET_FISCAL_CALENDAR,
  type AwaitedItem,
  type Delegation,
  type FiscalCalendar,
  type GrantDelegationInput,
} from '../graphql/deadline-documents';
import { refusalOf, type Refusal } from '../graphql/refusal';
import { newCommandId } from '../lib/command-id';
import { useYearAndUnit } from '../lib/year-and-unit';
import { roleLabels } from '../labels';
import { sectionName, unitName, useSigned } from '../SessionContext';

type Dates = Omit<FiscalCalendar, 'fiscalYear' | 'unitCode'>;
const dateFields: Array<[keyof Dates, string]> = [
  ['targetTablesDue', '绩效目标表报送截止日期'],
  ['midtermCheckpoint', '中期监控时点'],
  ['midtermDue', '中期监控报送截止日期'],
  ['finalEvaluationDue', '绩效自评报送截止日期'],
];
const dayFields: Array<[keyof Dates, string]> = [
  ['decisionDays', '审核时限（天）'],
  ['reminderDays', '提前提醒（天）'],
  ['escalationDays', '逾期升级（天）'],
];

/**
 * 逾期概况 and 年度工作日历 (docs/deadlines-and-rectification.md): what a unit's year awaits,
 * overdue first, for the office and the leader; the year's dates for the administrator (the
 * department's) and the unit's office (its own).
 */
export function DeadlinesPage() {
  const { session, units } = useSigned();
  const roles = session.user.roles;
  const { fiscalYear, unitCode, picker } = useYearAndUnit();
  const [{ data, error }] = useQuery({ query: DEADLINE_OVERVIEW, variables: { fiscalYear, unitCode }, requestPolicy: 'network-only' });
  const overview = data?.deadlineOverview;
  const mayCalendar = roles.includes('ADMIN') || roles.includes('OFFICE');
  const mayDelegate = roles.includes('OFFICE') || roles.includes('LEADER');
  return (
    <>
      <Typography.Title level={4}>逾期概况</Typography.Title>
      <Space style={{ marginBottom: 16 }}>{picker}</Space>
      <RefusalAlert refusal={error ? refusalOf(error) : null} />
      {overview && (
        <Typography.Paragraph data-testid="deadline-counts">
          共 {overview.totalCount} 项，已逾期 {overview.overdueCount} 项，即将到期 {overview.dueSoonCount} 项
        </Typography.Paragraph>
      )}
      <Table<AwaitedItem>
        rowKey={(item) => `${item.kind}-${item.fiscalYear}-${item.projectCode}-${item.step ?? ''}`}
        dataSource={overview?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description="没有待办事项" /> }}
        columns={[
          { title: '事项', dataIndex: 'label', render: (label: string) => <Tag>{label}</Tag> },
          { title: '项目', dataIndex: 'name', render: (name: string, item) => `${name}（${item.projectCode}）` },
          { title: '单位', dataIndex: 'unitCode', render: (code: string) => unitName(units, code) },
          { title: '科室', dataIndex: 'sectionId', render: (id: string | null) => sectionName(units, id) },
          { title: '待谁处理', dataIndex: 'role', render: (role: string) => roleLabels[role as keyof typeof roleLabels] ?? role },
          { title: '截止日期', key: 'due', render: (_: unknown, item) => <DueTag due={item.due} /> },
          { title: '已升级至', dataIndex: 'escalatedTo', render: (to: string | null) => (to ? <Tag color="volcano">{roleLabels[to as keyof typeof roleLabels] ?? to}</Tag> : '') },
        ]}
      />
      {mayCalendar && <CalendarForm fiscalYear={fiscalYear} unitCode={roles.includes('ADMIN') ? unitCode : session.user.unitCode} />}
      {mayDelegate && session.user.unitCode && <DelegationCard unitCode={session.user.unitCode} />}
    </>
  );
}

/** 年度工作日历: the dates in force; only the fields changed are sent (fields left out keep their value). */
function CalendarForm({ fiscalYear, unitCode }: { fiscalYear: number; unitCode: string | null }) {
  const [{ data }, refresh] = useQuery({ query: FISCAL_CALENDAR, variables: { fiscalYear, unitCode }, requestPolicy: 'network-only' });
  const [, setCalendar] = useMutation(SET_FISCAL_CALENDAR);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [saved, setSaved] = useState(false);
  const [form] = Form.useForm<Dates>();
  const calendar = data?.fiscalCalendar;
  useEffect(() => {
    if (calendar) form.setFieldsValue(calendar);
  }, [calendar, form]);

  const save = async () => {
    if (!calendar) return;
    const values = form.getFieldsValue();
    const dates = Object.fromEntries(Object.entries(values).filter(([field, value]) => value !== calendar[field as keyof Dates]));
    const result = await setCalendar({ input: { commandId: newCommandId(), fiscalYear, unitCode, dates } });
    setSaved(!result.error);
    setRefusal(result.error ? refusalOf(result.error) : null);
    if (!result.error) refresh({ requestPolicy: 'network-only' });
  };

  return (
    <Card title={`${fiscalYear}年度工作日历（${unitCode ? '本单位' : '全部门'}）`} style={{ marginTop: 24 }}>
      <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />
      <Form form={form} layout="inline" onValuesChange={() => setSaved(false)}>
        {dateFields.map(([field, label]) => (
          <Form.Item key={field} name={field} label={label}>
            <Input placeholder="YYYY-MM-DD" style={{ width: 130 }} />
          </Form.Item>
        ))}
        {dayFields.map(([field, label]) => (
          <Form.Item key={field} name={field} label={label}>
            <InputNumber min={0} max={60} />
          </Form.Item>
        ))}
        <Form.Item>
          <Space>
            <Button type="primary" onClick={() => void save()}>
              保存日历
            </Button>
            {saved && <Typography.Text type="success">已保存</Typography.Text>}
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}

type DelegationForm = Omit<GrantDelegationInput, 'commandId' | 'unitCode'>;

/**
 * 代理审批: the unit's office (or leader) names a substitute for a role — who decides a step of it
 * once the step is overdue by the escalation days — and revokes one; the API's refusals are shown
 * as they come, in Chinese (docs/deadlines-and-rectification.md).
 */
function DelegationCard({ unitCode }: { unitCode: string }) {
  const { units } = useSigned();
  const [{ data, error }, refresh] = useQuery({ query: DELEGATIONS, variables: { unitCode }, requestPolicy: 'network-only' });
  const [, grant] = useMutation(GRANT_DELEGATION);
  const [, revoke] = useMutation(REVOKE_DELEGATION);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [revoking, setRevoking] = useState<Delegation | null>(null);
  const [revokeReason, setRevokeReason] = useState('');
  const [form] = Form.useForm<DelegationForm>();
  const role = Form.useWatch('role', form);
  const people = (data?.people ?? []).map((person) => ({ value: person.id, label: person.name }));
  const sections = (units.find((unit) => unit.unitCode === unitCode)?.sections ?? []).map((section) => ({ value: section.sectionId, label: section.name }));

  const answered = (failure: Parameters<typeof refusalOf>[0] | undefined) => {
    setRefusal(failure ? refusalOf(failure) : null);
    if (!failure) refresh({ requestPolicy: 'network-only' });
  };
  const save = async () => {
    const values = form.getFieldsValue();
    const result = await grant({ input: { ...values, sectionId: values.role === 'SECTION_HEAD' ? (values.sectionId ?? null) : null, commandId: newCommandId(), unitCode } });
    answered(result.error);
    if (!result.error) form.resetFields();
  };
  const revokeOne = async () => {
    if (revoking === null) return;
    const result = await revoke({ input: { commandId: newCommandId(), unitCode, delegationId: revoking.delegationId, reason: revokeReason } });
    setRevoking(null);
    answered(result.error);
  };

  return (
    <Card title="代理审批" style={{ marginTop: 24 }} data-testid="delegations">
      <Typography.Paragraph type="secondary">审核步骤逾期满「逾期升级」天数后，可由指定的代理人代为审核；职责分离仍然适用。</Typography.Paragraph>
      <RefusalAlert refusal={refusal ?? (error ? refusalOf(error) : null)} onClose={() => setRefusal(null)} />
      <Table<Delegation>
        rowKey="delegationId"
        dataSource={data?.delegations ?? []}
        pagination={false}
        size="small"
        locale={{ emptyText: <Empty description="没有代理委托" /> }}
        columns={[
          { title: '编号', dataIndex: 'delegationId' },
          { title: '审核角色', dataIndex: 'roleLabel', render: (label: string, item) => `${label}${item.sectionId ? `（${sectionName(units, item.sectionId)}）` : ''}` },
          { title: '被代理人', dataIndex: 'delegatorName' },
          { title: '代理人', dataIndex: 'substituteName' },
          { title: '期间', key: 'days', render: (_: unknown, item) => `${item.validFrom} 至 ${item.validUntil}` },
          { title: '原因', dataIndex: 'reason' },
          {
            title: '状态',
            key: 'state',
            render: (_: unknown, item) => (item.revoked ? <Tag>已撤销</Tag> : item.inForce ? <Tag color="green">有效</Tag> : <Tag color="default">不在有效期</Tag>),
          },
          {
            title: '',
            key: 'revoke',
            render: (_: unknown, item) =>
              item.revoked ? null : (
                <Button size="small" danger onClick={() => (setRevokeReason(''), setRevoking(item))}>
                  撤销
                </Button>
              ),
          },
        ]}
      />
      <Form form={form} layout="inline" style={{ marginTop: 16, rowGap: 8 }} initialValues={{ role: 'OFFICE' }}>
        <Form.Item name="role" label="审核角色">
          <Select
            style={{ width: 140 }}
            options={(['SECTION_HEAD', 'OFFICE', 'LEADER'] as const).map((value) => ({ value, label: roleLabels[value] }))}
          />
        </Form.Item>
        {role === 'SECTION_HEAD' && (
          <Form.Item name="sectionId" label="科室">
            <Select style={{ width: 140 }} options={sections} />
          </Form.Item>
        )}
        <Form.Item name="delegatorUserId" label="被代理人">
          <Select style={{ width: 140 }} options={people} showSearch optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="substituteUserId" label="代理人">
          <Select style={{ width: 140 }} options={people} showSearch optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="validFrom" label="起始日期">
          <Input placeholder="YYYY-MM-DD" style={{ width: 130 }} />
        </Form.Item>
        <Form.Item name="validUntil" label="截止日期">
          <Input placeholder="YYYY-MM-DD" style={{ width: 130 }} />
        </Form.Item>
        <Form.Item name="reason" label="原因">
          <Input style={{ width: 260 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" onClick={() => void save()}>
            指定代理人
          </Button>
        </Form.Item>
      </Form>
      <Modal
        open={revoking !== null}
        title={revoking ? `撤销代理委托 ${revoking.delegationId}` : ''}
        okText="确认撤销"
        cancelText="取消"
        okButtonProps={{ disabled: revokeReason.trim() === '' }}
        onOk={() => void revokeOne()}
        onCancel={() => setRevoking(null)}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label="撤销原因" required>
            <Input.TextArea aria-label="撤销原因" rows={2} value={revokeReason} onChange={(event) => setRevokeReason(event.target.value)} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
