import { Alert, Button, Card, Collapse, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { gql, useMutation, useQuery } from 'urql';
import { indicatorCellLabels } from '../../../../libs/domain/src/target-table/target-table-labels.js';
import { newCommandId } from '../lib/command-id';
import { useSigned } from '../SessionContext';

/** What the review assistant says about a cell (docs/review-assistant.md). */
export interface ReviewFinding {
  projectCode: string;
  key: string;
  code: string;
  severity: 'error' | 'warning' | 'hint';
  severityLabel: string;
  field: string;
  message: string;
  otherProjectCode: string | null;
  accepted: { reason: string; acceptedBy: string } | null;
}

export const REVIEW_FINDINGS = gql<{ reviewFindings: ReviewFinding[] }, { unitCode: string; fiscalYear: number; minPosition?: string | null }>`
  query ReviewFindings($unitCode: String!, $fiscalYear: Int!, $minPosition: String) {
    reviewFindings(unitCode: $unitCode, fiscalYear: $fiscalYear, minPosition: $minPosition) {
      projectCode key code severity severityLabel field message otherProjectCode accepted { reason acceptedBy }
    }
  }
`;

const ACCEPT = gql<{ acceptReviewFinding: { position: string } }, { input: { commandId: string; projectCode: string; fiscalYear: number; key: string; reason: string } }>`
  mutation AcceptReviewFinding($input: AcceptReviewFindingInput!) { acceptReviewFinding(input: $input) { position } }
`;

const severities: ReadonlyArray<{ severity: ReviewFinding['severity']; label: string; color: string }> = [
  { severity: 'error', label: '错误', color: 'red' },
  { severity: 'warning', label: '提示', color: 'orange' },
  { severity: 'hint', label: '建议', color: 'blue' },
];

/** A cell of an indicator row by the form's column heading (指标值), or its key when it has none. */
const indicatorCellName = (key: string): string =>
  Object.hasOwn(indicatorCellLabels, key) ? indicatorCellLabels[key as keyof typeof indicatorCellLabels] : key;

/** The cell a finding is about, as the form names it: 第 4 项指标的指标值, 绩效目标第 2 项. */
export function cellLabel(field: string): string {
  const indicator = /^indicators\[(\d+)\](?:\.(\w+))?$/u.exec(field);
  if (indicator) return `第 ${Number(indicator[1]) + 1} 项指标${indicator[2] ? `的${indicatorCellName(indicator[2])}` : ''}`;
  const goal = /^goals\[(\d+)\]$/u.exec(field);
  if (goal) return `绩效目标第 ${Number(goal[1]) + 1} 项`;
  return field === 'indicators' ? '绩效指标' : field === 'goals' ? '绩效目标' : field;
}

/** The findings of one table, read with the unit's year (copies are found across its tables). */
export function useReviewFindings(table: { unitCode: string; fiscalYear: number; projectCode: string }, minPosition: string | null) {
  const [{ data, error }] = useQuery({ query: REVIEW_FINDINGS, variables: { unitCode: table.unitCode, fiscalYear: table.fiscalYear, minPosition }, requestPolicy: 'network-only', pause: table.unitCode === '' });
  return { findings: (data?.reviewFindings ?? []).filter((f) => f.projectCode === table.projectCode), error };
}

const accepting = ['SECTION_HEAD', 'OFFICE', 'LEADER', 'ADMIN'];

/** The review assistant beside the form: findings grouped by severity, each naming its cell; a reviewer may keep a cell as it is, with a reason. */
export function ReviewFindingsCard({
  table,
  findings,
  onAccepted,
}: {
  table: { unitCode: string; fiscalYear: number; projectCode: string };
  findings: ReviewFinding[];
  onAccepted: (position: string) => void;
}) {
  const { session } = useSigned();
  const mayAccept = session.user.roles.some((role) => accepting.includes(role));
  const [, accept] = useMutation(ACCEPT);
  const [open, setOpen] = useState<ReviewFinding | null>(null);
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const groups = severities.map((s) => ({ ...s, items: findings.filter((f) => f.severity === s.severity) })).filter((g) => g.items.length > 0);
  return (
    <Card size="small" title="审核助手" style={{ marginBottom: 16 }} data-testid="review-findings">
      {groups.length === 0 ? (
        <Typography.Text type="secondary">审核助手未发现问题。</Typography.Text>
      ) : (
        <Collapse
          size="small"
          defaultActiveKey={groups.map((g) => g.severity)}
          items={groups.map((g) => ({
            key: g.severity,
            label: (
              <Space>
                <Tag color={g.color}>{g.label}</Tag>
                {g.items.length} 条
              </Space>
            ),
            children: (
              <List
                size="small"
                dataSource={g.items}
                renderItem={(f) => (
                  <List.Item
                    data-testid={`review-finding-${f.code}`}
                    actions={
                      mayAccept && f.accepted === null
                        ? [
                            <Button key="accept" size="small" onClick={() => { setOpen(f); setReason(''); setRefusal(null); }}>
                              保留原样
                            </Button>,
                          ]
                        : []
                    }
                  >
                    <List.Item.Meta
                      title={
                        <Space wrap>
                          <Typography.Text strong>{cellLabel(f.field)}</Typography.Text>
                          {f.accepted && <Tag color="green">已确认保留原样</Tag>}
                        </Space>
                      }
                      description={
                        <>
                          <div>{f.message}</div>
                          {f.accepted && <Typography.Text type="secondary">理由：{f.accepted.reason}</Typography.Text>}
                        </>
                      }
                    />
                  </List.Item>
                )}
              />
            ),
          }))}
        />
      )}
      <Modal
        open={open !== null}
        title="保留原样"
        okText="确认"
        cancelText="取消"
        onCancel={() => setOpen(null)}
        onOk={async () => {
          if (open === null) return;
          const result = await accept({ input: { commandId: newCommandId(), projectCode: table.projectCode, fiscalYear: table.fiscalYear, key: open.key, reason } });
          if (result.error) {
            setRefusal(result.error.graphQLErrors[0]?.message ?? result.error.message);
            return;
          }
          setOpen(null);
          onAccepted(result.data!.acceptReviewFinding.position);
        }}
      >
        {open && <Typography.Paragraph>{open.message}</Typography.Paragraph>}
        <Input.TextArea data-testid="accept-reason" rows={3} placeholder="请说明为何保留原样" value={reason} onChange={(e) => setReason(e.target.value)} />
        {refusal && <Alert type="error" showIcon style={{ marginTop: 8 }} title={refusal} />}
      </Modal>
    </Card>
  );
}
