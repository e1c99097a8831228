import { Timeline, Typography } from 'antd';
import { useQuery } from 'urql';
import { DOCUMENT_HISTORY, type HistoryFilter } from '../graphql/document-history';
import { formatTime, roleLabels } from '../labels';

/** Who did what to a document (a table, its year's mid-term review or final evaluation, the department's overall targets) and when, with the comment or reason, from the audit trail. */
export function HistoryTimeline({ filter, minPosition }: { filter: HistoryFilter; minPosition: string | null }) {
  const [{ data, error }] = useQuery({ query: DOCUMENT_HISTORY, variables: { filter, minPosition }, requestPolicy: 'network-only' });
  if (error) return <Typography.Text type="danger">{error.message}</Typography.Text>;
  const entries = data?.auditTrail.edges.map((edge) => edge.node) ?? [];
  return (
    <Timeline
      data-testid="history"
      items={entries.map((entry) => ({
        children: (
          <div>
            <Typography.Text strong>{entry.label}</Typography.Text>
            {entry.version !== null && <Typography.Text type="secondary">（第 {entry.version} 版）</Typography.Text>}
            <div>
              {entry.actor.name}
              {entry.actor.roles.length > 0 && `（${entry.actor.roles.map((r) => roleLabels[r] ?? r).join('、')}）`} · {formatTime(entry.at)}
            </div>
            {entry.reason && <div style={{ color: '#cf1322' }}>意见/原因：{entry.reason}</div>}
          </div>
        ),
      }))}
    />
  );
}
