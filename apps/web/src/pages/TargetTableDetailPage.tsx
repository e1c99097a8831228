import { Alert, Card, Col, Descriptions, Result, Row, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { ApprovalChain } from '../components/ApprovalChain';
import { BaselineBeside } from '../components/BaselineBeside';
import { DecisionPanel } from '../components/DecisionPanel';
import { ExportButtons } from '../components/ExportButtons';
import { HistoryTimeline } from '../components/HistoryTimeline';
import { RefusalAlert } from '../components/RefusalAlert';
import { ReviewFindingsCard, useReviewFindings } from '../components/ReviewFindingsCard';
import { StatusTag } from '../components/StatusTag';
import { TargetTableSheet } from '../components/TargetTableSheet';
import { TABLE_CHANGED, TARGET_TABLE } from '../graphql/documents';
import type { Refusal } from '../graphql/refusal';
import { formatTime } from '../labels';
import { sectionName, useSigned } from '../SessionContext';

/** One table as the official form, with its approval chain, history and what I may do with it. */
export function TargetTableDetailPage() {
  const { units } = useSigned();
  const params = useParams();
  const key = { projectCode: params.projectCode!, fiscalYear: Number(params.fiscalYear) };
  const location = useLocation();
  const [minPosition, setMinPosition] = useState<string | null>(() => (location.state as { minPosition?: string } | null)?.minPosition ?? null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [{ data, error, fetching }] = useQuery({ query: TARGET_TABLE, variables: { ...key, minPosition }, requestPolicy: 'network-only' });
  // Live: a change of this table by anyone — or the approval that follows a last step's decision
  // a moment after the decision itself was answered — is read as soon as it is stored.
  const [{ data: change }] = useSubscription({ query: TABLE_CHANGED });
  const changed = change?.targetTableChanged;
  useEffect(() => {
    if (changed && changed.projectCode === key.projectCode && changed.fiscalYear === key.fiscalYear) setMinPosition(changed.position);
  }, [changed, key.projectCode, key.fiscalYear]);
  const review = useReviewFindings({ ...key, unitCode: data?.targetTable.unitCode ?? '' }, minPosition);
  if (error) return <Result status="warning" title="无法读取目标表" subTitle={error.graphQLErrors[0]?.message ?? error.message} />;
  if (!data) return <Spin spinning={fetching} />;
  const table = data.targetTable;
  const unit = units.find((u) => u.unitCode === table.unitCode);
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {table.name}
        </Typography.Title>
        <StatusTag status={table.status} />
        {table.currentStep && <Typography.Text type="secondary">待 {table.currentStep.label}</Typography.Text>}
        <ExportButtons kind="target-tables" fiscalYear={key.fiscalYear} projectCode={key.projectCode} />
      </Space>
      <div style={{ marginBottom: 16 }}>
        <DecisionPanel
          table={table}
          unit={unit}
          onDone={(position) => {
            setRefusal(null);
            setMinPosition(position);
          }}
          onRefused={setRefusal}
        />
      </div>
      <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />
      {table.lastReturn && table.status === 'RETURNED' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="已退回" description={`退回原因：${table.lastReturn.reason}（${formatTime(table.lastReturn.at)}）`} />
      )}
      {table.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="提交检查的提示"
          data-testid="warnings"
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {table.warnings.map((w, i) => (
                <li key={i}>
                  <code>{w.field}</code>：{w.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={17}>
          {table.baseline !== null && table.baseline.version !== table.version ? (
            <BaselineBeside table={{ ...table, baseline: table.baseline }} />
          ) : (
            <TargetTableSheet content={table} projectCode={table.projectCode} fiscalYear={table.fiscalYear} unitName={table.unitName} warnings={[...table.warnings, ...review.findings]} />
          )}
          <Descriptions size="small" column={2} style={{ marginTop: 16 }} bordered>
            <Descriptions.Item label="科室">{sectionName(units, table.sectionId)}</Descriptions.Item>
            <Descriptions.Item label="版本">第 {table.version} 版</Descriptions.Item>
            <Descriptions.Item label="最后修改">{formatTime(table.updatedAt)}</Descriptions.Item>
            <Descriptions.Item label="导入来源">
              {table.importedFrom ? `${table.importedFrom.name} 第 ${table.importedFrom.lines.from}–${table.importedFrom.lines.to} 行` : '在系统中填报'}
            </Descriptions.Item>
          </Descriptions>
        </Col>
        <Col xs={24} xl={7}>
          <ReviewFindingsCard table={{ ...key, unitCode: table.unitCode }} findings={review.findings} onAccepted={setMinPosition} />
          <Card size="small" title="审批流程" style={{ marginBottom: 16 }}>
            <ApprovalChain table={table} unit={unit} />
          </Card>
          <Card size="small" title="办理记录">
            <HistoryTimeline filter={{ ...key, documentKind: 'TARGET_TABLE' }} minPosition={minPosition ?? table.position} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
