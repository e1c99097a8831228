import { Alert, Badge, Card, Col, Empty, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { INBOX, TABLE_CHANGED, type InboxItem } from '../graphql/documents';
import { formatTime, inboxKindLabels, waitingFor } from '../labels';
import { sectionName, useSigned } from '../SessionContext';

function linkOf(item: InboxItem): string | null {
  return item.kind === 'TARGET_TABLE_REVIEW' ? `/target-tables/${item.fiscalYear}/${encodeURIComponent(item.projectCode)}` : null;
}

/** 我的待办: what waits for my decision, oldest first; a change of a table of my unit refreshes it at once. */
export function InboxPage() {
  const { units } = useSigned();
  const [{ data, error, fetching }, refresh] = useQuery({ query: INBOX, requestPolicy: 'network-only' });
  const [{ data: change }] = useSubscription({ query: TABLE_CHANGED });
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    if (change) refresh({ requestPolicy: 'network-only' });
  }, [change, refresh]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);

  const inbox = data?.myInbox;
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
            render: (name: string, item) => {
              const to = linkOf(item);
              return to ? <Link to={to}>{name}</Link> : name;
            },
          },
          { title: '项目编码', dataIndex: 'projectCode' },
          { title: '年度', dataIndex: 'fiscalYear' },
          { title: '单位', dataIndex: 'unitName' },
          { title: '科室', dataIndex: 'sectionId', render: (id: string | null) => sectionName(units, id) },
          { title: '待办环节', dataIndex: 'stepLabel' },
          { title: '版本', dataIndex: 'version' },
          { title: '提交时间', dataIndex: 'waitingSince', render: (at: string) => formatTime(at) },
          { title: '已等待', dataIndex: 'waitingSince', key: 'waiting', render: (at: string) => waitingFor(at, now) },
        ]}
      />
    </>
  );
}
