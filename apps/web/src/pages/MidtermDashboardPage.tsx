import { Alert, Card, Col, Empty, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EChart } from '../components/EChart';
import { DownloadButton, PrintButton } from '../components/ExportButtons';
import { exportPath } from '../lib/download';
import { MIDTERM_DASHBOARD, type Assessment, type DashboardProject, type ReviewStatus } from '../graphql/review-documents';
import { LightTag, reviewStatusColors, reviewStatusLabels } from '../lib/review-view';
import { useApprovedTablesLive, useYearAndUnit } from '../lib/year-and-unit';
import { unitName, useSigned } from '../SessionContext';

const lightOrder = ['RED', 'YELLOW', 'GREEN', null] as const;
const lightNames: Record<string, string> = { RED: '红灯', YELLOW: '黄灯', GREEN: '绿灯', NONE: '未测算' };
const lightColours: Record<string, string> = { RED: '#cf1322', YELLOW: '#faad14', GREEN: '#389e0d', NONE: '#bfbfbf' };

interface Row extends Partial<DashboardProject> {
  projectCode: string;
  name: string;
  unitCode: string;
}

/** 监控看板: every approved project of the year with its mid-term light and the indicators at risk; red first. */
export function MidtermDashboardPage() {
  const { units } = useSigned();
  const { fiscalYear, unitCode, picker } = useYearAndUnit();
  const [{ data, error, fetching }, refresh] = useQuery({ query: MIDTERM_DASHBOARD, variables: { fiscalYear, unitCode }, requestPolicy: 'network-only' });
  const tables = useApprovedTablesLive(fiscalYear, unitCode, refresh);

  const rows = useMemo<Row[]>(() => {
    const monitored = new Map((data?.midtermDashboard.projects ?? []).map((p) => [p.projectCode, p]));
    const approved: Row[] = tables.map((node) => ({ projectCode: node.projectCode, name: node.name, unitCode: node.unitCode, ...monitored.get(node.projectCode) }));
    for (const project of monitored.values()) if (!approved.some((row) => row.projectCode === project.projectCode)) approved.push(project);
    const rank = (row: Row) => lightOrder.indexOf(row.light ?? null);
    return approved.sort((a, b) => rank(a) - rank(b) || a.projectCode.localeCompare(b.projectCode));
  }, [data, tables]);
  const atRisk = rows.flatMap((row) => (row.atRisk ?? []).map((assessment) => ({ ...assessment, projectCode: row.projectCode, projectName: row.name })));
  const counts = lightOrder.map((light) => ({ key: light ?? 'NONE', count: rows.filter((row) => (row.light ?? null) === light).length }));

  return (
    <>
      <Typography.Title level={4}>监控看板（绩效运行监控）</Typography.Title>
      <div style={{ marginBottom: 16, display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        {picker}
        <DownloadButton path={exportPath(`/exports/midterm-dashboard/${fiscalYear}.xlsx`, { unitCode })} testId="dashboard-download" />
        <PrintButton form={exportPath(`/exports/midterm-dashboard/${fiscalYear}`, { unitCode })} testId="dashboard-print" />
      </div>
      {error && <Alert type="error" showIcon title="看板读取失败" description={error.graphQLErrors[0]?.message ?? error.message} />}
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={10}>
          <Row gutter={[16, 16]}>
            {counts.map(({ key, count }) => (
              <Col span={12} key={key}>
                <Card size="small">
                  <Statistic title={lightNames[key]} value={count} suffix="个项目" valueStyle={{ color: lightColours[key] }} data-testid={`light-count-${key}`} />
                </Card>
              </Col>
            ))}
          </Row>
        </Col>
        <Col xs={24} lg={14}>
          <EChart
            testId="light-chart"
            height={220}
            option={{
              tooltip: {},
              grid: { left: 60, right: 20, top: 20, bottom: 30 },
              xAxis: { type: 'category', data: counts.map(({ key }) => lightNames[key]) },
              yAxis: { type: 'value', minInterval: 1, name: '项目数' },
              series: [{ type: 'bar', data: counts.map(({ key, count }) => ({ value: count, itemStyle: { color: lightColours[key] } })) }],
            }}
          />
        </Col>
      </Row>
      <Table<Row>
        rowKey="projectCode"
        size="small"
        loading={fetching && !data}
        dataSource={rows}
        pagination={false}
        data-testid="midterm-projects"
        locale={{ emptyText: <Empty description="本年度没有已批准的目标表" /> }}
        columns={[
          { title: '项目名称', dataIndex: 'name', render: (name: string, row) => <Link to={`/midterm/${fiscalYear}/${encodeURIComponent(row.projectCode)}`}>{name}</Link> },
          { title: '项目编码', dataIndex: 'projectCode' },
          { title: '单位', dataIndex: 'unitCode', render: (code: string) => unitName(units, code) },
          { title: '监控状态', dataIndex: 'status', render: (status?: ReviewStatus) => <Tag color={status ? reviewStatusColors[status] : 'default'}>{status ? reviewStatusLabels[status] : '未开始'}</Tag> },
          { title: '监控时点', dataIndex: 'checkpointDate', render: (date?: string | null) => date ?? '—' },
          { title: '预警', dataIndex: 'light', render: (light: DashboardProject['light'] | undefined, row) => <LightTag light={light ?? null} label={row.lightLabel ?? null} /> },
          { title: '风险指标', dataIndex: 'atRisk', render: (list?: Assessment[]) => (list && list.length > 0 ? <Tag color="red">{list.length} 项</Tag> : '—') },
        ]}
      />
      <Card size="small" title="可能无法完成的指标" style={{ marginTop: 16 }}>
        <Table
          size="small"
          rowKey={(row) => `${row.projectCode}-${row.index}`}
          dataSource={atRisk}
          pagination={false}
          data-testid="at-risk"
          locale={{ emptyText: '没有风险指标' }}
          columns={[
            { title: '项目', dataIndex: 'projectName' },
            { title: '三级指标', render: (_, row) => row.indicator.level3 },
            { title: '年度指标值', render: (_, row) => row.indicator.valueText },
            { title: '全年预计', dataIndex: 'expectedFullYear' },
            { title: '能否完成', dataIndex: 'likelihoodLabel' },
            { title: '原因', dataIndex: 'causeLabel', render: (label: string | null) => label ?? '—' },
            { title: '纠偏措施', dataIndex: 'measure', render: (measure: string | null) => measure ?? '—' },
          ]}
        />
      </Card>
    </>
  );
}
