import { Alert, Badge, Card, Col, Empty, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { DueTag } from '../components/DueTag';
import { INBOX_DUE } from '../graphql/deadline-documents';
import { INBOX, TABLE_CHANGED, type InboxItem } from '../graphql/documents';
import { REVIEW_CHANGED } from '../graphql/review-documents';
import { formatTime, inboxKindLabels, waitingFor } from '../labels';
import { sectionName, useSigned } from '../SessionContext';

const pageOfKind: Record<InboxItem['kind'], string> = {
  TARGET_TABLE_REVIEW: 'target-tables',
  MIDTERM_REVIEW: 'midterm',
  FINAL_EVALUATION: 'evaluations',
  // The item names the department: its code stands where a project's would (docs/department-targets.md, reading it).
  DEPARTMENT_TARGETS: 'departments',
  // The self-evaluation is the department page's 整体自评 tab (docs/department-evaluation.md, inbox and trail).
  DEPARTMENT_EVALUATION: 'departments',
};

/** What a department's item is called in the list: the document after the department's name. */
const departmentDocument: Partial<Record<InboxItem['kind'], string>> = {
  DEPARTMENT_TARGETS: '部门整体绩效目标',
  DEPARTMENT_EVALUATION: '部门整体支出绩效自评',
};

function linkOf(item: InboxItem): string {
  const page = `/${pageOfKind[item.kind]}/${item.fiscalYear}/${encodeURIComponent(item.projectCode)}`;
  return item.kind === 'DEPARTMENT_EVALUATION' ? `${page}?tab=evaluation` : page;
}

/** 我的待办: what waits for my decision, oldest first; a change of a table of my unit refreshes it at once. */
export function InboxPage() {
  const { units } = useSigned();
  const [{ data, error, fetching }, refresh] = useQuery({ query: INBOX, requestPolicy: 'network-only' });
  // Each item's due date, read beside the inbox (docs/deadlines-and-rectification.md).
  const [{ data: dues }, refreshDues] = useQuery({ query: INBOX_DUE, requestPolicy: 'network-only' });
  const [{ data: change }] = useSubscription({ query: TABLE_CHANGED });
  // A mid-term review or final evaluation submitted or decided reaches the inbox the same way.
  const [{ data: reviewChange }] = useSubscription({ query: REVIEW_CHANGED });
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    if (!change && !reviewChange) return;
    refresh({ requestPolicy: 'network-only' });
    refreshDues({ requestPolicy: 'network-only' });
  }, [change, reviewChange, refresh, refreshDues]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);

  const inbox = data?.myInbox;
  const dueOf = (item: InboxItem) =>
    dues?.myInbox.items.find((due) => due.kind === item.kind && due.projectCode === item.projectCode && due.fiscalYear === item.fiscalYear && due.step === item.step)?.due;
  return (
    <>
      <Typography.Title level={4}>
        我的待办 <Badge count={inbox?.totalCount ?? 0} showZero color="#1677ff" data-testid="inbox-total" />
      </Typography.Title>
      {error && <Alert type="error" showIcon title="待办读取失败" description={error.message} />}
      {change && (
        <Typography.Paragraph type="secondary" data-testid="inbox-live">
          最新变化：{change.targetTableChanged.projectCode} {change.targetTableChanged.eventLabel}（{change.targetTableChanged.statusLabel}）
        </Typography.Paragraph>
      )}
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {(inbox?.counts ?? []).map((count) => (
          <Col key={`${count.kind}-${count.step}`}>
            <Card size="small">
              <Statistic title={`${inboxKindLabels[count.kind] ?? count.kind} · ${count.stepLabel}`} value={count.count} suffix="件" />
            </Card>
          </Col>
        ))}
      </Row>
      <Table<InboxItem>
        rowKey={(item) => `${item.kind}-${item.fiscalYear}-${item.projectCode}-${item.step}`}
        loading={fetching && !data}
        dataSource={inbox?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description="没有等待您处理的事项" /> }}
        columns={[
          { title: '类别', dataIndex: 'kind', render: (kind: string) => <Tag>{inboxKindLabels[kind] ?? kind}</Tag> },
          {
            title: '项目名称',
            dataIndex: 'name',
            render: (name: string, item) => <Link to={linkOf(item)}>{departmentDocument[item.kind] ? `${name} ${departmentDocument[item.kind]}` : name}</Link>,
          },
          { title: '项目编码', dataIndex: 'projectCode', render: (code: string, item) => (departmentDocument[item.kind] ? `部门 ${code}` : code) },
          { title: '年度', dataIndex: 'fiscalYear' },
          { title: '单位', dataIndex: 'unitName' },
          { title: '科室', dataIndex: 'sectionId', render: (id: string | null) => sectionName(units, id) },
          {
            title: '待办环节',
            dataIndex: 'stepLabel',
            render: (label: string, item) => (
              <>
                {label}
                {item.substituteMark && (
                  <Tag color="purple" style={{ marginLeft: 8 }} data-testid="substitute-mark">
                    {item.substituteMark}
                  </Tag>
                )}
              </>
            ),
          },
          { title: '版本', dataIndex: 'version' },
          { title: '提交时间', dataIndex: 'waitingSince', render: (at: string) => formatTime(at) },
          { title: '已等待', dataIndex: 'waitingSince', key: 'waiting', render: (at: string) => waitingFor(at, now) },
          { title: '截止日期', key: 'due', render: (_: unknown, item) => <DueTag due={dueOf(item)} /> },
        ]}
      />
    </>
  );
}
