import { Card, Col, Empty, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { TargetTableSheet } from '../components/TargetTableSheet';
import { VERSION_DIFF, VERSIONS, type FieldChange, type Version } from '../graphql/documents';
import { formatTime } from '../labels';

const changeLabels: Record<FieldChange['change'], { label: string; color: string }> = {
  ADDED: { label: '新增', color: 'green' },
  CHANGED: { label: '修改', color: 'orange' },
  REMOVED: { label: '删除', color: 'red' },
};

/** 版本 and 对比: every version of a table, and two of them side by side with the changed cells marked. */
export function VersionsPage() {
  const params = useParams();
  const key = { projectCode: params.projectCode!, fiscalYear: Number(params.fiscalYear) };
  const [{ data }] = useQuery({ query: VERSIONS, variables: key, requestPolicy: 'network-only' });
  const versions = data?.targetTableVersions ?? [];
  const [picked, setPicked] = useState<{ from?: number; to?: number }>({});
  const from = picked.from ?? (versions.length > 1 ? versions.at(-2)!.version : undefined);
  const to = picked.to ?? versions.at(-1)?.version;
  const comparing = from !== undefined && to !== undefined && from !== to;
  const [{ data: diff }] = useQuery({ query: VERSION_DIFF, variables: { ...key, fromVersion: from ?? 0, toVersion: to ?? 0 }, pause: !comparing });
  const changes = diff?.targetTableVersionDiff.changes ?? [];
  const changed = new Set(changes.map((c) => c.field));
  const versionOf = (v: number | undefined) => versions.find((candidate) => candidate.version === v);
  const options = versions.map((v) => ({ value: v.version, label: `第 ${v.version} 版（${v.statusLabel}）` }));
  const sheet = (version: Version | undefined) =>
    version ? <TargetTableSheet content={version} projectCode={key.projectCode} fiscalYear={key.fiscalYear} unitName={''} highlight={changed} /> : <Empty />;

  return (
    <>
      <Typography.Title level={4}>版本</Typography.Title>
      <Table<Version>
        rowKey="version"
        size="small"
        pagination={false}
        dataSource={versions}
        columns={[
          { title: '版本', dataIndex: 'version', render: (v: number) => `第 ${v} 版` },
          { title: '项目名称', dataIndex: 'name' },
          { title: '状态', dataIndex: 'statusLabel', render: (label: string) => <Tag>{label}</Tag> },
          { title: '起草/提出', dataIndex: 'createdAt', render: formatTime },
          { title: '批准', dataIndex: 'approvedAt', render: formatTime },
          { title: '调整原因', dataIndex: 'adjustmentReason' },
        ]}
      />
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        对比
      </Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <Select style={{ width: 200 }} value={from} options={options} onChange={(v: number) => setPicked({ from: v, to })} aria-label="对比的旧版本" />
        <span>→</span>
        <Select style={{ width: 200 }} value={to} options={options} onChange={(v: number) => setPicked({ from, to: v })} aria-label="对比的新版本" />
      </Space>
      {comparing ? (
        <>
          <Table<FieldChange>
            rowKey="field"
            size="small"
            pagination={false}
            dataSource={changes}
            data-testid="diff"
            locale={{ emptyText: '两个版本内容相同' }}
            columns={[
              { title: '项目', dataIndex: 'label' },
              { title: '变化', dataIndex: 'change', render: (c: FieldChange['change']) => <Tag color={changeLabels[c].color}>{changeLabels[c].label}</Tag> },
              { title: `第 ${from} 版`, dataIndex: 'before' },
              { title: `第 ${to} 版`, dataIndex: 'after', render: (after: string | null) => <span style={{ background: '#fff1b8' }}>{after}</span> },
            ]}
          />
          <Row gutter={16} style={{ marginTop: 16 }}>
            <Col xs={24} xl={12}>
              <Card size="small" title={`第 ${from} 版`}>
                {sheet(versionOf(from))}
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={`第 ${to} 版`}>
                {sheet(versionOf(to))}
              </Card>
            </Col>
          </Row>
        </>
      ) : (
        <Typography.Text type="secondary">只有一个版本，无可对比的内容。</Typography.Text>
      )}
    </>
  );
}
