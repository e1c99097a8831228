import { Tag } from 'antd';
import type { Light } from '../graphql/execution-documents';
import { lightTagColors } from '../lib/execution-chart';

/** The traffic light 红/黄/绿 as a coloured tag; — before the year or without a budget. */
export function LightTag({ light, label, testId }: { light: Light | null; label: string | null; testId?: string }) {
  if (light === null) return <Tag data-testid={testId}>—</Tag>;
  return (
    <Tag color={lightTagColors[light]} data-testid={testId} style={{ fontWeight: 600 }}>
      {label}灯
    </Tag>
  );
}
