import { Space, Tag, Typography } from 'antd';
import type { Due } from '../graphql/deadline-documents';

/** A due date with 即将到期 / 已逾期 (and how many days) as the API counts them by the application clock. */
export function DueTag({ due }: { due: Due | null | undefined }) {
  if (!due) return null;
  return (
    <Space size={4} data-testid="due">
      <Typography.Text>{due.dueDate}</Typography.Text>
      {due.status === 'OVERDUE' && <Tag color="red">已逾期 {due.daysOverdue} 天</Tag>}
      {due.status === 'DUE_SOON' && <Tag color="gold">即将到期</Tag>}
    </Space>
  );
}
