import { Alert, Card, Descriptions, Result, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Money } from '../components/Money';
import { ProgressForm } from '../components/ProgressForm';
import { RefusalAlert } from '../components/RefusalAlert';
import { DEPARTMENT_MONITORING, REPORT_DEPARTMENT_PROGRESS, type DepartmentKey, type DepartmentLight, type DepartmentMonitoring } from '../graphql/department-documents';
import type { Refusal } from '../graphql/refusal';
import { LightTag, likelihoodOptions } from '../lib/review-view';
import { useWriteSequence } from '../lib/write-sequence';

type SubGoalMonitoring = DepartmentMonitoring['subGoals'][number];

const lightWords: Record<DepartmentLight, string> = { RED: '红灯', YELLOW: '黄灯', GREEN: '绿灯' };
const percent = (value: string | null) => (value === null ? '—' : `${value}%`);
const likelihoodOf = (value: string | null) => likelihoodOptions.find((option) => option.value === value)?.label ?? '—';

/** 执行 of a sub-goal or of the department: the linked projects summed, rate and light from the sums (docs/department-evaluation.md). */
function ExecutionFacts({ execution, testId }: { execution: SubGoalMonitoring['execution']; testId: string }) {
  if (execution === null) return <Typography.Text type="secondary">无已关联且已批准的项目，不测算执行进度</Typography.Text>;
  return (
    <Descriptions size="small" column={5} bordered data-testid={testId}>
      <Descriptions.Item label="预算（万元）">
        <Money yuan={execution.budget} testId={`${testId}-budget`} />
      </Descriptions.Item>
      <Descriptions.Item label="已支付（万元）">
        <Money yuan={execution.spent} testId={`${testId}-spent`} />
      </Descriptions.Item>
      <Descriptions.Item label="执行率">
        <span data-testid={`${testId}-rate`}>{percent(execution.executionRate)}</span>
      </Descriptions.Item>
      <Descriptions.Item label="序时进度">{percent(execution.timeProgress)}</Descriptions.Item>
      <Descriptions.Item label="红绿灯">
        <LightTag light={execution.light} label={execution.light && lightWords[execution.light]} />
      </Descriptions.Item>
    </Descriptions>
  );
}

function SubGoalCard({ subGoal }: { subGoal: SubGoalMonitoring }) {
  return (
    <Card size="small" style={{ marginBottom: 12 }} title={`${subGoal.index + 1}. ${subGoal.title}`} data-testid="monitored-sub-goal" extra={<LightTag light={subGoal.light} label={subGoal.light && lightWords[subGoal.light]} />}>
      <Typography.Text strong>指标进度</Typography.Text>
      <Table
        size="small"
        pagination={false}
        rowKey="index"
        dataSource={subGoal.indicators}
        columns={[
          { title: '三级指标', render: (_, row) => row.indicator.sentence },
          { title: '截至目前完成值', width: 150, render: (_, row) => (row.reached === null ? '未填报' : `${row.reached}（截至 ${row.asOf}）`) },
          { title: '已达目标值', width: 90, render: (_, row) => (row.targetReached === null ? '—' : row.targetReached ? '是' : '否') },
          { title: '已报进度', render: (_, row) => (row.reports.length === 0 ? '—' : row.reports.map((report) => `${report.value}（${report.asOf}）`).join('；')) },
          { title: '全年预计', width: 100, render: (_, row) => row.expectedFullYear ?? '—' },
          { title: '实现可能性', width: 100, render: (_, row) => likelihoodOf(row.likelihood) },
          {
            title: '判断',
            width: 110,
            render: (_, row) => (!row.reported ? <Tag>未填报</Tag> : row.atRisk ? <Tag color="red">{row.behind ? '进度落后' : '存在风险'}</Tag> : <Tag color="green">正常</Tag>),
          },
        ]}
      />
      <div style={{ margin: '12px 0 4px' }}>
        <Typography.Text strong>关联项目执行</Typography.Text>
      </div>
      <ExecutionFacts execution={subGoal.execution} testId={`sub-goal-execution-${subGoal.index}`} />
      {subGoal.projects.length > 0 && (
        <Table
          size="small"
          style={{ marginTop: 8 }}
          pagination={false}
          rowKey="projectCode"
          data-testid={`linked-projects-${subGoal.index}`}
          dataSource={subGoal.projects}
          columns={[
            { title: '项目', render: (_, project) => `${project.name}（${project.projectCode}）` },
            { title: '预算（万元）', width: 110, render: (_, project) => <Money yuan={project.budget} /> },
            { title: '已支付（万元）', width: 110, render: (_, project) => <Money yuan={project.spent} /> },
            { title: '执行率', width: 90, render: (_, project) => percent(project.executionRate) },
            { title: '红绿灯', width: 80, render: (_, project) => <LightTag light={project.light} label={project.light && lightWords[project.light]} /> },
            { title: '落后计划', width: 80, render: (_, project) => (project.behindPlan ? <Tag color="orange">是</Tag> : '否') },
            { title: '风险指标', width: 80, render: (_, project) => project.atRiskIndicatorCount },
          ]}
        />
      )}
      {subGoal.atRisk.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={`${subGoal.atRisk.length} 项风险`}
          data-testid={`at-risk-${subGoal.index}`}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {subGoal.atRisk.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          }
        />
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          暂无风险事项
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/**
 * 运行监控: the approved department targets against the linked projects' execution and their own
 * mid-term reviews, as the API works it out (docs/department-evaluation.md, mid-term monitoring).
 */
export function DepartmentMonitoringTab({
  documentKey,
  minPosition,
  changes,
  canReport,
  onWritten,
}: {
  documentKey: DepartmentKey;
  minPosition: string | null;
  changes: number;
  /** A preparer: the API decides whether of the department's unit (docs/department-targets.md, progress). */
  canReport: boolean;
  onWritten: (position: string) => void;
}) {
  const [{ data, error, fetching }, refresh] = useQuery({ query: DEPARTMENT_MONITORING, variables: { ...documentKey, minPosition }, requestPolicy: 'network-only' });
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const { busy, sendAll } = useWriteSequence(onWritten, setRefusal);
  const [, report] = useMutation(REPORT_DEPARTMENT_PROGRESS);
  // A change of a linked table or review moves the figures: re-read as the page does (useLiveChanges).
  useEffect(() => {
    if (changes > 0) refresh({ requestPolicy: 'network-only' });
  }, [changes, refresh]);
  if (error) return <Result status="info" title="暂无运行监控" subTitle={error.graphQLErrors[0]?.message ?? error.message} />;
  if (!data) return <Spin spinning={fetching} />;
  const monitoring = data.departmentMonitoring;
  return (
    <div data-testid="department-monitoring">
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Text type="secondary">
          监控已批准的第 {monitoring.baselineVersion} 版，支出截至 {monitoring.through}
        </Typography.Text>
      </Space>
      <Card size="small" title="部门整体执行（全部已批准项目）" style={{ marginBottom: 12 }}>
        <ExecutionFacts execution={monitoring.execution} testId="department-execution" />
      </Card>
      {monitoring.subGoals.map((subGoal) => (
        <SubGoalCard key={subGoal.index} subGoal={subGoal} />
      ))}
      {canReport && (
        <>
          <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />
          <ProgressForm
            forecast
            busy={busy}
            indicators={monitoring.subGoals.flatMap((subGoal) =>
              subGoal.indicators.map((row) => ({ key: `${subGoal.index}.${row.index}`, label: `${subGoal.index + 1}.${row.index + 1} ${row.indicator.name}` })),
            )}
            send={(picked, entry) => {
              // Nothing picked is sent as sub-goal -1, which the API refuses in its own words.
              const [subGoal, index] = picked === null ? [-1, -1] : picked.split('.').map(Number);
              return sendAll([() => report({ input: { ...documentKey, subGoal: subGoal!, index: index!, ...entry } })]);
            }}
          />
        </>
      )}
    </div>
  );
}
