import { Empty, Space, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Money } from '../components/Money';
import { StatusTag } from '../components/StatusTag';
import { DEPARTMENT_TARGETS, type DepartmentTargets } from '../graphql/department-documents';
import { formatTime } from '../labels';
import { useLiveChanges } from '../lib/review-view';
import { useYear } from '../lib/year-and-unit';

/** 部门整体目标: the year's department documents the person may read (docs/department-targets.md, reading it). */
export function DepartmentTargetsListPage() {
  const { fiscalYear, picker } = useYear();
  const [{ data, error, fetching }, refresh] = useQuery({ query: DEPARTMENT_TARGETS, variables: { fiscalYear }, requestPolicy: 'network-only' });
  const changes = useLiveChanges();
  useEffect(() => {
    if (changes > 0) refresh({ requestPolicy: 'network-only' });
  }, [changes, refresh]);
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          部门整体绩效目标
        </Typography.Title>
        {picker}
      </Space>
      {error && <Typography.Paragraph type="danger">{error.graphQLErrors[0]?.message ?? error.message}</Typography.Paragraph>}
      <Table<DepartmentTargets>
        rowKey={(row) => `${row.fiscalYear}-${row.departmentCode}`}
        loading={fetching && !data}
        dataSource={data?.departmentTargets ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={`${fiscalYear} 年度没有可查看的部门整体绩效目标`} /> }}
        columns={[
          {
            title: '部门',
            key: 'name',
            render: (_: unknown, row) => <Link to={`/departments/${row.fiscalYear}/${encodeURIComponent(row.departmentCode)}`}>{row.working.departmentName}</Link>,
          },
          { title: '部门编码', dataIndex: 'departmentCode' },
          { title: '状态', dataIndex: 'status', render: (status: DepartmentTargets['status']) => <StatusTag status={status} /> },
          { title: '待办环节', key: 'step', render: (_: unknown, row) => row.currentStep?.label ?? '' },
          { title: '版本', key: 'version', render: (_: unknown, row) => `第 ${row.working.version} 版` },
          { title: '分项目标', key: 'subGoals', render: (_: unknown, row) => `${row.working.subGoals.length} 项` },
          { title: '预算合计（万元）', key: 'total', render: (_: unknown, row) => <Money yuan={row.budget.total} /> },
          { title: '最后修改', dataIndex: 'updatedAt', render: (at: string) => formatTime(at) },
        ]}
      />
    </>
  );
}
