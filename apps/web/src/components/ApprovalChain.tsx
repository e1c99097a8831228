import { Steps } from 'antd';
import type { TargetTable, Unit } from '../graphql/documents';
import { formatTime, stepLabels } from '../labels';

type StepState = 'finish' | 'process' | 'wait' | 'error';

/** The unit's approval chain with each step's state for the table's current submission. */
export function ApprovalChain({ table, unit }: { table: TargetTable; unit: Unit | undefined }) {
  const steps = unit?.approvalChain?.steps ?? [];
  const items = [
    {
      title: '经办人提交',
      status: (table.status === 'DRAFT' || table.status === 'ADJUSTING' ? 'process' : table.status === 'RETURNED' ? 'error' : 'finish') as StepState,
      description: table.status === 'RETURNED' ? `已退回：${table.lastReturn?.reason ?? ''}` : table.submittedAt ? `提交于 ${formatTime(table.submittedAt)}` : '尚未提交',
    },
    ...steps.map(({ step }) => {
      const approved = table.decisions.filter((d) => d.step === step && d.decision === 'APPROVED').at(-1);
      const awaited = table.status === 'IN_REVIEW' && table.currentStep?.step === step;
      const status: StepState = table.status === 'APPROVED' || approved ? 'finish' : awaited ? 'process' : 'wait';
      return {
        title: stepLabels[step] ?? step,
        status,
        description: approved
          ? `已通过 ${formatTime(approved.at)}${approved.comment ? `：${approved.comment}` : ''}`
          : awaited
            ? '待审核'
            : table.status === 'APPROVED'
              ? '已通过'
              : '未开始',
      };
    }),
  ];
  return <Steps direction="vertical" size="small" items={items} data-testid="approval-chain" />;
}
