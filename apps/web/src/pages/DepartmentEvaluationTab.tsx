import { Alert, Button, Card, Col, Descriptions, Input, Result, Row, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { CorrectionButton } from '../components/CorrectionButton';
import { ExportButtons } from '../components/ExportButtons';
import { IndicatorResultInput, type TypedResult } from '../components/IndicatorResultInput';
import { Money } from '../components/Money';
import { RefusalAlert } from '../components/RefusalAlert';
import { OpenDocumentPrompt } from '../components/OpenDocumentPrompt';
import { ReviewDecisionPanel } from '../components/ReviewDecisionPanel';
import {
  CORRECT_DEPARTMENT_EVALUATION,
  DEPARTMENT_EVALUATION,
  departmentEvaluationChain,
  EXPLAIN_DEPARTMENT_EXECUTION,
  OPEN_DEPARTMENT_EVALUATION,
  RECORD_BASIC_PAID,
  RECORD_DEPARTMENT_RESULTS,
  type DepartmentEvaluation,
  type DepartmentIndicator,
  type DepartmentKey,
  type DepartmentScore,
} from '../graphql/department-documents';
import type { Unit } from '../graphql/documents';
import { refusalOf, type Refusal } from '../graphql/refusal';
import type { ResultInput } from '../graphql/review-documents';
import { newCommandId } from '../lib/command-id';
import { typedToYuan } from '../lib/money';
import { reviewStatusColors, useStoredDraft } from '../lib/review-view';
import { useWriteSequence, type WriteAnswer } from '../lib/write-sequence';
import { useSigned } from '../SessionContext';

const partLabels: Record<string, string> = { OUTPUT: '产出', SATISFACTION: '满意度' };

/** What the person types: per indicator as on the project's 绩效自评 form, and the whole budget's facts. */
interface Draft {
  rows: TypedResult[];
  basicPaid: string;
  cause: string;
  measure: string;
}

/** A sentence without a figure is graded 达成 / 部分达成 / 未达成 with a percent (docs/department-evaluation.md, results). */
const isGraded = (indicator: DepartmentIndicator) => indicator.comparator === null || indicator.value === null;

function draftOf(evaluation: DepartmentEvaluation): Draft {
  return {
    rows: evaluation.indicators.map(({ result }) => ({ actual: result?.actual ?? '', grade: result?.grade ?? null, percent: result?.percent ?? '' })),
    basicPaid: evaluation.basicExpenditurePaid ?? '',
    cause: evaluation.executionExplanation?.cause ?? '',
    measure: evaluation.executionExplanation?.measure ?? '',
  };
}

/** The four parts with their points and score, the total and grade, and the projects' two averages. */
function ScoreCard({ score, title, testId }: { score: DepartmentScore; title: string; testId: string }) {
  return (
    <Card size="small" title={title} style={{ marginBottom: 16 }} data-testid={testId}>
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title="总分" value={score.total} suffix="分" valueStyle={{ color: '#1677ff' }} data-testid={`${testId}-total`} />
        </Col>
        <Col span={6}>
          <Statistic title="等级" value={score.gradeLabel} data-testid={`${testId}-grade`} />
        </Col>
        <Col span={12}>
          <Table
            size="small"
            pagination={false}
            rowKey="part"
            dataSource={score.parts}
            columns={[
              { title: '部分', dataIndex: 'label' },
              { title: '分值', dataIndex: 'points' },
              { title: '得分', dataIndex: 'score', render: (value: string) => <span data-testid="part-score">{value}</span> },
            ]}
          />
        </Col>
      </Row>
      <Descriptions size="small" column={3} bordered style={{ marginTop: 12 }}>
        <Descriptions.Item label="整体预算（万元）">
          <Money yuan={score.budget} />
        </Descriptions.Item>
        <Descriptions.Item label="全年支付（万元）">
          <Money yuan={score.paid} />
        </Descriptions.Item>
        <Descriptions.Item label="已批准项目自评">
          {score.finalProjectCount} / {score.projectCount} 个
        </Descriptions.Item>
        <Descriptions.Item label="项目自评简单平均分">{score.projectAverage ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="项目自评预算加权平均分（计入效益）" span={2}>
          {score.projectWeightedAverage ?? '—'}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function EvaluationForm({ evaluation, unit, onWritten }: { evaluation: DepartmentEvaluation; unit: Unit | undefined; onWritten: (position: string) => void }) {
  const { session } = useSigned();
  const key = { departmentCode: evaluation.departmentCode, fiscalYear: evaluation.fiscalYear };
  const isPreparer = session.user.roles.includes('PREPARER');
  const editable = isPreparer && (evaluation.status === 'DRAFT' || evaluation.status === 'RETURNED');
  const [draft, setDraft] = useState<Draft>(() => draftOf(evaluation));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const { busy, sendAll } = useWriteSequence(onWritten, setRefusal);
  const [, record] = useMutation(RECORD_DEPARTMENT_RESULTS);
  const [, recordBasicPaid] = useMutation(RECORD_BASIC_PAID);
  const [, explain] = useMutation(EXPLAIN_DEPARTMENT_EXECUTION);
  const [, correct] = useMutation(CORRECT_DEPARTMENT_EVALUATION);
  // What is stored replaces the form only when the stored values change (a save, a decision).
  useStoredDraft(draftOf(evaluation), setDraft);
  const change = (index: number, patch: Partial<TypedResult>) => setDraft((d) => ({ ...d, rows: d.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) }));

  function save() {
    const stored = draftOf(evaluation);
    const command = () => ({ ...key, commandId: newCommandId() });
    const results: ResultInput[] = draft.rows.flatMap((row, index) => {
      const graded = isGraded(evaluation.indicators[index]!.indicator);
      if (graded ? row.grade === null : row.actual.trim() === '') return [];
      return [graded ? { index, actual: null, grade: row.grade, percent: row.percent.trim() } : { index, actual: row.actual.trim(), grade: null, percent: null }];
    });
    const writes: Array<() => Promise<WriteAnswer>> = [];
    if (results.length > 0 && JSON.stringify(draft.rows) !== JSON.stringify(stored.rows)) writes.push(() => record({ input: { ...command(), results } }));
    if (draft.basicPaid.trim() !== stored.basicPaid) {
      const typed = draft.basicPaid.trim() === '' ? null : typedToYuan(draft.basicPaid, 'YUAN');
      // A malformed amount goes to the API as typed: its refusal names the field in Chinese.
      writes.push(() => recordBasicPaid({ input: { ...command(), amount: typed === null ? null : typed.ok ? typed.yuan : draft.basicPaid.trim() } }));
    }
    if ((draft.cause !== stored.cause || draft.measure !== stored.measure) && draft.cause.trim() && draft.measure.trim()) {
      writes.push(() => explain({ input: { ...command(), explanation: { cause: draft.cause.trim(), measure: draft.measure.trim() } } }));
    }
    void sendAll(writes);
  }

  return (
    <div data-testid="department-evaluation">
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {evaluation.departmentName} {evaluation.fiscalYear} 年度部门整体支出绩效自评
        </Typography.Title>
        <Tag color={reviewStatusColors[evaluation.status]} data-testid="evaluation-status">
          {evaluation.statusLabel}
        </Tag>
        <Typography.Text type="secondary">
          第 {evaluation.version} 版，评价第 {evaluation.baselineVersion} 版目标
        </Typography.Text>
        {evaluation.currentStep && <Typography.Text type="secondary">待 {evaluation.currentStep.label}</Typography.Text>}
      </Space>
      <div style={{ marginBottom: 16 }}>
        <ReviewDecisionPanel review={evaluation} documentKey={key} unit={unit} mutations={departmentEvaluationChain} onDone={(position) => (setRefusal(null), onWritten(position))} onRefused={setRefusal}>
          {editable && (
            <Button type="primary" ghost loading={busy} data-testid="save-department-evaluation" onClick={save}>
              保存
            </Button>
          )}
          {isPreparer && evaluation.status === 'APPROVED' && (
            <CorrectionButton title="更正已定稿的整体自评" busy={busy} correct={(reason) => sendAll([() => correct({ input: { ...key, commandId: newCommandId(), reason } })])} />
          )}
          <ExportButtons kind="department-evaluations" fiscalYear={key.fiscalYear} projectCode={key.departmentCode} />
        </ReviewDecisionPanel>
      </div>
      <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />
      {evaluation.returnReason && evaluation.status === 'RETURNED' && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="已退回" description={`退回原因：${evaluation.returnReason}`} />}
      {evaluation.approvedScore && <ScoreCard score={evaluation.approvedScore} title="已定稿的得分（审核通过时记录）" testId="approved-score" />}
      {evaluation.score ? (
        <ScoreCard score={evaluation.score} title={evaluation.approvedScore ? '按当前数据测算' : '得分'} testId="department-score" />
      ) : (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="暂不能计算得分"
          data-testid="score-problems"
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {evaluation.scoreProblems.map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
          }
        />
      )}
      <Card size="small" title="整体预算执行" style={{ marginBottom: 16 }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input
            addonBefore="基本支出全年已支付（元）"
            aria-label="基本支出已支付"
            placeholder="无基本支出可不填"
            disabled={!editable}
            value={draft.basicPaid}
            onChange={(e) => setDraft((d) => ({ ...d, basicPaid: e.target.value }))}
          />
          <Typography.Text type="secondary">整体预算执行率低于 90% 时须说明原因和改进措施</Typography.Text>
          <Input aria-label="执行原因" placeholder="原因" disabled={!editable} value={draft.cause} onChange={(e) => setDraft((d) => ({ ...d, cause: e.target.value }))} />
          <Input aria-label="执行改进措施" placeholder="改进措施" disabled={!editable} value={draft.measure} onChange={(e) => setDraft((d) => ({ ...d, measure: e.target.value }))} />
        </Space>
      </Card>
      <Table
        size="small"
        rowKey="index"
        pagination={false}
        data-testid="department-results"
        dataSource={evaluation.indicators}
        columns={[
          { title: '分项', width: 60, render: (_, row) => row.subGoal + 1 },
          { title: '指标', render: (_, row) => row.indicator.sentence },
          { title: '部分', width: 70, render: (_, row) => partLabels[row.part] ?? row.part },
          {
            title: '实际完成',
            width: 260,
            render: (_, row) => (
              <IndicatorResultInput
                index={row.index}
                label={`第${row.index + 1}项`}
                graded={isGraded(row.indicator)}
                unit={row.indicator.unit}
                typed={draft.rows[row.index]!}
                editable={editable}
                onChange={(patch) => change(row.index, patch)}
              />
            ),
          },
          { title: '分值', width: 70, render: (_, row) => row.points ?? '—' },
          { title: '得分', width: 70, render: (_, row) => <span data-testid={`department-score-${row.index}`}>{row.score ?? '—'}</span> },
        ]}
      />
    </div>
  );
}

/**
 * 整体自评: the 部门整体支出绩效自评 (docs/department-evaluation.md): opened by the preparer after the
 * year on the approved targets, results per indicator, the score the API works out, and the
 * department's chain through the shared decision panel.
 */
export function DepartmentEvaluationTab({
  documentKey,
  unit,
  minPosition,
  changes,
  onWritten,
}: {
  documentKey: DepartmentKey;
  unit: Unit | undefined;
  minPosition: string | null;
  /** useLiveChanges of the page: a project evaluation approved or a payment moves the score shown. */
  changes: number;
  onWritten: (position: string) => void;
}) {
  const { session } = useSigned();
  const [{ data, error, fetching }, refresh] = useQuery({ query: DEPARTMENT_EVALUATION, variables: { ...documentKey, minPosition }, requestPolicy: 'network-only' });
  useEffect(() => {
    if (changes > 0) refresh({ requestPolicy: 'network-only' });
  }, [changes, refresh]);
  const [, open] = useMutation(OPEN_DEPARTMENT_EVALUATION);
  if (error?.graphQLErrors[0]?.extensions?.code === 'NOT_FOUND') {
    return (
      <OpenDocumentPrompt
        title="尚未开始部门整体支出绩效自评"
        message={error.graphQLErrors[0].message}
        action="开始整体自评"
        testId="open-department-evaluation"
        open={async () => {
          const result = await open({ input: { ...documentKey, commandId: newCommandId() } });
          return { error: result.error, position: result.data?.openDepartmentEvaluation.position };
        }}
        onOpened={onWritten}
      />
    );
  }
  if (error) return <Result status="warning" title="无法读取部门整体支出绩效自评" subTitle={error.graphQLErrors[0]?.message ?? error.message} />;
  if (!data) return <Spin spinning={fetching} />;
  return <EvaluationForm evaluation={data.departmentEvaluation} unit={unit} onWritten={onWritten} />;
}
