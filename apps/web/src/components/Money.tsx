import { Tooltip } from 'antd';
import { moneyForForm } from '../lib/money';

/** An amount as the form prints it (万元, two decimals), exact in 元 on hover. */
export function Money({ yuan, testId }: { yuan: string | null | undefined; testId?: string }) {
  const money = moneyForForm(yuan);
  if (money === null) return <span data-testid={testId}>—</span>;
  return (
    <Tooltip title={money.yuan}>
      <span data-testid={testId} data-yuan={money.yuan} style={{ cursor: 'help', borderBottom: '1px dotted #999' }}>
        {money.wan}
      </span>
    </Tooltip>
  );
}
