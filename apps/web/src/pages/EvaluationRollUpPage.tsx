import { Alert, Card, Col, Empty, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EChart } from '../components/EChart';
import { DownloadButton, PrintButton } from '../components/ExportButtons';
import { exportPath } from '../lib/download';
import { ROLL_UP, type EvaluationGrade, type EvaluationRollUp, type ReviewStatus } from '../graphql/review-documents';
import { reviewStatusColors, reviewStatusLabels } from '../lib/review-view';
import { evaluationGradeLabels } from '../lib/scorecard-preview';
import { useApprovedTablesLive, useYearAndUnit } from '../lib/year-and-unit';
import { unitName, useSigned } from '../SessionContext';

const gradeColours: Record<EvaluationGrade, string> = { EXCELLENT: '#389e0d', GOOD: '#1677ff', FAIR: '#faad14', POOR: '#cf1322' };

type Project = Omit<EvaluationRollUp['projects'][number], 'status'> & { status: ReviewStatus | null };

/** 汇总: the final evaluations of a unit or the department — grade counts, average, lowest-scoring indicators — with each project's 自评. */
export function EvaluationRollUpPage() {
  const { units } = useSigned();
  const { fiscalYear, unitCode, picker } = useYearAndUnit();
  const [{ data, error, fetching }, refresh] = useQuery({ query: ROLL_UP, variables: { fiscalYear, unitCode }, requestPolicy: 'network-only' });
  const tables = useApprovedTablesLive(fiscalYear, unitCode, refresh);

  const rollUp = data?.finalEvaluationRollUp;
  // Every project with approved targets, evaluated or not yet, so that an evaluation can be started from here.
  const projects = useMemo<Project[]>(() => {
    const evaluated: Project[] = (rollUp?.projects ?? []).map((p) => ({ ...p, status: p.status as ReviewStatus }));
    for (const node of tables) {
      if (!evaluated.some((p) => p.projectCode === node.projectCode)) evaluated.push({ projectCode: node.projectCode, name: node.name, unitCode: node.unitCode, status: null, total: null, grade: null });
    }
    return evaluated;
  }, [rollUp, tables]);
  const lowest = rollUp?.lowestIndicators ?? [];

  return (
    <>
      <Typography.Title level={4}>绩效自评汇总</Typography.Title>
      <div style={{ marginBottom: 16, display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        {picker}
        <DownloadButton path={exportPath(`/exports/evaluation-roll-up/${fiscalYear}.xlsx`, { unitCode })} testId="roll-up-download" />
        <PrintButton form={exportPath(`/exports/evaluation-roll-up/${fiscalYear}`, { unitCode })} testId="roll-up-print" />
      </div>
      {error && <Alert type="error" showIcon title="汇总读取失败" description={error.graphQLErrors[0]?.message ?? error.message} />}
      <Row gutter={16} style={{ marginBottom: 16 }} data-testid="roll-up-summary">
        <Col span={6}>
          <Card size="small">
            <Statistic title={unitCode ? `${unitName(units, unitCode)} 项目数` : '全部门项目数'} value={rollUp?.projectCount ?? 0} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic title="已定稿" value={rollUp?.finalCount ?? 0} data-testid="final-count" />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic title="平均分（已定稿）" value={rollUp?.averageScore ?? '—'} data-testid="average-score" />
            <Typography.Text type="secondary" data-testid="weighted-average">
              按预算加权：{rollUp?.budgetWeightedAverage ?? '—'}
            </Typography.Text>
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <div data-testid="grade-counts">
              {(rollUp?.countPerGrade ?? []).map((count) => (
                <Tag key={count.grade} color={gradeColours[count.grade]}>
                  {count.label} {count.count}
                </Tag>
              ))}
            </div>
          </Card>
        </Col>
      </Row>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={10}>
          <Card size="small" title="等级分布（已定稿）">
            <EChart
              testId="grade-chart"
              height={240}
              option={{
                tooltip: {},
                grid: { left: 50, right: 20, top: 20, bottom: 30 },
                xAxis: { type: 'category', data: (rollUp?.countPerGrade ?? []).map((c) => c.label) },
                yAxis: { type: 'value', minInterval: 1, name: '项目数' },
                series: [{ type: 'bar', data: (rollUp?.countPerGrade ?? []).map((c) => ({ value: c.count, itemStyle: { color: gradeColours[c.grade] } })) }],
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title="得分率最低的指标">
            {lowest.length === 0 ? (
              <Empty description="尚无定稿的自评" />
            ) : (
              <EChart
                testId="lowest-chart"
                height={240}
                option={{
                  tooltip: { formatter: '{b}: {c}%' },
                  grid: { left: 160, right: 30, top: 10, bottom: 30 },
                  xAxis: { type: 'value', max: 100, name: '%' },
                  yAxis: { type: 'category', inverse: true, data: lowest.map((l) => `${l.level3}（${l.projectName}）`) },
                  series: [{ type: 'bar', data: lowest.map((l) => Number(l.percentOfPoints)), itemStyle: { color: '#fa8c16' } }],
                }}
              />
            )}
          </Card>
        </Col>
      </Row>
      <Table
        size="small"
        rowKey={(row) => `${row.projectCode}-${row.index}`}
        dataSource={lowest}
        pagination={false}
        data-testid="lowest-indicators"
        style={{ marginBottom: 16 }}
        locale={{ emptyText: '尚无定稿的自评' }}
        columns={[
          { title: '项目', dataIndex: 'projectName' },
          { title: '三级指标', dataIndex: 'level3' },
          { title: '指标值', dataIndex: 'valueText' },
          { title: '得分 / 分值', render: (_, row) => `${row.score} / ${row.points}` },
          { title: '得分率', dataIndex: 'percentOfPoints', render: (percent: string) => `${percent}%` },
        ]}
      />
      <Table<Project>
        rowKey="projectCode"
        size="small"
        loading={fetching && !data}
        dataSource={projects}
        pagination={false}
        data-testid="evaluated-projects"
        locale={{ emptyText: <Empty description="本年度没有已批准的目标表" /> }}
        columns={[
          { title: '项目名称', dataIndex: 'name', render: (name: string, row) => <Link to={`/evaluations/${fiscalYear}/${encodeURIComponent(row.projectCode)}`}>{name}</Link> },
          { title: '项目编码', dataIndex: 'projectCode' },
          { title: '单位', dataIndex: 'unitCode', render: (code: string) => unitName(units, code) },
          { title: '自评状态', dataIndex: 'status', render: (status: ReviewStatus | null) => <Tag color={status ? reviewStatusColors[status] : 'default'}>{status ? reviewStatusLabels[status] : '未开始'}</Tag> },
          { title: '总分', dataIndex: 'total', render: (total: string | null) => total ?? '—' },
          { title: '等级', dataIndex: 'grade', render: (grade: EvaluationGrade | null) => (grade ? evaluationGradeLabels[grade] : '—') },
        ]}
      />
    </>
  );
}
