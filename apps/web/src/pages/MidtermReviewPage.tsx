import { Alert, Button, Card, Col, Descriptions, Input, Radio, Result, Row, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ExportButtons } from '../components/ExportButtons';
import { Money } from '../components/Money';
import { ProgressForm, type ProgressEntry } from '../components/ProgressForm';
import { RefusalAlert } from '../components/RefusalAlert';
import { ReviewDecisionPanel } from '../components/ReviewDecisionPanel';
import { ReviewChainCards, ReviewFacts } from '../components/ReviewSide';
import { TARGET_TABLE } from '../graphql/documents';
import { refusalOf, type Refusal } from '../graphql/refusal';
import {
  ASSESS_MIDTERM,
  MIDTERM_EXECUTION,
  MIDTERM_REVIEW,
  midtermChain,
  OPEN_MIDTERM,
  REPORT_PROGRESS,
  type AssessmentInput,
  type DeviationCause,
  type Likelihood,
  type MidtermReview,
} from '../graphql/review-documents';
import { newCommandId } from '../lib/command-id';
import { causeOptions, LightTag, likelihoodOptions, reviewStatusColors, useLiveMinPosition, useStoredDraft } from '../lib/review-view';
import { useSigned } from '../SessionContext';

interface AssessmentDraft {
  reached: string;
  expectedFullYear: string;
  likelihood: Likelihood | null;
  cause: DeviationCause | null;
  measure: string;
}

function draftOf(review: MidtermReview): AssessmentDraft[] {
  return review.progress.map(({ index, reports }) => {
    const assessed = review.assessments.find((a) => a.index === index);
    return {
      reached: assessed?.reached ?? reports.at(-1)?.value ?? '',
      expectedFullYear: assessed?.expectedFullYear ?? '',
      likelihood: assessed?.likelihood ?? null,
      cause: assessed?.cause ?? null,
      measure: assessed?.measure ?? '',
    };
  });
}

/** 绩效运行监控: progress reported during the year, the review at its checkpoint with execution from the ledger, and its approval. */
export function MidtermReviewPage() {
  const { units, session } = useSigned();
  const params = useParams();
  const key = { projectCode: params.projectCode!, fiscalYear: Number(params.fiscalYear) };
  const [minPosition, setMinPosition] = useLiveMinPosition(key, 'MIDTERM_REVIEW');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [{ data, error, fetching }] = useQuery({ query: MIDTERM_REVIEW, variables: { ...key, minPosition }, requestPolicy: 'network-only' });
  const review = data?.midtermReview;
  const [drafts, setDrafts] = useState<AssessmentDraft[]>([]);
  const [checkpoint, setCheckpoint] = useState('');
  const [busy, setBusy] = useState(false);
  const [, open] = useMutation(OPEN_MIDTERM);
  const [, assess] = useMutation(ASSESS_MIDTERM);
  const [, takeExecution] = useMutation(MIDTERM_EXECUTION);
  const [, report] = useMutation(REPORT_PROGRESS);

  useStoredDraft(review ? draftOf(review) : undefined, setDrafts);

  async function send(mutation: () => Promise<{ data?: Record<string, { position: string }>; error?: import('urql').CombinedError }>): Promise<boolean> {
    setBusy(true);
    const result = await mutation();
    setBusy(false);
    if (result.error || !result.data) {
      if (result.error) setRefusal(refusalOf(result.error));
      return false;
    }
    setRefusal(null);
    setMinPosition(Object.values(result.data)[0]!.position);
    return true;
  }

  if (error?.graphQLErrors[0]?.extensions?.code === 'NOT_FOUND') {
    return <MidtermStart projectKey={key} message={error.graphQLErrors[0].message} refusal={refusal} setRefusal={setRefusal} busy={busy} send={send} />;
  }
  if (error) return <Result status="warning" title="无法读取中期监控" subTitle={error.graphQLErrors[0]?.message ?? error.message} />;
  if (!review) return <Spin spinning={fetching} />;
  const unit = units.find((u) => u.unitCode === review.unitCode);
  const isPreparer = session.user.roles.includes('PREPARER');
  const editable = isPreparer && (review.status === 'DRAFT' || review.status === 'RETURNED');
  const change = (index: number, patch: Partial<AssessmentDraft>) => setDrafts((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const assessments = (): AssessmentInput[] =>
    drafts.map((row, index) => ({
      index,
      reached: row.reached.trim(),
      expectedFullYear: row.expectedFullYear.trim(),
      likelihood: row.likelihood ?? ('' as Likelihood),
      cause: row.cause,
      measure: row.measure.trim() || null,
    }));
  const execution = review.execution;

  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          绩效运行监控 · {review.name}
        </Typography.Title>
        <Tag color={reviewStatusColors[review.status]} data-testid="review-status">
          {review.statusLabel}
        </Tag>
        {review.currentStep && <Typography.Text type="secondary">待 {review.currentStep.label}</Typography.Text>}
        {review.checkpointDate && <Typography.Text type="secondary">监控时点 {review.checkpointDate}</Typography.Text>}
        <ExportButtons kind="midterm-reviews" fiscalYear={key.fiscalYear} projectCode={key.projectCode} />
      </Space>
      <div style={{ marginBottom: 16 }}>
        <ReviewDecisionPanel review={review} documentKey={key} unit={unit} mutations={midtermChain} onDone={(position) => (setRefusal(null), setMinPosition(position))} onRefused={setRefusal}>
          {isPreparer && review.status === 'NOT_OPENED' && (
            <Space.Compact>
              <Input placeholder="监控时点（默认 7月31日）" style={{ width: 220 }} value={checkpoint} onChange={(e) => setCheckpoint(e.target.value)} aria-label="监控时点" />
              <Button
                type="primary"
                loading={busy}
                data-testid="open-midterm"
                onClick={() => send(() => open({ input: { ...key, commandId: newCommandId(), checkpointDate: checkpoint.trim() || null } }))}
              >
                开始中期评估
              </Button>
            </Space.Compact>
          )}
          {editable && (
            <>
              <Button loading={busy} data-testid="midterm-execution" onClick={() => send(() => takeExecution({ input: { ...key, commandId: newCommandId() } }))}>
                从支出台账取数
              </Button>
              <Button type="primary" ghost loading={busy} data-testid="save-assessments" onClick={() => send(() => assess({ input: { ...key, commandId: newCommandId(), assessments: assessments() } }))}>
                保存评估
              </Button>
            </>
          )}
        </ReviewDecisionPanel>
      </div>
      <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />
      <Row gutter={16}>
        <Col xs={24} xl={17}>
          <Card size="small" title="预算执行（取自支出台账）" style={{ marginBottom: 16 }} data-testid="midterm-execution-card">
            {execution === null ? (
              <Typography.Text type="secondary">尚未取数。开始中期评估后，由经办人从支出台账取截至监控时点的执行数。</Typography.Text>
            ) : (
              <Descriptions size="small" column={3} bordered>
                <Descriptions.Item label="截至">{execution.through}</Descriptions.Item>
                <Descriptions.Item label="预算（万元）">
                  <Money yuan={execution.budget} />
                </Descriptions.Item>
                <Descriptions.Item label="已支出（万元）">
                  <Money yuan={execution.spent} testId="midterm-spent" />
                </Descriptions.Item>
                <Descriptions.Item label="计划累计（万元）">
                  <Money yuan={execution.planned} />
                </Descriptions.Item>
                <Descriptions.Item label="执行率">{execution.executionRate === null ? '—' : `${execution.executionRate}%`}</Descriptions.Item>
                <Descriptions.Item label="计划完成率">{execution.planRate === null ? '—' : `${execution.planRate}%`}</Descriptions.Item>
                <Descriptions.Item label="序时进度">{execution.timeProgress}%</Descriptions.Item>
                <Descriptions.Item label="执行率/序时进度">{execution.lightRatio === null ? '—' : `${execution.lightRatio}%`}</Descriptions.Item>
                <Descriptions.Item label="预警">
                  <LightTag light={execution.light} label={execution.lightLabel} />
                </Descriptions.Item>
              </Descriptions>
            )}
          </Card>
          <Card size="small" title="绩效指标完成情况" style={{ marginBottom: 16 }}>
            <Table
              size="small"
              rowKey="index"
              pagination={false}
              data-testid="assessments"
              dataSource={review.progress}
              columns={[
                { title: '三级指标', render: (_, row) => row.indicator.level3 },
                { title: '年度指标值', render: (_, row) => row.indicator.valueText },
                {
                  title: '已报进度',
                  render: (_, row) => (row.reports.length === 0 ? '—' : row.reports.map((r) => `${r.value}（${r.asOf}）`).join('；')),
                },
                {
                  title: '截至监控时点完成值',
                  render: (_, row) =>
                    editable ? (
                      <Input aria-label={`第${row.index + 1}行截至监控时点完成值`} value={drafts[row.index]?.reached ?? ''} onChange={(e) => change(row.index, { reached: e.target.value })} />
                    ) : (
                      review.assessments.find((a) => a.index === row.index)?.reached ?? '—'
                    ),
                },
                {
                  title: '全年预计完成值',
                  render: (_, row) =>
                    editable ? (
                      <Input
                        aria-label={`第${row.index + 1}行全年预计完成值`}
                        value={drafts[row.index]?.expectedFullYear ?? ''}
                        onChange={(e) => change(row.index, { expectedFullYear: e.target.value })}
                      />
                    ) : (
                      review.assessments.find((a) => a.index === row.index)?.expectedFullYear ?? '—'
                    ),
                },
                {
                  title: '能否完成',
                  render: (_, row) => {
                    const assessed = review.assessments.find((a) => a.index === row.index);
                    return editable ? (
                      <Radio.Group
                        data-testid={`likelihood-${row.index}`}
                        optionType="button"
                        size="small"
                        options={likelihoodOptions}
                        value={drafts[row.index]?.likelihood ?? undefined}
                        onChange={(e) => change(row.index, { likelihood: e.target.value as Likelihood })}
                      />
                    ) : assessed ? (
                      <Tag color={assessed.atRisk ? 'red' : 'green'}>{assessed.likelihoodLabel}</Tag>
                    ) : (
                      '—'
                    );
                  },
                },
                {
                  title: '偏差原因 / 纠偏措施',
                  render: (_, row) => {
                    const assessed = review.assessments.find((a) => a.index === row.index);
                    if (!editable) return assessed?.causeLabel ? `${assessed.causeLabel}：${assessed.measure ?? ''}` : '—';
                    const draft = drafts[row.index];
                    return (
                      <Space direction="vertical" style={{ width: '100%' }}>
                        <Select
                          aria-label={`第${row.index + 1}行偏差原因`}
                          allowClear
                          placeholder={draft?.likelihood && draft.likelihood !== 'CERTAIN' ? '须填写原因' : '原因（如需）'}
                          options={causeOptions}
                          value={draft?.cause ?? undefined}
                          onChange={(value) => change(row.index, { cause: (value as DeviationCause | undefined) ?? null })}
                          style={{ minWidth: 140 }}
                        />
                        <Input aria-label={`第${row.index + 1}行纠偏措施`} placeholder="纠偏措施" value={draft?.measure ?? ''} onChange={(e) => change(row.index, { measure: e.target.value })} />
                      </Space>
                    );
                  },
                },
              ]}
            />
          </Card>
          {isPreparer && review.status !== 'APPROVED' && review.status !== 'IN_REVIEW' && (
            <ProgressForm indicators={indicatorChoices(review.progress.map((row) => row.indicator))} busy={busy} send={(indicator, entry) => send(() => report({ input: { ...key, ...projectReport(indicator, entry) } }))} />
          )}
          <ReviewFacts review={review} unit={unit} />
        </Col>
        <Col xs={24} xl={7}>
          {review.assessments.some((a) => a.atRisk) && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title="可能无法完成的指标"
              description={review.assessments
                .filter((a) => a.atRisk)
                .map((a) => `${a.indicator.level3}（${a.likelihoodLabel}）`)
                .join('；')}
            />
          )}
          <ReviewChainCards review={review} unit={unit} documentKind="MIDTERM_REVIEW" minPosition={minPosition} />
        </Col>
      </Row>
    </>
  );
}

type Send = (mutation: () => Promise<{ data?: Record<string, { position: string }>; error?: import('urql').CombinedError }>) => Promise<boolean>;
/** A project's indicators, numbered as the table prints them; the key is the API's index. */
function indicatorChoices(indicators: Array<{ level3: string }>) {
  return indicators.map((indicator, index) => ({ key: String(index), label: `${index + 1}. ${indicator.level3}` }));
}

/** A project's report carries no forecast (its review does); no indicator picked is index -1, which the API refuses. */
function projectReport(indicator: string | null, { commandId, value, asOf, note }: ProgressEntry) {
  return { commandId, index: indicator === null ? -1 : Number(indicator), value, asOf, note };
}

/**
 * Before the first progress report or the opening of the review there is nothing to read yet:
 * the approved targets' indicators are offered for a first report, and the review can be opened.
 */
function MidtermStart({
  projectKey,
  message,
  refusal,
  setRefusal,
  busy,
  send,
}: {
  projectKey: { projectCode: string; fiscalYear: number };
  message: string;
  refusal: Refusal | null;
  setRefusal: (refusal: Refusal | null) => void;
  busy: boolean;
  send: Send;
}) {
  const { session } = useSigned();
  const [{ data }] = useQuery({ query: TARGET_TABLE, variables: projectKey });
  const [, report] = useMutation(REPORT_PROGRESS);
  const [, open] = useMutation(OPEN_MIDTERM);
  const [checkpoint, setCheckpoint] = useState('');
  const table = data?.targetTable;
  const approved = table?.baseline ?? (table?.status === 'APPROVED' ? table : null);
  if (!session.user.roles.includes('PREPARER')) return <Result status="info" title="尚未开始绩效运行监控" subTitle={message} />;
  return (
    <>
      <Typography.Title level={4}>绩效运行监控 · {table?.name ?? projectKey.projectCode}</Typography.Title>
      <Typography.Paragraph type="secondary">尚未填报进度，也未开始中期评估。</Typography.Paragraph>
      <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />
      <Space.Compact style={{ marginBottom: 16 }}>
        <Input placeholder="监控时点（默认 7月31日）" style={{ width: 220 }} value={checkpoint} onChange={(e) => setCheckpoint(e.target.value)} aria-label="监控时点" />
        <Button type="primary" loading={busy} data-testid="open-midterm" onClick={() => send(() => open({ input: { ...projectKey, commandId: newCommandId(), checkpointDate: checkpoint.trim() || null } }))}>
          开始中期评估
        </Button>
      </Space.Compact>
      {approved && (
        <ProgressForm indicators={indicatorChoices(approved.indicators)} busy={busy} send={(indicator, entry) => send(() => report({ input: { ...projectKey, ...projectReport(indicator, entry) } }))} />
      )}
    </>
  );
}
