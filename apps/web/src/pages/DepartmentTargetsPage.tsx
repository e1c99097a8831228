import { Alert, Button, Card, Col, Descriptions, Empty, Form, Input, Modal, Result, Row, Space, Spin, Table, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { ApprovalChain } from '../components/ApprovalChain';
import { ExportButtons } from '../components/ExportButtons';
import { HistoryTimeline } from '../components/HistoryTimeline';
import { Money } from '../components/Money';
import { MoneyInput, moneyRule, type TypedMoney } from '../components/MoneyInput';
import { RefusalAlert } from '../components/RefusalAlert';
import { ReviewDecisionPanel } from '../components/ReviewDecisionPanel';
import { StatusTag } from '../components/StatusTag';
import {
  CONFIRM_LINK,
  DEPARTMENT_TARGETS,
  departmentChain,
  REMOVE_LINK,
  SET_BASIC_EXPENDITURE,
  START_ADJUSTMENT,
  SUGGEST_LINKS,
  withDepartmentChain,
  type DepartmentIndicator,
  type DepartmentTargetsVersion,
  type SubGoal,
} from '../graphql/department-documents';
import { TARGET_TABLES } from '../graphql/documents';
import { refusalOf, type Refusal } from '../graphql/refusal';
import { formatTime } from '../labels';
import { newCommandId } from '../lib/command-id';
import { typedToYuan, yuanInUnit } from '../lib/money';
import { useForwardPosition } from '../lib/forward-position';
import { useLiveChanges, useReviewChangesReached } from '../lib/review-view';
import { useSigned } from '../SessionContext';
import { DepartmentEvaluationTab } from './DepartmentEvaluationTab';
import { DepartmentMonitoringTab } from './DepartmentMonitoringTab';

/** The page's tabs; `?tab=` names one, so 我的待办 can link to the self-evaluation. */
export type DepartmentTab = 'targets' | 'monitoring' | 'evaluation';
const tabs: DepartmentTab[] = ['targets', 'monitoring', 'evaluation'];

/** The page shows both of the department's documents: a change of either is followed. */
const departmentKinds = ['DEPARTMENT_TARGETS', 'DEPARTMENT_EVALUATION'] as const;

type Answer = { data?: Record<string, { position: string }>; error?: CombinedError };

/** ≥ 300 人, or 定性 where the sentence gives no figure (its name is then the sentence itself). */
function targetOf(indicator: DepartmentIndicator): string {
  if (indicator.comparator === null || indicator.value === null) return '定性';
  return `${indicator.comparator} ${indicator.value}${indicator.unit ?? ''}`;
}

/** What the link buttons do; absent on the baseline, whose links are the working version's. */
interface LinkActions {
  busy: boolean;
  confirm: (subGoal: number, projectCode: string) => void;
  remove: (subGoal: number, projectCode: string) => void;
}

/** 关联项目 of a sub-goal: suggested (with the shared words) or confirmed, each named by its table. */
function SubGoalLinks({ subGoal, fiscalYear, tableNames, actions }: { subGoal: SubGoal; fiscalYear: number; tableNames: Map<string, string>; actions: LinkActions | null }) {
  if (subGoal.links.length === 0) return <Typography.Text type="secondary">尚无关联项目</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }} data-testid={`links-${subGoal.index}`}>
      {subGoal.links.map((link) => (
        <li key={link.projectCode} data-testid="sub-goal-link" style={{ marginBottom: 4 }}>
          <Space wrap size={4}>
            <Tag color={link.status === 'CONFIRMED' ? 'green' : 'gold'}>{link.status === 'CONFIRMED' ? '已确认' : '建议'}</Tag>
            <Link to={`/target-tables/${fiscalYear}/${encodeURIComponent(link.projectCode)}`}>{tableNames.get(link.projectCode) ?? link.projectCode}</Link>
            <Typography.Text type="secondary">{link.projectCode}</Typography.Text>
            {link.reason && <Typography.Text type="secondary">（共同词语：{link.reason}）</Typography.Text>}
            {actions && link.status === 'SUGGESTED' && (
              <Button size="small" loading={actions.busy} data-testid="confirm-link" onClick={() => actions.confirm(subGoal.index, link.projectCode)}>
                确认
              </Button>
            )}
            {actions && (
              <Button size="small" danger loading={actions.busy} data-testid="remove-link" onClick={() => actions.remove(subGoal.index, link.projectCode)}>
                取消关联
              </Button>
            )}
          </Space>
        </li>
      ))}
    </ul>
  );
}

/** One version of the document as the form lays it out: 总体绩效目标, 分项绩效目标 with indicators and links, 工作保障措施. */
function DepartmentVersionView({
  version,
  fiscalYear,
  tableNames,
  actions,
}: {
  version: DepartmentTargetsVersion;
  fiscalYear: number;
  tableNames: Map<string, string>;
  actions: LinkActions | null;
}) {
  return (
    <div data-testid="department-version">
      <Typography.Title level={5}>总体绩效目标</Typography.Title>
      <Typography.Paragraph data-testid="overall-goal">{version.overallGoal}</Typography.Paragraph>
      <Typography.Title level={5}>分项绩效目标</Typography.Title>
      {version.subGoals.map((subGoal) => (
        <Card key={subGoal.index} size="small" style={{ marginBottom: 12 }} title={`${subGoal.index + 1}. ${subGoal.title}`} data-testid="sub-goal">
          <Typography.Paragraph>
            <Typography.Text strong>绩效目标：</Typography.Text>
            {subGoal.goal}
          </Typography.Paragraph>
          <Table<DepartmentIndicator>
            size="small"
            pagination={false}
            rowKey={(_, index) => String(index)}
            dataSource={subGoal.indicators}
            columns={[
              { title: '三级指标', dataIndex: 'name' },
              { title: '指标值', key: 'target', width: 120, render: (_: unknown, indicator) => targetOf(indicator) },
              { title: '原文', dataIndex: 'sentence', render: (sentence: string) => <span data-testid="indicator-sentence">{sentence}</span> },
            ]}
          />
          <div style={{ marginTop: 8 }}>
            <Typography.Text strong>关联项目：</Typography.Text>
            <SubGoalLinks subGoal={subGoal} fiscalYear={fiscalYear} tableNames={tableNames} actions={actions} />
          </div>
        </Card>
      ))}
      <Typography.Title level={5}>工作保障措施</Typography.Title>
      <ol style={{ paddingLeft: 24 }} data-testid="safeguards">
        {version.safeguards.map((safeguard, index) => (
          <li key={index} data-testid="safeguard">
            <Typography.Text strong>{safeguard.title}</Typography.Text>
            <div>{safeguard.text}</div>
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * 部门整体绩效目标 (docs/department-targets.md): the working version and, while an adjustment is
 * reviewed, the approved baseline beside it; the total budget; the links from sub-goals to the
 * project tables; the shared chain's buttons, its steps and who did what.
 */
export function DepartmentTargetsPage() {
  const { units, session } = useSigned();
  const params = useParams();
  const key = { departmentCode: params.departmentCode!, fiscalYear: Number(params.fiscalYear) };
  // Live: the page reads at its own last write or at a pushed change of the department's documents, whichever is later.
  const [minPosition, setMinPosition] = useForwardPosition();
  useReviewChangesReached({ projectCode: key.departmentCode, fiscalYear: key.fiscalYear }, departmentKinds, setMinPosition);
  const [search, setSearch] = useSearchParams();
  const tab = tabs.find((t) => t === search.get('tab')) ?? 'targets';
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const [adjusting, setAdjusting] = useState(false);
  const [settingBasic, setSettingBasic] = useState(false);
  const [adjustForm] = Form.useForm<{ reason: string }>();
  const [basicForm] = Form.useForm<{ amount?: TypedMoney }>();
  const [{ data, error, fetching }, refresh] = useQuery({ query: DEPARTMENT_TARGETS, variables: { ...key, minPosition }, requestPolicy: 'network-only' });
  // The year's tables name the linked projects; the department's budget moves with their approval.
  const [{ data: tables }, refreshTables] = useQuery({ query: TARGET_TABLES, variables: { filter: { fiscalYear: key.fiscalYear }, first: 100, after: null } });
  // The budget, the linked projects' execution and their evaluations are other documents': the page
  // re-reads on a change of a table or review the person may read, and on each reconnection.
  const changes = useLiveChanges();
  useEffect(() => {
    if (changes === 0) return;
    refresh({ requestPolicy: 'network-only' });
    refreshTables({ requestPolicy: 'network-only' });
  }, [changes, refresh, refreshTables]);
  const [, startAdjustment] = useMutation(START_ADJUSTMENT);
  const [, setBasicExpenditure] = useMutation(SET_BASIC_EXPENDITURE);
  const [, suggestLinks] = useMutation(SUGGEST_LINKS);
  const [, confirmLink] = useMutation(CONFIRM_LINK);
  const [, removeLink] = useMutation(REMOVE_LINK);

  async function send(mutation: () => Promise<Answer>): Promise<boolean> {
    setBusy(true);
    const result = await mutation();
    setBusy(false);
    const written = result.data ? Object.values(result.data)[0] : undefined;
    if (result.error || written === undefined) {
      if (result.error) setRefusal(refusalOf(result.error));
      return false;
    }
    setRefusal(null);
    setMinPosition(written.position);
    return true;
  }

  if (error) return <Result status="warning" title="无法读取部门整体绩效目标" subTitle={error.graphQLErrors[0]?.message ?? error.message} />;
  if (!data) return <Spin spinning={fetching} />;
  const document = data.departmentTargets[0];
  if (document === undefined) return <Empty description={`${key.fiscalYear} 年度尚无部门 ${key.departmentCode} 的整体绩效目标`} />;
  const unit = withDepartmentChain(units.find((u) => u.unitCode === document.departmentCode));
  const isPreparer = session.user.roles.includes('PREPARER');
  const inPreparersHands = document.status === 'DRAFT' || document.status === 'RETURNED' || document.status === 'ADJUSTING';
  const tableNames = new Map((tables?.targetTables.edges ?? []).map(({ node }) => [node.projectCode, node.name]));
  const command = () => ({ ...key, commandId: newCommandId() });
  const actions: LinkActions = {
    busy,
    confirm: (subGoal, projectCode) => void send(() => confirmLink({ input: { ...command(), subGoal, projectCode } })),
    remove: (subGoal, projectCode) => void send(() => removeLink({ input: { ...command(), subGoal, projectCode } })),
  };
  const working = document.working;
  const baselineBeside = document.baseline !== null && document.baseline.version !== working.version ? document.baseline : null;

  const targetsView = (
    <>
      <div style={{ marginBottom: 16 }}>
        <ReviewDecisionPanel review={document} documentKey={key} unit={unit} mutations={departmentChain} onDone={(position) => (setRefusal(null), setMinPosition(position))} onRefused={setRefusal}>
          {isPreparer && inPreparersHands && (
            <Button data-testid="set-basic-expenditure" onClick={() => setSettingBasic(true)}>
              基本支出
            </Button>
          )}
          {isPreparer && (
            <Button loading={busy} data-testid="suggest-links" onClick={() => send(() => suggestLinks({ input: command() }))}>
              建议关联项目
            </Button>
          )}
          {isPreparer && document.status === 'APPROVED' && (
            <Button data-testid="adjust" onClick={() => setAdjusting(true)}>
              调整
            </Button>
          )}
          <ExportButtons kind="department-targets" fiscalYear={key.fiscalYear} projectCode={key.departmentCode} />
        </ReviewDecisionPanel>
      </div>
      <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />
      {document.returnReason && document.status === 'RETURNED' && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="已退回" description={`退回原因：${document.returnReason}`} />}
      <Row gutter={16}>
        <Col xs={24} xl={17}>
          <Descriptions size="small" column={3} bordered style={{ marginBottom: 16 }} title="部门预算（万元）" data-testid="department-budget">
            <Descriptions.Item label={`项目支出（${document.budget.projectCount} 个已批准项目）`}>
              <Money yuan={document.budget.projects} testId="budget-projects" />
            </Descriptions.Item>
            <Descriptions.Item label="基本支出">
              <Money yuan={document.budget.basicExpenditure} testId="budget-basic" />
            </Descriptions.Item>
            <Descriptions.Item label="预算合计">
              <Money yuan={document.budget.total} testId="budget-total" />
            </Descriptions.Item>
          </Descriptions>
          {baselineBeside !== null ? (
            <Row gutter={16} data-testid="baseline-beside">
              <Col xs={24} xxl={12}>
                <Card size="small" title={`已批准的基线（第 ${baselineBeside.version} 版）`}>
                  <DepartmentVersionView fiscalYear={document.fiscalYear} version={baselineBeside} tableNames={tableNames} actions={null} />
                </Card>
              </Col>
              <Col xs={24} xxl={12}>
                <Card size="small" title={`调整方案（第 ${working.version} 版）`}>
                  <DepartmentVersionView fiscalYear={document.fiscalYear} version={working} tableNames={tableNames} actions={isPreparer ? actions : null} />
                </Card>
              </Col>
            </Row>
          ) : (
            <DepartmentVersionView fiscalYear={document.fiscalYear} version={working} tableNames={tableNames} actions={isPreparer ? actions : null} />
          )}
          <Descriptions size="small" column={2} style={{ marginTop: 16 }} bordered>
            <Descriptions.Item label="部门编码">{document.departmentCode}</Descriptions.Item>
            <Descriptions.Item label="版本">第 {working.version} 版</Descriptions.Item>
            <Descriptions.Item label="涵盖单位">{working.unitCodes.map((code) => units.find((u) => u.unitCode === code)?.name ?? code).join('、')}</Descriptions.Item>
            <Descriptions.Item label="最后修改">{formatTime(document.updatedAt)}</Descriptions.Item>
          </Descriptions>
        </Col>
        <Col xs={24} xl={7}>
          <Card size="small" title="审批流程" style={{ marginBottom: 16 }}>
            <ApprovalChain table={document} unit={unit} />
          </Card>
          <Card size="small" title="办理记录">
            <HistoryTimeline
              filter={{ unitCode: document.departmentCode, fiscalYear: document.fiscalYear, documentKind: 'DEPARTMENT_TARGETS' }}
              minPosition={minPosition ?? document.position}
            />
          </Card>
        </Col>
      </Row>
    </>
  );

  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="department-title">
          {working.departmentName} {document.fiscalYear} 年度部门整体绩效目标
        </Typography.Title>
        <StatusTag status={document.status} />
        {document.currentStep && <Typography.Text type="secondary">待 {document.currentStep.label}</Typography.Text>}
      </Space>
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => setSearch({ tab: key }, { replace: true })}
        items={[
          { key: 'targets', label: '目标', children: targetsView },
          { key: 'monitoring', label: '运行监控', children: <DepartmentMonitoringTab documentKey={key} minPosition={minPosition} changes={changes} canReport={isPreparer} onWritten={setMinPosition} /> },
          {
            key: 'evaluation',
            label: '整体自评',
            children: <DepartmentEvaluationTab documentKey={key} unit={unit} minPosition={minPosition} changes={changes} onWritten={setMinPosition} />,
          },
        ]}
      />
      <Modal
        open={adjusting}
        title="调整部门整体绩效目标"
        okText="开始调整"
        cancelText="取消"
        confirmLoading={busy}
        destroyOnHidden
        onCancel={() => setAdjusting(false)}
        onOk={async () => {
          const { reason } = await adjustForm.validateFields();
          if (await send(() => startAdjustment({ input: { ...command(), reason: reason.trim() } }))) setAdjusting(false);
        }}
      >
        <Typography.Paragraph type="secondary">调整期间，已批准的基线继续有效，直至调整方案审核通过。</Typography.Paragraph>
        <Form form={adjustForm} layout="vertical">
          <Form.Item label="调整原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写调整原因' }]}>
            <Input.TextArea rows={3} data-testid="adjust-reason" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={settingBasic}
        title="基本支出"
        okText="保存"
        cancelText="取消"
        confirmLoading={busy}
        destroyOnHidden
        onCancel={() => setSettingBasic(false)}
        onOk={async () => {
          const { amount } = await basicForm.validateFields();
          // An empty amount clears 基本支出: the budget then counts none (docs/department-targets.md, the budget).
          const typed = amount && amount.text.trim() !== '' ? typedToYuan(amount.text, amount.unit) : null;
          if (typed !== null && !typed.ok) return;
          if (await send(() => setBasicExpenditure({ input: { ...command(), amount: typed?.yuan ?? null } }))) setSettingBasic(false);
        }}
      >
        <Form
          form={basicForm}
          layout="vertical"
          initialValues={{ amount: working.basicExpenditure === null ? undefined : { text: yuanInUnit(working.basicExpenditure, 'WAN'), unit: 'WAN' } }}
        >
          <Form.Item label="基本支出（留空表示不填）" name="amount" rules={[moneyRule(true)]}>
            <MoneyInput testId="basic-expenditure" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
