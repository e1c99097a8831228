import { Alert, Button, Card, Col, Descriptions, Input, Result, Row, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { CorrectionButton } from '../components/CorrectionButton';
import { ExportButtons } from '../components/ExportButtons';
import { IndicatorResultInput } from '../components/IndicatorResultInput';
import { Money } from '../components/Money';
import { RefusalAlert } from '../components/RefusalAlert';
import { OpenDocumentPrompt } from '../components/OpenDocumentPrompt';
import { ReviewDecisionPanel } from '../components/ReviewDecisionPanel';
import { ReviewChainCards, ReviewFacts } from '../components/ReviewSide';
import { refusalOf, type Refusal } from '../graphql/refusal';
import {
  CORRECT,
  EVALUATION_EXECUTION,
  evaluationChain,
  EXPLAIN,
  FINAL_EVALUATION,
  OPEN_EVALUATION,
  RECORD_RESULTS,
  SET_WEIGHTS,
  type FinalEvaluation,
  type ResultInput,
} from '../graphql/review-documents';
import { newCommandId } from '../lib/command-id';
import { reviewStatusColors, useLiveMinPosition, useStoredDraft } from '../lib/review-view';
import { draftOf, evaluationGradeLabels, isGraded, previewScorecard, type Draft, type DraftRow } from '../lib/scorecard-preview';
import { useWriteSequence, type WriteAnswer } from '../lib/write-sequence';
import { useSigned } from '../SessionContext';

const reasonLabels: Record<string, string> = { SHORT_OF_FULL_POINTS: '未得满分', OVER_COMPLETION: '超额完成 130% 以上' };

/** 绩效自评: results per indicator with a scorecard that follows the typing, then approval through the chain. */
export function FinalEvaluationPage() {
  const params = useParams();
  const key = { projectCode: params.projectCode!, fiscalYear: Number(params.fiscalYear) };
  const { session } = useSigned();
  const [minPosition, setMinPosition] = useLiveMinPosition(key, 'FINAL_EVALUATION');
  const [{ data, error, fetching }] = useQuery({ query: FINAL_EVALUATION, variables: { ...key, minPosition }, requestPolicy: 'network-only' });
  const [, open] = useMutation(OPEN_EVALUATION);

  if (error?.graphQLErrors[0]?.extensions?.code === 'NOT_FOUND') {
    return (
      <OpenDocumentPrompt
        title="尚未开始绩效自评"
        message={error.graphQLErrors[0].message}
        action="开始绩效自评"
        testId="open-evaluation"
        open={async () => {
          const result = await open({ input: { ...key, commandId: newCommandId() } });
          return { error: result.error, position: result.data?.openFinalEvaluation.position };
        }}
        onOpened={setMinPosition}
      />
    );
  }
  if (error) return <Result status="warning" title="无法读取绩效自评" subTitle={error.graphQLErrors[0]?.message ?? error.message} />;
  if (!data) return <Spin spinning={fetching} />;
  return <EvaluationForm evaluation={data.finalEvaluation} onWritten={setMinPosition} minPosition={minPosition} />;
}

function EvaluationForm({ evaluation, onWritten, minPosition }: { evaluation: FinalEvaluation; onWritten: (position: string) => void; minPosition: string | null }) {
  const { units, session } = useSigned();
  const key = { projectCode: evaluation.projectCode, fiscalYear: evaluation.fiscalYear };
  const unit = units.find((u) => u.unitCode === evaluation.unitCode);
  const isPreparer = session.user.roles.includes('PREPARER');
  const editable = isPreparer && (evaluation.status === 'DRAFT' || evaluation.status === 'RETURNED');
  const [draft, setDraft] = useState<Draft>(() => draftOf(evaluation));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const { busy, sendAll } = useWriteSequence(onWritten, setRefusal);
  const [, record] = useMutation(RECORD_RESULTS);
  const [, weigh] = useMutation(SET_WEIGHTS);
  const [, explain] = useMutation(EXPLAIN);
  const [, takeExecution] = useMutation(EVALUATION_EXECUTION);
  const [, correct] = useMutation(CORRECT);

  // What is stored replaces the form whenever the stored evaluation changes (a save, a new version).
  useStoredDraft(draftOf(evaluation), setDraft);
  // The domain's scoring, run on every keystroke.
  const card = useMemo(() => previewScorecard(evaluation, draft), [evaluation, draft]);
  const change = (index: number, patch: Partial<DraftRow>) => setDraft((d) => ({ ...d, rows: d.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) }));

  function save() {
    const stored = draftOf(evaluation);
    const results: ResultInput[] = draft.rows.flatMap((row, index) => {
      const graded = isGraded(evaluation.scorecard.rows[index]!.indicator);
      if (graded ? row.grade === null : row.actual.trim() === '') return [];
      return [graded ? { index, actual: null, grade: row.grade, percent: row.percent.trim() } : { index, actual: row.actual.trim(), grade: null, percent: null }];
    });
    const resultsChanged = draft.rows.some((row, i) => row.actual !== stored.rows[i]!.actual || row.grade !== stored.rows[i]!.grade || row.percent !== stored.rows[i]!.percent);
    const weightsChanged = draft.rows.some((row, i) => row.weight.trim() !== stored.rows[i]!.weight);
    const weighted = draft.rows.some((row) => row.weight.trim() !== '');
    const explained = draft.rows.flatMap((row, index) => (row.cause.trim() && row.measure.trim() ? [{ index, cause: row.cause.trim(), measure: row.measure.trim() }] : []));
    const executionExplained = draft.execution.cause.trim() && draft.execution.measure.trim() ? { cause: draft.execution.cause.trim(), measure: draft.execution.measure.trim() } : null;
    const explanationsChanged = JSON.stringify([draft.rows.map((r) => [r.cause, r.measure]), draft.execution]) !== JSON.stringify([stored.rows.map((r) => [r.cause, r.measure]), stored.execution]);
    const writes: Array<() => Promise<WriteAnswer>> = [];
    if (resultsChanged && results.length > 0) writes.push(() => record({ input: { ...key, commandId: newCommandId(), results } }));
    if (weightsChanged) writes.push(() => weigh({ input: { ...key, commandId: newCommandId(), weights: draft.rows.map((row) => (weighted && row.weight.trim() !== '' ? row.weight.trim() : null)) } }));
    if (explanationsChanged && (explained.length > 0 || executionExplained !== null)) {
      writes.push(() => explain({ input: { ...key, commandId: newCommandId(), execution: executionExplained, indicators: explained } }));
    }
    return sendAll(writes);
  }

  const execution = card.execution;
  const needsExplaining = (index: number) => (card.rows[index]?.explanationReasons.length ?? 0) > 0 || draft.rows[index]!.cause !== '' || draft.rows[index]!.measure !== '';

  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          绩效自评 · {evaluation.name}
        </Typography.Title>
        <Tag color={reviewStatusColors[evaluation.status]} data-testid="review-status">
          {evaluation.statusLabel}
        </Tag>
        <Typography.Text type="secondary">第 {evaluation.version} 版</Typography.Text>
        {evaluation.currentStep && <Typography.Text type="secondary">待 {evaluation.currentStep.label}</Typography.Text>}
        {evaluation.approvedTotal !== null && (
          <Typography.Text data-testid="approved-score">
            已定稿：第 {evaluation.approvedVersion} 版 {evaluation.approvedTotal} 分（{evaluation.approvedGrade ? evaluationGradeLabels[evaluation.approvedGrade] : ''}）
          </Typography.Text>
        )}
        <ExportButtons kind="final-evaluations" fiscalYear={key.fiscalYear} projectCode={key.projectCode} />
      </Space>
      <div style={{ marginBottom: 16 }}>
        <ReviewDecisionPanel review={evaluation} documentKey={key} unit={unit} mutations={evaluationChain} onDone={(position) => (setRefusal(null), onWritten(position))} onRefused={setRefusal}>
          {editable && (
            <>
              <Button loading={busy} data-testid="evaluation-execution" onClick={() => sendAll([() => takeExecution({ input: { ...key, commandId: newCommandId() } })])}>
                从支出台账取数
              </Button>
              <Button type="primary" ghost loading={busy} data-testid="save-evaluation" onClick={save}>
                保存
              </Button>
            </>
          )}
          {isPreparer && evaluation.status === 'APPROVED' && (
            <CorrectionButton title="更正已定稿的自评" busy={busy} correct={(reason) => sendAll([() => correct({ input: { ...key, commandId: newCommandId(), reason } })])} />
          )}
        </ReviewDecisionPanel>
      </div>
      <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />
      <Row gutter={16}>
        <Col xs={24} xl={17}>
          <Card size="small" style={{ marginBottom: 16 }} data-testid="scorecard-summary">
            <Row gutter={16}>
              <Col span={6}>
                <Statistic title="总分" value={card.total ?? '—'} valueStyle={{ color: '#1677ff' }} suffix={card.total !== null ? '分' : undefined} data-testid="score-total" />
              </Col>
              <Col span={6}>
                <Statistic title="等级" value={card.grade ? evaluationGradeLabels[card.grade] : '—'} data-testid="score-grade" />
              </Col>
              <Col span={12}>
                <Space wrap>
                  <Tag data-testid="group-execution">预算执行 {execution.score ?? '—'} / 10.00</Tag>
                  {card.groups.map((group) => (
                    <Tag key={group.label} data-testid="group-total">
                      {group.label} {group.score} / {group.points}
                    </Tag>
                  ))}
                </Space>
                {card.redistribution && <Typography.Paragraph type="secondary">{card.redistribution}</Typography.Paragraph>}
              </Col>
            </Row>
          </Card>
          {card.missing.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={`还需填写 ${card.missing.length} 项才能提交`}
              data-testid="missing"
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {card.missing.map((item, i) => (
                    <li key={i}>{item.message}</li>
                  ))}
                </ul>
              }
            />
          )}
          <Card size="small" title="预算执行（取自支出台账）" style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={4} bordered>
              <Descriptions.Item label="预算（万元）">
                <Money yuan={evaluation.scorecard.execution.budget} />
              </Descriptions.Item>
              <Descriptions.Item label="实际支出（万元）">
                <Money yuan={evaluation.scorecard.execution.executed} testId="executed" />
              </Descriptions.Item>
              <Descriptions.Item label="执行率">{execution.ratePercent === null ? '—' : `${execution.ratePercent}%`}</Descriptions.Item>
              <Descriptions.Item label="得分">{execution.score ?? '—'}</Descriptions.Item>
            </Descriptions>
            {(execution.explanationNeeded || draft.execution.cause !== '') && (
              <Space style={{ marginTop: 8, width: '100%' }} direction="vertical">
                <Typography.Text type="warning">执行率低于 90%，须说明原因和改进措施</Typography.Text>
                <Input
                  aria-label="执行原因"
                  placeholder="原因"
                  disabled={!editable}
                  value={draft.execution.cause}
                  onChange={(e) => setDraft((d) => ({ ...d, execution: { ...d.execution, cause: e.target.value } }))}
                />
                <Input
                  aria-label="执行改进措施"
                  placeholder="改进措施"
                  disabled={!editable}
                  value={draft.execution.measure}
                  onChange={(e) => setDraft((d) => ({ ...d, execution: { ...d.execution, measure: e.target.value } }))}
                />
              </Space>
            )}
          </Card>
          <Table
            size="small"
            rowKey="index"
            pagination={false}
            data-testid="scorecard"
            dataSource={evaluation.scorecard.rows}
            scroll={{ x: 1100 }}
            columns={[
              { title: '一级指标', width: 90, render: (_, row) => row.indicator.level1 },
              { title: '二级指标', width: 100, render: (_, row) => row.indicator.level2 },
              { title: '三级指标', width: 130, render: (_, row) => row.indicator.level3 },
              { title: '指标值', width: 90, render: (_, row) => row.indicator.valueText },
              {
                title: '实际完成',
                width: 230,
                render: (_, row) => (
                  <IndicatorResultInput
                    index={row.index}
                    label={`第${row.index + 1}行`}
                    graded={isGraded(row.indicator)}
                    unit={row.indicator.target.unit}
                    typed={draft.rows[row.index]!}
                    editable={editable}
                    onChange={(patch) => change(row.index, patch)}
                  />
                ),
              },
              {
                title: '权重（%）',
                width: 80,
                render: (_, row) => (
                  <Input
                    size="small"
                    aria-label={`第${row.index + 1}行权重`}
                    placeholder="平均"
                    disabled={!editable}
                    value={draft.rows[row.index]!.weight}
                    onChange={(e) => change(row.index, { weight: e.target.value })}
                  />
                ),
              },
              { title: '完成率', width: 80, render: (_, row) => (card.rows[row.index]?.completionPercent ? `${card.rows[row.index]!.completionPercent}%` : '—') },
              { title: '分值', width: 70, render: (_, row) => <span data-testid={`points-${row.index}`}>{card.rows[row.index]?.points ?? '—'}</span> },
              { title: '得分', width: 70, render: (_, row) => <span data-testid={`score-${row.index}`}>{card.rows[row.index]?.score ?? '—'}</span> },
              {
                title: '原因 / 改进措施',
                width: 260,
                render: (_, row) => {
                  if (!needsExplaining(row.index)) return <Typography.Text type="secondary">无需说明</Typography.Text>;
                  const reasons = card.rows[row.index]?.explanationReasons ?? [];
                  return (
                    <Space direction="vertical" size={4} style={{ width: '100%' }}>
                      {reasons.length > 0 && <Typography.Text type="warning">{reasons.map((r) => reasonLabels[r] ?? r).join('、')}，须说明</Typography.Text>}
                      <Input size="small" aria-label={`第${row.index + 1}行原因`} placeholder="原因" disabled={!editable} value={draft.rows[row.index]!.cause} onChange={(e) => change(row.index, { cause: e.target.value })} />
                      <Input
                        size="small"
                        aria-label={`第${row.index + 1}行改进措施`}
                        placeholder="改进措施"
                        disabled={!editable}
                        value={draft.rows[row.index]!.measure}
                        onChange={(e) => change(row.index, { measure: e.target.value })}
                      />
                    </Space>
                  );
                },
              },
            ]}
          />
          <ReviewFacts review={evaluation} unit={unit} />
        </Col>
        <Col xs={24} xl={7}>
          <ReviewChainCards review={evaluation} unit={unit} documentKind="FINAL_EVALUATION" minPosition={minPosition} />
        </Col>
      </Row>
    </>
  );
}
