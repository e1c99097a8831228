import { Steps } from 'antd';
import type { TargetTable, Unit } from '../graphql/documents';
import { formatTime, stepLabels } from '../labels';

type StepState = 'finish' | 'process' | 'wait' | 'error';

/**
 * What the chain shows of a document in review: a target table, or a mid-term review or final
 * evaluation (which carry no decisions of their own: a step before the awaited one has passed).
 */
export type InChain = Pick<TargetTable, 'currentStep'> & {
  status: string;
  decisions?: TargetTable['decisions'];
  lastReturn?: TargetTable['lastReturn'];
  submittedAt?: string | null;
};

/** The unit's approval chain with each step's state for the document's current submission. */
export function ApprovalChain({ table, unit }: { table: InChain; unit: Unit | undefined }) {
  const steps = unit?.approvalChain?.steps ?? [];
  const awaitedAt = steps.findIndex(({ step }) => step === table.currentStep?.step);
  const drafting = table.status === 'DRAFT' || table.status === 'ADJUSTING' || table.status === 'NOT_OPENED';
  const items = [
    {
      title: '经办人提交',
      status: (drafting ? 'process' : table.status === 'RETURNED' ? 'error' : 'finish') as StepState,
      description:
        table.status === 'RETURNED'
          ? `已退回${table.lastReturn ? `：${table.lastReturn.reason}` : ''}`
          : table.submittedAt
            ? `提交于 ${formatTime(table.submittedAt)}`
            : drafting
              ? '尚未提交'
              : '已提交',
    },
    ...steps.map(({ step }, at) => {
      const approved = (table.decisions ?? []).filter((d) => d.step === step && d.decision === 'APPROVED').at(-1);
      const passed = table.status === 'IN_REVIEW' && awaitedAt > at;
      const awaited = table.status === 'IN_REVIEW' && table.currentStep?.step === step;
      const status: StepState = table.status === 'APPROVED' || approved || passed ? 'finish' : awaited ? 'process' : 'wait';
      return {
        title: stepLabels[step] ?? step,
        status,
        description: approved
          ? `已通过 ${formatTime(approved.at)}${approved.comment ? `：${approved.comment}` : ''}`
          : awaited
            ? '待审核'
            : table.status === 'APPROVED' || passed
              ? '已通过'
              : '未开始',
      };
    }),
  ];
  return <Steps direction="vertical" size="small" items={items} data-testid="approval-chain" />;
}
