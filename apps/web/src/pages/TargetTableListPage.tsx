import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { StatusTag } from '../components/StatusTag';
import { TARGET_TABLES, type TableRow, type TargetTableFilter, type TargetTableStatus } from '../graphql/documents';
import { statusLabels } from '../labels';
import { moneyForForm } from '../lib/money';
import { sectionName, useSigned } from '../SessionContext';

const pageSize = 20;

/** 目标表: the tables I may read, filtered by year, unit, section, status and name, page by page. */
export function TargetTableListPage() {
  const { units, session } = useSigned();
  const [params, setParams] = useSearchParams();
  const filter: TargetTableFilter = {
    ...(params.get('year') ? { fiscalYear: Number(params.get('year')) } : {}),
    ...(params.get('unit') ? { unitCode: params.get('unit')! } : {}),
    ...(params.get('section') ? { sectionId: params.get('section')! } : {}),
    ...(params.get('status') ? { status: params.get('status') as TargetTableStatus } : {}),
    ...(params.get('name') ? { nameContains: params.get('name')! } : {}),
  };
  // Cursors of the pages seen so far, so 上一页 goes back without counting offsets.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const page = cursors.length - 1;
  const [{ data, fetching, error }] = useQuery({
    query: TARGET_TABLES,
    variables: { filter, first: pageSize, after: cursors[page] ?? null, minPosition: params.get('min') },
  });
  const [form] = Form.useForm();
  const unitCode = Form.useWatch('unit', form) as string | undefined;
  const sections = units.filter((unit) => !unitCode || unit.unitCode === unitCode).flatMap((unit) => unit.sections);

  function search(values: Record<string, unknown>) {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== null && value !== '') next.set(key, String(value));
    setCursors([null]);
    setParams(next);
  }

  const connection = data?.targetTables;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4}>目标表</Typography.Title>
        {session.user.roles.includes('PREPARER') && (
          <Link to="/target-tables/new">
            <Button type="primary" icon={<PlusOutlined />}>
              新建目标表
            </Button>
          </Link>
        )}
      </Space>
      <Form
        form={form}
        layout="inline"
        onFinish={search}
        initialValues={{ year: filter.fiscalYear, unit: filter.unitCode, section: filter.sectionId, status: filter.status, name: filter.nameContains }}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item label="年度" name="year">
          <InputNumber min={2000} max={2100} placeholder="如 2023" />
        </Form.Item>
        <Form.Item label="单位" name="unit">
          <Select allowClear style={{ width: 240 }} placeholder="全部单位" options={units.map((unit) => ({ value: unit.unitCode, label: unit.name }))} />
        </Form.Item>
        <Form.Item label="科室" name="section">
          <Select allowClear style={{ width: 140 }} placeholder="全部科室" options={sections.map((s) => ({ value: s.sectionId, label: s.name }))} />
        </Form.Item>
        <Form.Item label="状态" name="status">
          <Select allowClear style={{ width: 120 }} placeholder="全部" options={Object.entries(statusLabels).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item label="项目名称" name="name">
          <Input allowClear placeholder="名称包含" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
        </Form.Item>
      </Form>
      {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
      <Table<TableRow>
        rowKey={(row) => `${row.fiscalYear}-${row.projectCode}`}
        loading={fetching}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        columns={[
          { title: '年度', dataIndex: 'fiscalYear', width: 70 },
          {
            title: '项目名称',
            dataIndex: 'name',
            render: (name: string, row) => <Link to={`/target-tables/${row.fiscalYear}/${encodeURIComponent(row.projectCode)}`}>{name}</Link>,
          },
          { title: '项目编码', dataIndex: 'projectCode' },
          { title: '单位', dataIndex: 'unitName' },
          { title: '科室', dataIndex: 'sectionId', render: (id: string | null) => sectionName(units, id) },
          {
            title: '资金总额（万元）',
            dataIndex: ['budget', 'total'],
            align: 'right',
            render: (total: string) => <span title={moneyForForm(total)?.yuan}>{moneyForForm(total)?.wan}</span>,
          },
          { title: '状态', dataIndex: 'status', render: (status: TargetTableStatus, row) => <Space><StatusTag status={status} />{row.currentStep?.label}</Space> },
          { title: '版本', dataIndex: 'version', width: 60 },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Typography.Text>共 {connection?.totalCount ?? 0} 张，第 {page + 1} 页</Typography.Text>
        <Button disabled={page === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
          上一页
        </Button>
        <Button disabled={!connection?.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, connection?.pageInfo.endCursor ?? null])}>
          下一页
        </Button>
      </Space>
    </>
  );
}
