import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Result, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { instantOf } from '../components/ExecutionControls';
import { DownloadButton, PrintButton } from '../components/ExportButtons';
import { RefusalAlert } from '../components/RefusalAlert';
import { StatusTag } from '../components/StatusTag';
import { TargetTableSheet } from '../components/TargetTableSheet';
import { ANCHOR, AUDIT_TRAIL, TABLE_AS_OF, VERIFY, type AuditDocumentKind, type AuditEntry, type AuditFilter, type AuditKind } from '../graphql/audit-documents';
import type { Role } from '../graphql/documents';
import { refusalOf, type Refusal } from '../graphql/refusal';
import { formatTime, roleLabels, stepLabels } from '../labels';
import { newCommandId } from '../lib/command-id';
import { exportPath } from '../lib/download';
import { useSigned } from '../SessionContext';
import { auditActionKindLabels } from '../../../../libs/domain/src/audit/audit-action-kind.js';
import { auditDocumentKindLabels } from '../../../../libs/domain/src/audit/audit-document-kind.js';

// The trail's own words for its kinds (one list, in the domain), bundled rather than copied.
const kindLabels = auditActionKindLabels;
const documentKindLabels = auditDocumentKindLabels;
const changeLabels: Record<string, string> = { ADDED: '新增', CHANGED: '修改', REMOVED: '删除' };
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const PAGE = 50;

/** The filter form: the trail's filter and the order it is shown in. */
type FilterForm = AuditFilter & { order: 'NEWEST_FIRST' | 'OLDEST_FIRST' };

/** The form's values as the API's filter: empty fields left out, local times as instants. */
function filterOf(values: FilterForm): AuditFilter {
  const filter: AuditFilter = {};
  for (const key of ['projectCode', 'actorName', 'voucherNumber'] as const) if (values[key]?.trim()) filter[key] = values[key]!.trim();
  for (const key of ['fiscalYear', 'version'] as const) if (values[key]) filter[key] = values[key];
  if (values.role) filter.role = values.role;
  if (values.unitCode) filter.unitCode = values.unitCode;
  if (values.kind) filter.kind = values.kind;
  if (values.documentKind) filter.documentKind = values.documentKind;
  if (values.step) filter.step = values.step;
  const from = instantOf(values.from);
  const to = instantOf(values.to);
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}

/** The moment just before an entry: the table as it stood before that action. */
function justBefore(at: string): string {
  return new Date(Date.parse(at) - 1).toISOString();
}

/** An ISO instant as a datetime-local value in the browser's time zone (to the second). */
function localOf(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}

/** 审计追踪: who did what, when and why, with every filter of the API; tables as of a moment; integrity. */
export function AuditPage() {
  const { session } = useSigned();
  const auditsAll = session.user.roles.some((role) => role === 'AUDITOR' || role === 'ADMIN');
  const [asOf, setAsOf] = useState<{ projectCode: string; fiscalYear: number; asOf: string } | null>(null);
  const [tab, setTab] = useState('trail');
  const items = [
    { key: 'trail', label: '审计追踪', children: <Trail onAsOf={(key) => (setAsOf(key), setTab('as-of'))} /> },
    { key: 'as-of', label: '按时点查看目标表', children: <TableAsOf value={asOf} onChange={setAsOf} /> },
    ...(auditsAll ? [{ key: 'integrity', label: '完整性校验', children: <Integrity /> }] : []),
  ];
  return (
    <>
      <Typography.Title level={4}>审计追踪</Typography.Title>
      {!auditsAll && <Typography.Paragraph type="secondary">您可以查看本单位的记录；审计和管理员可以查看全部记录。</Typography.Paragraph>}
      <Tabs activeKey={tab} onChange={setTab} items={items} />
    </>
  );
}

function Trail({ onAsOf }: { onAsOf: (key: { projectCode: string; fiscalYear: number; asOf: string }) => void }) {
  const { units } = useSigned();
  const [form] = Form.useForm<FilterForm>();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [order, setOrder] = useState<FilterForm['order']>('NEWEST_FIRST');
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [{ data, error, fetching }] = useQuery({
    query: AUDIT_TRAIL,
    variables: { filter, order, first: PAGE, after: cursors[cursors.length - 1] ?? null },
    requestPolicy: 'network-only',
  });
  const connection = data?.auditTrail;
  return (
    <>
      <Form<FilterForm>
        form={form}
        layout="inline"
        initialValues={{ order: 'NEWEST_FIRST' }}
        style={{ marginBottom: 16, rowGap: 8 }}
        onFinish={(values) => {
          setFilter(filterOf(values));
          setOrder(values.order);
          setCursors([null]);
        }}
      >
        <Form.Item label="项目编码" name="projectCode"><Input allowClear data-testid="trail-project" style={{ width: 200 }} /></Form.Item>
        <Form.Item label="年度" name="fiscalYear"><InputNumber min={2000} max={2100} /></Form.Item>
        <Form.Item label="凭证号" name="voucherNumber"><Input allowClear data-testid="trail-voucher" style={{ width: 140 }} /></Form.Item>
        <Form.Item label="操作人" name="actorName"><Input allowClear placeholder="姓名" style={{ width: 120 }} /></Form.Item>
        <Form.Item label="角色" name="role"><Select allowClear style={{ width: 130 }} options={options(roleLabels)} /></Form.Item>
        <Form.Item label="单位" name="unitCode">
          <Select allowClear style={{ width: 240 }} options={units.map((unit) => ({ value: unit.unitCode, label: unit.name }))} />
        </Form.Item>
        {/* More than twenty kinds: typing 调整 finds it faster than scrolling. */}
        <Form.Item label="操作类别" name="kind"><Select allowClear showSearch optionFilterProp="label" style={{ width: 130 }} options={options(kindLabels)} data-testid="trail-kind" /></Form.Item>
        <Form.Item label="文书类别" name="documentKind"><Select allowClear showSearch optionFilterProp="label" style={{ width: 150 }} options={options(documentKindLabels)} /></Form.Item>
        <Form.Item label="审核环节" name="step">
          <Select allowClear style={{ width: 150 }} options={options({ SECTION: stepLabels.SECTION!, OFFICE: stepLabels.OFFICE!, LEADER: stepLabels.LEADER! })} />
        </Form.Item>
        <Form.Item label="版本" name="version"><InputNumber min={1} /></Form.Item>
        <Form.Item label="起" name="from"><Input type="datetime-local" step={1} /></Form.Item>
        <Form.Item label="止" name="to"><Input type="datetime-local" step={1} /></Form.Item>
        <Form.Item label="排序" name="order">
          <Select style={{ width: 120 }} options={[{ value: 'NEWEST_FIRST', label: '最新在前' }, { value: 'OLDEST_FIRST', label: '最早在前' }]} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" data-testid="trail-search">查询</Button>
            <Button onClick={() => (form.resetFields(), setFilter({}), setOrder('NEWEST_FIRST'), setCursors([null]))}>重置</Button>
            {/* The entries of the filter in force (the last 查询), oldest first, as docs/exports.md says. */}
            <DownloadButton path={exportPath('/exports/audit-trail.xlsx', { ...filter })} testId="trail-download" />
            <PrintButton form={exportPath('/exports/audit-trail', { ...filter })} testId="trail-print" />
          </Space>
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title="无法读取审计记录" description={error.graphQLErrors[0]?.message ?? error.message} style={{ marginBottom: 16 }} />}
      <Table<AuditEntry>
        size="small"
        rowKey="id"
        loading={fetching}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        data-testid="trail"
        expandable={{
          rowExpandable: (entry) => (entry.changes?.length ?? 0) > 0,
          expandedRowRender: (entry) => (
            <Table
              size="small"
              rowKey="field"
              pagination={false}
              dataSource={entry.changes ?? []}
              columns={[
                { title: '字段', dataIndex: 'label' },
                { title: '变化', dataIndex: 'change', render: (change: string) => changeLabels[change] ?? change },
                { title: '修改前', dataIndex: 'before', render: (v: string | null) => <Typography.Text delete>{v ?? '—'}</Typography.Text> },
                { title: '修改后', dataIndex: 'after', render: (v: string | null) => <Typography.Text mark>{v ?? '—'}</Typography.Text> },
              ]}
            />
          ),
        }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 170, render: (at: string) => formatTime(at) },
          {
            title: '操作人',
            key: 'actor',
            render: (_: unknown, entry) => (
              <Space size={4} wrap>
                {entry.actor.name}
                {entry.actor.roles.map((role) => <Tag key={role}>{roleLabels[role] ?? role}</Tag>)}
              </Space>
            ),
          },
          { title: '操作', dataIndex: 'label', render: (label: string) => <Tag color="blue">{label}</Tag> },
          { title: '文书', dataIndex: 'documentKind', render: (kind: AuditDocumentKind | null) => (kind ? documentKindLabels[kind] : '') },
          { title: '项目 / 对象', key: 'subject', render: (_: unknown, entry) => (entry.projectCode ? `${entry.fiscalYear ?? ''} ${entry.projectCode}` : entry.subject) },
          { title: '凭证号', dataIndex: 'voucherNumber' },
          { title: '环节', dataIndex: 'step', render: (step: string | null) => (step ? stepLabels[step] ?? step : '') },
          { title: '说明', dataIndex: 'summary' },
          { title: '原因 / 意见', dataIndex: 'reason' },
          {
            title: '',
            key: 'open',
            render: (_: unknown, entry) =>
              // The department's overall targets name its unit, not a project (docs/department-targets.md, reading it).
              entry.documentKind === 'DEPARTMENT_TARGETS' && entry.unitCode && entry.fiscalYear ? (
                <Link to={`/departments/${entry.fiscalYear}/${encodeURIComponent(entry.unitCode)}`}>部门整体目标</Link>
              ) : entry.projectCode && entry.fiscalYear ? (
                <Space size={4} direction="vertical">
                  {entry.documentKind === 'TARGET_TABLE' && (
                    <Button size="small" data-testid={`as-of-${entry.id}`} onClick={() => onAsOf({ projectCode: entry.projectCode!, fiscalYear: entry.fiscalYear!, asOf: justBefore(entry.at) })}>
                      此前的目标表
                    </Button>
                  )}
                  {entry.documentKind === 'LEDGER' && <Link to={`/execution/${entry.fiscalYear}/${encodeURIComponent(entry.projectCode)}`}>执行进度</Link>}
                </Space>
              ) : null,
          },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Typography.Text data-testid="trail-count">共 {connection?.totalCount ?? 0} 条，第 {cursors.length} 页</Typography.Text>
        <Button disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>上一页</Button>
        <Button disabled={!connection?.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, connection?.pageInfo.endCursor ?? null])}>下一页</Button>
      </Space>
    </>
  );
}

function TableAsOf({ value, onChange }: { value: { projectCode: string; fiscalYear: number; asOf: string } | null; onChange: (value: { projectCode: string; fiscalYear: number; asOf: string }) => void }) {
  const [{ data, error, fetching }] = useQuery({ query: TABLE_AS_OF, variables: value ?? { projectCode: '', fiscalYear: 0, asOf: '' }, pause: value === null, requestPolicy: 'network-only' });
  const table = data?.targetTable;
  return (
    <>
      <Form
        layout="inline"
        key={value ? `${value.projectCode}-${value.asOf}` : 'empty'}
        initialValues={value ? { ...value, asOf: localOf(value.asOf) } : undefined}
        style={{ marginBottom: 16, rowGap: 8 }}
        onFinish={(values: { projectCode: string; fiscalYear: number; asOf: string }) => {
          const at = instantOf(values.asOf);
          if (at) onChange({ projectCode: values.projectCode.trim(), fiscalYear: values.fiscalYear, asOf: at });
        }}
      >
        <Form.Item label="项目编码" name="projectCode" rules={[{ required: true, message: '请填写项目编码' }]}><Input data-testid="as-of-project" style={{ width: 220 }} /></Form.Item>
        <Form.Item label="年度" name="fiscalYear" rules={[{ required: true, message: '请填写年度' }]}><InputNumber min={2000} max={2100} data-testid="as-of-year" /></Form.Item>
        <Form.Item label="时点" name="asOf" rules={[{ required: true, message: '请选择时点' }]}><Input type="datetime-local" step={1} data-testid="as-of-moment" /></Form.Item>
        <Form.Item><Button type="primary" htmlType="submit" data-testid="as-of-show">查看</Button></Form.Item>
      </Form>
      {value && <Typography.Paragraph type="secondary" data-testid="as-of-caption">{`${formatTime(value.asOf)} 时的目标表（按当时为止的记录重建）`}</Typography.Paragraph>}
      {error && <Result status="warning" title="无法读取该时点的目标表" subTitle={error.graphQLErrors[0]?.message ?? error.message} />}
      {fetching && !table && <Typography.Text>加载中…</Typography.Text>}
      {table && value && (
        <div data-testid="as-of-table">
          <Space style={{ marginBottom: 8 }}>
            <StatusTag status={table.status} />
            <Typography.Text>第 {table.version} 版，最后修改 {formatTime(table.updatedAt)}</Typography.Text>
          </Space>
          <TargetTableSheet content={table} projectCode={table.projectCode} fiscalYear={table.fiscalYear} unitName={table.unitName} />
        </div>
      )}
    </>
  );
}

function Integrity() {
  const [run, setRun] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [{ data, error, fetching }, verify] = useQuery({ query: VERIFY, pause: !run, requestPolicy: 'network-only' });
  const [anchoring, anchor] = useMutation(ANCHOR);
  const [{ data: anchors }, reloadAnchors] = useQuery({
    query: AUDIT_TRAIL,
    variables: { filter: { documentKind: 'INTEGRITY' }, order: 'NEWEST_FIRST', first: 20, after: null },
    requestPolicy: 'network-only',
  });
  const report = data?.verifyAuditTrail;
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" loading={fetching} data-testid="verify" onClick={() => (run ? verify({ requestPolicy: 'network-only' }) : setRun(true))}>
          运行完整性校验
        </Button>
        <Button
          loading={anchoring.fetching}
          onClick={async () => {
            const result = await anchor({ commandId: newCommandId() });
            if (result.error) setRefusal(refusalOf(result.error));
            else {
              setRefusal(null);
              reloadAnchors({ requestPolicy: 'network-only' });
            }
          }}
        >
          立即锚定
        </Button>
      </Space>
      <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />
      {error && <Alert type="error" showIcon title="校验未完成" description={error.graphQLErrors[0]?.message ?? error.message} />}
      {report && (
        <div data-testid="integrity-report">
          {report.intact ? (
            <Alert type="success" showIcon title="完整无损" description={`已校验 ${report.streamsChecked} 个记录流、${report.eventsChecked} 条事件，未发现篡改。`} style={{ marginBottom: 16 }} />
          ) : (
            <Alert type="error" showIcon title={`发现 ${report.breaks.length} 处异常`} description={`已校验 ${report.streamsChecked} 个记录流、${report.eventsChecked} 条事件。`} style={{ marginBottom: 16 }} />
          )}
          {report.breaks.length > 0 && (
            <Table
              size="small"
              rowKey={(b) => `${b.streamId}-${b.revision}`}
              pagination={false}
              dataSource={report.breaks}
              style={{ marginBottom: 16 }}
              columns={[
                { title: '记录流', dataIndex: 'streamId' },
                { title: '修订号', dataIndex: 'revision' },
                { title: '位置', dataIndex: 'position' },
                { title: '问题', dataIndex: 'problem' },
                { title: '说明', dataIndex: 'message' },
                { title: '应为', dataIndex: 'expected' },
                { title: '实为', dataIndex: 'actual' },
              ]}
            />
          )}
          <Descriptions size="small" bordered column={1} title="最新锚点" style={{ marginBottom: 16 }}>
            {report.latestAnchor ? (
              <>
                <Descriptions.Item label="时间">{formatTime(report.latestAnchor.at)}</Descriptions.Item>
                <Descriptions.Item label="覆盖到日志位置">{report.latestAnchor.headPosition}</Descriptions.Item>
                <Descriptions.Item label="记录流数">{report.latestAnchor.streamCount}</Descriptions.Item>
                <Descriptions.Item label="签名与内容">{report.latestAnchor.verified ? <Tag color="green">一致</Tag> : <Tag color="red">不一致</Tag>}</Descriptions.Item>
              </>
            ) : (
              <Descriptions.Item label="状态">尚未锚定</Descriptions.Item>
            )}
          </Descriptions>
        </div>
      )}
      <Card size="small" title="锚点记录">
        <Table<AuditEntry>
          size="small"
          rowKey="id"
          pagination={false}
          data-testid="anchors"
          dataSource={anchors?.auditTrail.edges.map((edge) => edge.node) ?? []}
          columns={[
            { title: '时间', dataIndex: 'at', render: (at: string) => formatTime(at) },
            { title: '操作人', dataIndex: ['actor', 'name'] },
            { title: '说明', dataIndex: 'summary' },
            { title: '日志位置', dataIndex: 'position' },
          ]}
        />
      </Card>
    </>
  );
}
