import { Button, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { APPROVE, RESUBMIT, RETURN, SUBMIT, WITHDRAW, type TargetTable, type Unit } from '../graphql/documents';
import { refusalOf, type Refusal } from '../graphql/refusal';
import { newCommandId } from '../lib/command-id';
import { useSigned } from '../SessionContext';
import { StepDecision } from './StepDecision';

/**
 * What the signed-in person may do with the table now: 通过 / 退回 at the step they decide,
 * 撤回 by the submitter, 修改 / 提交 by the preparer, 调整 after approval. The API decides; a
 * refusal comes back to the page as it is.
 */
export function DecisionPanel({
  table,
  unit,
  onDone,
  onRefused,
}: {
  table: TargetTable;
  unit: Unit | undefined;
  onDone: (position: string) => void;
  onRefused: (refusal: Refusal) => void;
}) {
  const { session } = useSigned();
  const roles = session.user.roles as string[];
  const key = { projectCode: table.projectCode, fiscalYear: table.fiscalYear };
  const [, approve] = useMutation(APPROVE);
  const [, returnTable] = useMutation(RETURN);
  const [, submit] = useMutation(SUBMIT);
  const [, resubmit] = useMutation(RESUBMIT);
  const [, withdraw] = useMutation(WITHDRAW);
  const [busy, setBusy] = useState(false);
  const base = `/target-tables/${table.fiscalYear}/${encodeURIComponent(table.projectCode)}`;

  async function run<T>(send: () => Promise<{ data?: T; error?: import('urql').CombinedError }>, position: (data: T) => string): Promise<boolean> {
    setBusy(true);
    const result = await send();
    setBusy(false);
    if (result.error || !result.data) {
      if (result.error) onRefused(refusalOf(result.error));
      return false;
    }
    onDone(position(result.data));
    return true;
  }

  const isPreparer = roles.includes('PREPARER');
  const editable = table.status === 'DRAFT' || table.status === 'RETURNED' || table.status === 'ADJUSTING';

  return (
    <Space wrap data-testid="decision-panel">
      <StepDecision
        status={table.status}
        step={table.currentStep}
        unit={unit}
        busy={busy}
        approve={(step, comment) => run(() => approve({ input: { ...key, commandId: newCommandId(), step, comment } }), (d) => d.approveTargetTableStep.position)}
        returnTo={(step, to, reason) => run(() => returnTable({ input: { ...key, commandId: newCommandId(), step, to, reason } }), (d) => d.returnTargetTable.position)}
      />
      {isPreparer && editable && (
        <>
          <Link to={`${base}/edit`}>
            <Button data-testid="edit">修改</Button>
          </Link>
          <Button
            type="primary"
            loading={busy}
            data-testid="submit"
            onClick={() =>
              table.status === 'RETURNED'
                ? run(() => resubmit({ input: { ...key, commandId: newCommandId() } }), (d) => d.resubmitTargetTable.position)
                : run(() => submit({ input: { ...key, commandId: newCommandId() } }), (d) => d.submitTargetTable.position)
            }
          >
            {table.status === 'RETURNED' ? '重新提交' : '提交审核'}
          </Button>
        </>
      )}
      {isPreparer && table.status === 'IN_REVIEW' && (
        <Button loading={busy} data-testid="withdraw" onClick={() => run(() => withdraw({ input: { ...key, commandId: newCommandId() } }), (d) => d.withdrawTargetTableSubmission.position)}>
          撤回
        </Button>
      )}
      {isPreparer && table.status === 'APPROVED' && (
        <Link to={`${base}/adjust`}>
          <Button data-testid="adjust">调整</Button>
        </Link>
      )}
      <Link to={`${base}/versions`}>
        <Button>版本与对比</Button>
      </Link>
    </Space>
  );
}
