import { Tag } from 'antd';
import type { TargetTableStatus } from '../graphql/documents';
import { statusColors, statusLabels } from '../labels';

export function StatusTag({ status }: { status: TargetTableStatus }) {
  return (
    <Tag color={statusColors[status]} data-testid="status-tag">
      {statusLabels[status]}
    </Tag>
  );
}
