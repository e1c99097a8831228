import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Table, Typography } from 'antd';
import { problemsAt, type FieldProblem } from '../graphql/refusal';
import { addIndicatorAfter, changeIndicator, level2Options, moveIndicator, removeIndicator, type IndicatorLevelChoice, type IndicatorRow } from '../lib/indicator-rows';

const textColumns: Array<{ field: keyof IndicatorRow; title: string; width?: number }> = [
  { field: 'level3', title: '三级指标' },
  { field: 'description', title: '绩效指标描述' },
  { field: 'valueText', title: '指标值', width: 120 },
  { field: 'basis', title: '指标值确定依据' },
];

/** The indicator grid edited row by row: add, remove, move; 二级 choices follow the row's 一级. */
export function IndicatorEditor({
  rows,
  onChange,
  choices,
  problems,
}: {
  rows: IndicatorRow[];
  onChange: (rows: IndicatorRow[]) => void;
  choices: IndicatorLevelChoice[];
  problems: FieldProblem[];
}) {
  const errorOf = (index: number, field: keyof IndicatorRow) => problemsAt(problems, `indicators[${index}].${field}`);
  const status = (index: number, field: keyof IndicatorRow) => (errorOf(index, field).length > 0 ? 'error' : undefined);
  const indexed = rows.map((row, index) => ({ ...row, index }));
  return (
    <>
      <Table
        size="small"
        bordered
        pagination={false}
        rowKey="index"
        dataSource={indexed}
        data-testid="indicator-editor"
        expandable={{
          expandedRowRender: ({ index }) => (
            <Typography.Text type="danger">{problemsAt(problems, `indicators[${index}]`).map((p) => `${p.field}：${p.message}`).join('；')}</Typography.Text>
          ),
          rowExpandable: ({ index }) => problemsAt(problems, `indicators[${index}]`).length > 0,
          expandedRowKeys: indexed.filter(({ index }) => problemsAt(problems, `indicators[${index}]`).length > 0).map(({ index }) => index),
          showExpandColumn: false,
        }}
        columns={[
          {
            title: '一级指标',
            width: 130,
            render: (_, { index, level1 }) => (
              <Select
                value={level1 || undefined}
                placeholder="选择"
                status={status(index, 'level1')}
                style={{ width: '100%' }}
                aria-label={`第${index + 1}行一级指标`}
                onChange={(value: string) => onChange(changeIndicator(rows, index, 'level1', value, choices))}
                options={choices.map((choice) => ({ value: choice.label, label: choice.label }))}
              />
            ),
          },
          {
            title: '二级指标',
            width: 160,
            render: (_, { index, level1, level2 }) => (
              <Select
                value={level2 || undefined}
                placeholder={level1 ? '选择' : '先选一级指标'}
                disabled={!level1}
                status={status(index, 'level2')}
                style={{ width: '100%' }}
                aria-label={`第${index + 1}行二级指标`}
                onChange={(value: string) => onChange(changeIndicator(rows, index, 'level2', value, choices))}
                options={level2Options(choices, level1).map((label) => ({ value: label, label }))}
              />
            ),
          },
          ...textColumns.map(({ field, title, width }) => ({
            title,
            width,
            render: (_: unknown, row: IndicatorRow & { index: number }) => (
              <Input
                value={row[field]}
                status={status(row.index, field)}
                aria-label={`第${row.index + 1}行${title}`}
                onChange={(event) => onChange(changeIndicator(rows, row.index, field, event.target.value, choices))}
              />
            ),
          })),
          {
            title: '操作',
            width: 150,
            render: (_, { index }) => (
              <Space size={2}>
                <Button size="small" icon={<ArrowUpOutlined />} aria-label="上移" disabled={index === 0} onClick={() => onChange(moveIndicator(rows, index, -1))} />
                <Button size="small" icon={<ArrowDownOutlined />} aria-label="下移" disabled={index === rows.length - 1} onClick={() => onChange(moveIndicator(rows, index, 1))} />
                <Button size="small" icon={<PlusOutlined />} aria-label="在下方插入" onClick={() => onChange(addIndicatorAfter(rows, index))} />
                <Button size="small" danger icon={<DeleteOutlined />} aria-label="删除" onClick={() => onChange(removeIndicator(rows, index))} />
              </Space>
            ),
          },
        ]}
      />
      <Button icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => onChange(addIndicatorAfter(rows, -1))} data-testid="add-indicator">
        添加指标
      </Button>
    </>
  );
}
