import { Alert, Card, Col, Empty, Form, InputNumber, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { EChart } from '../components/EChart';
import { ExecutionControls, type ReadAt } from '../components/ExecutionControls';
import { DownloadButton, PrintButton } from '../components/ExportButtons';
import { LightTag } from '../components/LightTag';
import { Money } from '../components/Money';
import { EXECUTION_OVERVIEW, LEDGER_CHANGED, type Figures, type ProjectFigures } from '../graphql/execution-documents';
import { TABLE_CHANGED } from '../graphql/documents';
import { exportPath } from '../lib/download';
import { byFigure, lightColors, lightRank, redFirst, thresholdText } from '../lib/execution-chart';
import { useSigned } from '../SessionContext';

const percent = (value: string | null) => (value === null ? '—' : `${value}%`);

/** The figures of a unit or the department in one line of cards. */
function FigureCards({ figures, testId }: { figures: Figures; testId: string }) {
  return (
    <Row gutter={16} data-testid={testId}>
      <Col><Statistic title="预算（万元）" valueRender={() => <Money yuan={figures.budget} />} /></Col>
      <Col><Statistic title="已支出（万元）" valueRender={() => <Money yuan={figures.spent} />} /></Col>
      <Col><Statistic title="执行率" value={percent(figures.executionRate)} /></Col>
      <Col><Statistic title="序时进度" value={percent(figures.timeProgress)} /></Col>
      <Col><Statistic title="执行率 ÷ 序时进度" value={percent(figures.lightRatio)} /></Col>
      <Col><Statistic title="预警灯" valueRender={() => <LightTag light={figures.light} label={figures.lightLabel} />} /></Col>
    </Row>
  );
}

/**
 * 执行总览: the department and each unit, and every project with budget, spent, rate and light,
 * red first; a bar per project of its execution rate against time progress. Refreshes when a
 * payment, a reversal or an approval is stored.
 */
export function ExecutionOverviewPage() {
  const { units, session } = useSigned();
  const [search, setSearch] = useSearchParams();
  const fiscalYear = Number(search.get('year') ?? new Date().getFullYear());
  const unitCode = search.get('unit');
  const [readAt, setReadAt] = useState<ReadAt>({ through: null, asOf: null });
  const [minPosition, setMinPosition] = useState<string | null>(null);
  const [{ data, error, fetching }] = useQuery({
    query: EXECUTION_OVERVIEW,
    variables: { fiscalYear, unitCode, ...readAt, minPosition },
    requestPolicy: 'network-only',
  });
  const [{ data: paid }] = useSubscription({ query: LEDGER_CHANGED });
  const [{ data: changed }] = useSubscription({ query: TABLE_CHANGED });
  useEffect(() => {
    if (paid) setMinPosition(paid.ledgerChanged.position);
  }, [paid]);
  useEffect(() => {
    if (changed) setMinPosition(changed.targetTableChanged.position);
  }, [changed]);

  const overview = data?.executionOverview;
  const projects = useMemo(() => redFirst(overview?.units.flatMap((unit) => unit.projects) ?? []), [overview]);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: unknown) => `${value}%` },
      grid: { left: 180, right: 48, top: 32, bottom: 48 },
      xAxis: { type: 'value', name: '执行率（%）', nameLocation: 'middle', nameGap: 28, max: (extent: { max: number }) => Math.max(100, Math.ceil(extent.max)) },
      yAxis: { type: 'category', inverse: true, data: projects.map((p) => p.name), axisLabel: { width: 170, overflow: 'truncate' } },
      series: [
        {
          name: '执行率',
          type: 'bar',
          barMaxWidth: 24,
          data: projects.map((p) => ({ value: Number(p.executionRate ?? 0), itemStyle: { color: p.light ? lightColors[p.light] : '#bfbfbf' } })),
          markLine: overview
            ? { symbol: 'none', label: { position: 'end', formatter: `序时进度 ${overview.department.timeProgress}%` }, data: [{ xAxis: Number(overview.department.timeProgress) }] }
            : undefined,
        },
      ],
    }),
    [projects, overview],
  );

  const readsAll = session.user.roles.some((role) => role === 'AUDITOR' || role === 'ADMIN');
  return (
    <>
      <Typography.Title level={4}>执行总览</Typography.Title>
      <Space wrap style={{ marginBottom: 8 }}>
        <Form layout="inline">
          <Form.Item label="年度">
            <InputNumber
              min={2000}
              max={2100}
              value={fiscalYear}
              data-testid="overview-year"
              onChange={(year) => year && setSearch((params) => (params.set('year', String(year)), params))}
            />
          </Form.Item>
          <Form.Item label="单位">
            <Select
              allowClear
              style={{ width: 260 }}
              placeholder={readsAll ? '全部单位（部门合计）' : '本单位'}
              value={unitCode ?? undefined}
              options={units.map((unit) => ({ value: unit.unitCode, label: unit.name }))}
              onChange={(code?: string) => setSearch((params) => (code ? params.set('unit', code) : params.delete('unit'), params))}
            />
          </Form.Item>
        </Form>
        <DownloadButton path={exportPath(`/exports/execution-overview/${fiscalYear}.xlsx`, { unitCode, ...readAt })} testId="overview-download" />
        <PrintButton form={exportPath(`/exports/execution-overview/${fiscalYear}`, { unitCode, ...readAt })} testId="overview-print" />
      </Space>
      <ExecutionControls value={readAt} onChange={setReadAt} />
      {error && <Alert type="error" showIcon title="无法读取执行情况" description={error.graphQLErrors[0]?.message ?? error.message} style={{ marginBottom: 16 }} />}
      {overview && overview.units.length === 0 && <Empty description={`${fiscalYear}年度没有已批准的目标表，请换一个年度`} />}
      {overview && overview.units.length > 0 && (
        <>
          <Typography.Paragraph type="secondary" data-testid="thresholds">
            截至 {overview.through}。亮灯规则（执行率 ÷ 序时进度）：{thresholdText(overview.thresholds)}
          </Typography.Paragraph>
          <Card size="small" title="部门合计" style={{ marginBottom: 16 }}>
            <FigureCards figures={overview.department} testId="department-figures" />
          </Card>
          {overview.units.map((unit) => (
            <Card size="small" key={unit.unitCode} title={`${unit.unitName}（${unit.projectCount} 个项目）`} style={{ marginBottom: 16 }}>
              <FigureCards figures={unit} testId={`unit-figures-${unit.unitCode}`} />
            </Card>
          ))}
          <Card size="small" title="各项目执行率（颜色为预警灯，虚线为序时进度）" style={{ marginBottom: 16 }}>
            <EChart option={option} testId="overview-chart" height={Math.max(200, projects.length * 32 + 96)} />
          </Card>
          <Table<ProjectFigures>
            size="small"
            rowKey="projectCode"
            loading={fetching}
            dataSource={projects}
            pagination={false}
            data-testid="overview-projects"
            columns={[
              {
                title: '项目名称',
                dataIndex: 'name',
                sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
                render: (name: string, row) => <Link to={`/execution/${row.fiscalYear}/${encodeURIComponent(row.projectCode)}`}>{name}</Link>,
              },
              { title: '单位', dataIndex: 'unitName', sorter: (a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN') },
              { title: '预算（万元）', dataIndex: 'budget', align: 'right', sorter: (a, b) => byFigure(a.budget, b.budget), render: (yuan: string) => <Money yuan={yuan} /> },
              { title: '已支出（万元）', dataIndex: 'spent', align: 'right', sorter: (a, b) => byFigure(a.spent, b.spent), render: (yuan: string) => <Money yuan={yuan} /> },
              { title: '执行率', dataIndex: 'executionRate', align: 'right', sorter: (a, b) => byFigure(a.executionRate, b.executionRate), render: percent },
              { title: '执行率÷序时', dataIndex: 'lightRatio', align: 'right', sorter: (a, b) => byFigure(a.lightRatio, b.lightRatio), render: percent },
              {
                title: '预警灯',
                dataIndex: 'light',
                sorter: (a, b) => lightRank(a.light) - lightRank(b.light),
                render: (_: unknown, row) => <LightTag light={row.light} label={row.lightLabel} />,
              },
              { title: '落后计划', dataIndex: 'behindPlan', render: (behind: boolean, row) => (behind ? `落后${row.behindPlanAt?.label ?? ''}计划` : '') },
            ]}
          />
        </>
      )}
    </>
  );
}
