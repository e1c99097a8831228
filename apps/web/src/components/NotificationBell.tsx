import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Empty, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { MARK_NOTIFICATIONS_READ, MY_NOTIFICATIONS, NOTIFICATION_ADDED, type NotificationItem } from '../graphql/deadline-documents';
import { refusalOf, type Refusal } from '../graphql/refusal';
import { newCommandId } from '../lib/command-id';
import { useLiveConnections } from '../lib/live-connections';
import { formatTime } from '../labels';
import { RefusalAlert } from './RefusalAlert';

/** Where each document opens; a department's two open on the department's page, the evaluation in its tab. */
const pageOfDocument: Record<string, { page: string; tab?: string }> = {
  TARGET_TABLE: { page: 'target-tables' },
  MIDTERM_REVIEW: { page: 'midterm' },
  FINAL_EVALUATION: { page: 'evaluations' },
  DEPARTMENT_TARGETS: { page: 'departments' },
  DEPARTMENT_EVALUATION: { page: 'departments', tab: 'evaluation' },
};
const kindColors: Record<NotificationItem['kind'], string> = { INBOX_NEW: 'blue', RETURNED: 'orange', APPROVED: 'green', DUE_SOON: 'gold', OVERDUE: 'red', ESCALATED: 'volcano' };
const kindLabels: Record<NotificationItem['kind'], string> = { INBOX_NEW: '新待办', RETURNED: '已退回', APPROVED: '已批准', DUE_SOON: '即将到期', OVERDUE: '已逾期', ESCALATED: '逾期上报' };

function linkOf(item: NotificationItem): string {
  const { page, tab } = pageOfDocument[item.document] ?? { page: 'target-tables' };
  return `/${page}/${item.fiscalYear}/${encodeURIComponent(item.projectCode)}${tab === undefined ? '' : `?tab=${tab}`}`;
}

/**
 * 通知中心: the bell of the header with the unread count, kept live by `notificationAdded`
 * (docs/deadlines-and-rectification.md); the drawer lists them newest first.
 */
export function NotificationBell() {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [{ data }, refresh] = useQuery({ query: MY_NOTIFICATIONS, requestPolicy: 'network-only' });
  const [{ data: added }] = useSubscription({ query: NOTIFICATION_ADDED });
  const [, markRead] = useMutation(MARK_NOTIFICATIONS_READ);
  const connections = useLiveConnections();

  // A new notification (or reopening the drawer) reads the list again: reminders are swept on reading.
  // So does each (re)connection: what was issued before the subscription listened was never pushed.
  useEffect(() => {
    if (added || connections > 0) refresh({ requestPolicy: 'network-only' });
  }, [added, connections, refresh]);
  useEffect(() => {
    if (open) refresh({ requestPolicy: 'network-only' });
  }, [open, refresh]);

  const list = data?.myNotifications;
  const read = async (ids: string[]) => {
    if (ids.length === 0) return;
    const result = await markRead({ input: { commandId: newCommandId(), notificationIds: ids } });
    if (result.error) setRefusal(refusalOf(result.error));
    else refresh({ requestPolicy: 'network-only' });
  };
  const openItem = async (item: NotificationItem) => {
    setOpen(false);
    navigate(linkOf(item));
    if (!item.read) await read([item.id]);
  };

  return (
    <>
      <Badge count={list?.unreadCount ?? 0} size="small" data-testid="notification-count">
        <Button type="text" aria-label={`通知中心，未读 ${list?.unreadCount ?? 0} 条`} icon={<BellOutlined style={{ fontSize: 18 }} />} onClick={() => setOpen(true)} data-testid="notification-bell" />
      </Badge>
      <Drawer
        title={`通知中心（未读 ${list?.unreadCount ?? 0}）`}
        open={open}
        onClose={() => setOpen(false)}
        size={420}
        extra={
          <Button size="small" disabled={(list?.unreadCount ?? 0) === 0} onClick={() => void read((list?.items ?? []).filter((item) => !item.read).map((item) => item.id))}>
            全部标为已读
          </Button>
        }
      >
        <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />
        <List<NotificationItem>
          data-testid="notifications"
          dataSource={list?.items ?? []}
          locale={{ emptyText: <Empty description="暂无通知" /> }}
          renderItem={(item) => (
            <List.Item
              key={item.id}
              data-testid={item.read ? 'notification-read' : 'notification-unread'}
              style={{ cursor: 'pointer', background: item.read ? undefined : '#e6f4ff', paddingInline: 8 }}
              onClick={() => void openItem(item)}
            >
              <List.Item.Meta
                title={
                  <Space>
                    {!item.read && <Badge status="processing" />}
                    <Tag color={kindColors[item.kind]}>{kindLabels[item.kind]}</Tag>
                    <Typography.Text strong={!item.read}>{item.title}</Typography.Text>
                  </Space>
                }
                description={
                  <>
                    {item.body && <div>{item.body}</div>}
                    <Typography.Text type="secondary">{formatTime(item.createdAt)}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Drawer>
    </>
  );
}
