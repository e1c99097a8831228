import { Alert, Button, Card, Col, Descriptions, Form, Input, Modal, Result, Row, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { EChart } from '../components/EChart';
import { ExecutionControls, type ReadAt } from '../components/ExecutionControls';
import { LightTag } from '../components/LightTag';
import { Money } from '../components/Money';
import { MoneyInput, moneyRule, type TypedMoney } from '../components/MoneyInput';
import { RefusalAlert } from '../components/RefusalAlert';
import { LEDGER_CHANGED, LEDGER_PAGE_SIZE, PROJECT_EXECUTION, RECORD_DISBURSEMENT, REVERSE_DISBURSEMENT, type LedgerEntry } from '../graphql/execution-documents';
import { refusalOf, type Refusal } from '../graphql/refusal';
import { formatTime } from '../labels';
import { executionChartOption, thresholdText } from '../lib/execution-chart';
import { newCommandId } from '../lib/command-id';
import { fenToYuan, typedToYuan, yuanToFen } from '../lib/money';
import { useForwardPosition } from '../lib/forward-position';
import { useWholeLedger } from '../lib/whole-ledger';
import { useSigned } from '../SessionContext';

interface PaymentForm {
  amount: TypedMoney;
  date: string;
  voucherNumber: string;
  payee: string;
  note?: string;
}

/** An amount in 元 with thousands separators, as the ledger prints it. */
function yuanText(yuan: string): string {
  const [whole, fraction] = yuan.split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/gu, ',')}.${fraction ?? '00'}`;
}

/**
 * 支出登记 / 执行进度 of one project: the figures and the light, the chart of cumulative spending
 * against the plan, the checkpoints, the ledger with running totals; the office records and
 * reverses payments here. A payment stored by anyone is read at once (ledgerChanged).
 */
export function ExecutionPage() {
  const { session } = useSigned();
  const params = useParams();
  const projectCode = params.projectCode!;
  const fiscalYear = Number(params.fiscalYear);
  const [readAt, setReadAt] = useState<ReadAt>({ through: null, asOf: null });
  const [minPosition, setMinPosition] = useForwardPosition();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [reversing, setReversing] = useState<LedgerEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<PaymentForm>();
  const [reverseForm] = Form.useForm<{ reason: string }>();
  const [, record] = useMutation(RECORD_DISBURSEMENT);
  const [, reverse] = useMutation(REVERSE_DISBURSEMENT);
  const [{ data, error, fetching }] = useQuery({
    query: PROJECT_EXECUTION,
    variables: { projectCode, fiscalYear, ...readAt, minPosition, unitCode: null, first: LEDGER_PAGE_SIZE },
    requestPolicy: 'network-only',
  });
  const [{ data: change }] = useSubscription({ query: LEDGER_CHANGED });
  useEffect(() => {
    const changed = change?.ledgerChanged;
    if (changed && changed.projectCode === projectCode && changed.fiscalYear === fiscalYear) setMinPosition(changed.position);
  }, [change, projectCode, fiscalYear, setMinPosition]);

  const execution = data?.projectExecution;
  const ledger = data?.disbursements;
  const { entries, error: ledgerError } = useWholeLedger(ledger, { projectCode, fiscalYear, asOf: readAt.asOf, minPosition });
  const option = useMemo(
    () => (execution && entries ? executionChartOption({ entries, checkpoints: execution.checkpoints, fiscalYear, through: execution.through }) : null),
    [execution, entries, fiscalYear],
  );
  const rows = useMemo(() => {
    let running = 0n;
    return (entries ?? []).map((entry) => {
      running += yuanToFen(entry.amount) ?? 0n;
      return { ...entry, runningTotal: fenToYuan(running) };
    });
  }, [entries]);

  if (error && !data) return <Result status="warning" title="无法读取执行情况" subTitle={error.graphQLErrors[0]?.message ?? error.message} />;
  if (ledgerError !== null) return <Result status="warning" title="无法读取支出台账" subTitle={ledgerError} />;
  if (!execution || !ledger || !entries) return <Spin spinning />;
  const office = session.user.roles.includes('OFFICE') && session.user.unitCode === execution.unitCode && readAt.asOf === null;

  async function pay(values: PaymentForm) {
    const amount = typedToYuan(values.amount.text, values.amount.unit);
    if (!amount.ok) return;
    setBusy(true);
    const result = await record({
      input: {
        commandId: newCommandId(),
        projectCode,
        fiscalYear,
        amount: amount.yuan,
        date: values.date,
        voucherNumber: values.voucherNumber.trim(),
        payee: values.payee.trim(),
        note: values.note?.trim() || null,
      },
    });
    setBusy(false);
    if (result.error || !result.data) {
      if (result.error) setRefusal(refusalOf(result.error));
      return;
    }
    setRefusal(null);
    form.resetFields();
    setMinPosition(result.data.recordDisbursement.position);
  }

  async function reverseEntry() {
    const { reason } = await reverseForm.validateFields();
    setBusy(true);
    const result = await reverse({ input: { commandId: newCommandId(), projectCode, fiscalYear, entryNumber: reversing!.entryNumber, reason: reason.trim() } });
    setBusy(false);
    if (result.error || !result.data) {
      if (result.error) setRefusal(refusalOf(result.error));
      setReversing(null);
      return;
    }
    setRefusal(null);
    setReversing(null);
    reverseForm.resetFields();
    setMinPosition(result.data.reverseDisbursement.position);
  }

  const thresholds = data?.executionOverview?.thresholds;
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {execution.name}
        </Typography.Title>
        <Typography.Text type="secondary">
          {fiscalYear}年 · {projectCode} · {execution.unitName} · 依据第 {execution.baselineVersion} 版已批准目标表
        </Typography.Text>
        <Link to={`/target-tables/${fiscalYear}/${encodeURIComponent(projectCode)}`}>查看目标表</Link>
      </Space>
      <ExecutionControls value={readAt} onChange={setReadAt} />
      <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />
      {execution.behindPlan && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="behind-plan" title={`支出落后于${execution.behindPlanAt?.label ?? ''}的累计计划`} />
      )}
      <Row gutter={16} style={{ marginBottom: 16 }} data-testid="execution-figures">
        <Col>
          <Card size="small">
            <Statistic title="预算（万元）" valueRender={() => <Money yuan={execution.budget} testId="figure-budget" />} />
          </Card>
        </Col>
        <Col>
          <Card size="small">
            <Statistic title={`截至 ${execution.through} 已支出（万元）`} valueRender={() => <Money yuan={execution.spent} testId="figure-spent" />} />
          </Card>
        </Col>
        <Col>
          <Card size="small">
            <Statistic title="计划累计（万元）" valueRender={() => <Money yuan={execution.plannedToDate} testId="figure-planned" />} />
          </Card>
        </Col>
        <Col>
          <Card size="small">
            <Statistic title="执行率" valueRender={() => <span data-testid="figure-rate">{execution.executionRate === null ? '—' : `${execution.executionRate}%`}</span>} />
          </Card>
        </Col>
        <Col>
          <Card size="small">
            <Statistic
              title={`序时进度（${execution.elapsedMonths}/12 个月）`}
              valueRender={() => <span data-testid="figure-time">{`${execution.timeProgress}%`}</span>}
            />
          </Card>
        </Col>
        <Col>
          <Card size="small">
            <Statistic title="执行率 ÷ 序时进度" valueRender={() => <span data-testid="figure-ratio">{execution.lightRatio === null ? '—' : `${execution.lightRatio}%`}</span>} />
          </Card>
        </Col>
        <Col>
          <Card size="small">
            <Statistic title="预警灯" valueRender={() => <LightTag light={execution.light} label={execution.lightLabel} testId="figure-light" />} />
          </Card>
        </Col>
      </Row>
      {thresholds && (
        <Typography.Paragraph type="secondary" data-testid="thresholds">
          亮灯规则（执行率 ÷ 序时进度）：{thresholdText(thresholds)}
        </Typography.Paragraph>
      )}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card size="small" title="累计支出与累计计划（万元）" style={{ marginBottom: 16 }}>
            {option && <EChart option={option} testId="execution-chart" height={340} />}
            <Typography.Text type="secondary" data-testid="chart-summary">
              截至 {execution.through}：累计支出 {yuanText(execution.spent)} 元，累计计划 {yuanText(execution.plannedToDate)} 元
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title="计划节点" style={{ marginBottom: 16 }}>
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={execution.checkpoints}
              columns={[
                { title: '节点', dataIndex: 'label' },
                { title: '累计计划', dataIndex: 'planned', align: 'right', render: (yuan: string | null) => <Money yuan={yuan} /> },
                { title: '当时已支出', dataIndex: 'spent', align: 'right', render: (yuan: string | null) => <Money yuan={yuan} /> },
                { title: '差额', dataIndex: 'shortfall', align: 'right', render: (yuan: string | null) => <Money yuan={yuan} /> },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {office && (
        <Card size="small" title="登记支出" style={{ marginBottom: 16 }}>
          <Form form={form} layout="inline" onFinish={pay} style={{ rowGap: 8 }} initialValues={{ amount: { text: '', unit: 'WAN' } }}>
            <Form.Item label="金额" name="amount" rules={[moneyRule(false)]}>
              <MoneyInput testId="payment-amount" />
            </Form.Item>
            <Form.Item label="付款日期" name="date" rules={[{ required: true, message: '请填写付款日期' }]}>
              <Input type="date" data-testid="payment-date" min={`${fiscalYear}-01-01`} max={`${fiscalYear}-12-31`} />
            </Form.Item>
            <Form.Item label="凭证号" name="voucherNumber" rules={[{ required: true, whitespace: true, message: '请填写凭证号' }]}>
              <Input data-testid="payment-voucher" style={{ width: 140 }} />
            </Form.Item>
            <Form.Item label="收款人" name="payee" rules={[{ required: true, whitespace: true, message: '请填写收款人' }]}>
              <Input data-testid="payment-payee" style={{ width: 200 }} />
            </Form.Item>
            <Form.Item label="摘要" name="note">
              <Input data-testid="payment-note" style={{ width: 200 }} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={busy} data-testid="record-payment">
                登记
              </Button>
            </Form.Item>
          </Form>
        </Card>
      )}
      <Card size="small" title={`支出台账（合计 ${yuanText(ledger.total)} 元）`}>
        <Table<(typeof rows)[number]>
          size="small"
          rowKey="entryNumber"
          pagination={false}
          dataSource={rows}
          data-testid="ledger"
          columns={[
            { title: '序号', dataIndex: 'entryNumber', width: 60 },
            { title: '类别', dataIndex: 'kind', render: (kind: string) => (kind === 'REVERSAL' ? <Tag color="red">冲销</Tag> : <Tag>支出</Tag>) },
            { title: '付款日期', dataIndex: 'date' },
            { title: '凭证号', dataIndex: 'voucherNumber' },
            { title: '收款人', dataIndex: 'payee' },
            { title: '金额（元）', dataIndex: 'amount', align: 'right', render: (yuan: string) => yuanText(yuan) },
            { title: '累计（元）', dataIndex: 'runningTotal', align: 'right', render: (yuan: string) => yuanText(yuan) },
            {
              title: '摘要 / 冲销原因',
              key: 'why',
              render: (_: unknown, entry) =>
                entry.kind === 'REVERSAL' ? `冲销第 ${entry.reversedEntryNumber} 笔：${entry.reason ?? ''}` : (entry.note ?? ''),
            },
            { title: '登记人', dataIndex: ['recorder', 'name'] },
            { title: '登记时间', dataIndex: 'recordedAt', render: (at: string) => formatTime(at) },
            {
              title: '操作',
              key: 'actions',
              render: (_: unknown, entry) =>
                entry.reversedByEntryNumber !== null ? (
                  <Typography.Text type="secondary">已被第 {entry.reversedByEntryNumber} 笔冲销</Typography.Text>
                ) : office && entry.kind === 'PAYMENT' ? (
                  <Button size="small" danger data-testid={`reverse-${entry.entryNumber}`} onClick={() => setReversing(entry)}>
                    冲销
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <Modal
        open={reversing !== null}
        title={reversing ? `冲销第 ${reversing.entryNumber} 笔（凭证号 ${reversing.voucherNumber}，${yuanText(reversing.amount)} 元）` : ''}
        okText="确认冲销"
        cancelText="取消"
        okButtonProps={{ danger: true, loading: busy }}
        onOk={reverseEntry}
        onCancel={() => setReversing(null)}
      >
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
          <Descriptions.Item label="说明">冲销按原付款日期和凭证号登记一笔负数，原记录保留；冲销后可用同一凭证号重新登记。</Descriptions.Item>
        </Descriptions>
        <Form form={reverseForm} layout="vertical">
          <Form.Item label="冲销原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写冲销原因' }]}>
            <Input.TextArea rows={3} data-testid="reverse-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
