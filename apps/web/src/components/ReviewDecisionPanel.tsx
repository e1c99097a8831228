import { Button, Space } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { Unit } from '../graphql/documents';
import { refusalOf, type Refusal } from '../graphql/refusal';
import type { ChainMutations, ReviewStep } from '../graphql/review-documents';
import { newCommandId } from '../lib/command-id';
import { useSigned } from '../SessionContext';
import { StepDecision } from './StepDecision';

type Answer = { data?: Record<string, { position: string }>; error?: import('urql').CombinedError };

/**
 * 提交 / 重新提交 / 撤回 by the preparer, 通过 / 退回 at the step the signed-in person decides: a
 * mid-term review, a final evaluation or the department's overall targets goes through its
 * chain like a target table. The API decides; a refusal comes back to the page as it is.
 */
export function ReviewDecisionPanel({
  review,
  documentKey,
  unit,
  mutations,
  onDone,
  onRefused,
  children,
}: {
  review: { status: string; currentStep: ReviewStep | null };
  /** What the commands name the document by: { projectCode, fiscalYear } or { departmentCode, fiscalYear }. */
  documentKey: Record<string, string | number>;
  /** The unit whose chain the document goes through (the department's chain for its overall targets). */
  unit: Unit | undefined;
  mutations: ChainMutations;
  onDone: (position: string) => void;
  onRefused: (refusal: Refusal) => void;
  /** More buttons of the page, shown in the same row. */
  children?: React.ReactNode;
}) {
  const { session } = useSigned();
  const roles = session.user.roles as string[];
  const key = documentKey;
  const [, submit] = useMutation(mutations.submit);
  const [, resubmit] = useMutation(mutations.resubmit);
  const [, approve] = useMutation(mutations.approve);
  const [, returnReview] = useMutation(mutations.return);
  const [, withdraw] = useMutation(mutations.withdraw);
  const [busy, setBusy] = useState(false);

  async function run(send: () => Promise<Answer>): Promise<boolean> {
    setBusy(true);
    const result = await send();
    setBusy(false);
    const written = result.data ? Object.values(result.data)[0] : undefined;
    if (result.error || written === undefined) {
      if (result.error) onRefused(refusalOf(result.error));
      return false;
    }
    onDone(written.position);
    return true;
  }

  const isPreparer = roles.includes('PREPARER');
  // An adjustment (ADJUSTING) is submitted like a draft; reviews are never adjusted.
  const inPreparersHands = review.status === 'DRAFT' || review.status === 'RETURNED' || review.status === 'ADJUSTING';

  return (
    <Space wrap data-testid="decision-panel">
      <StepDecision
        status={review.status}
        step={review.currentStep}
        unit={unit}
        busy={busy}
        approve={(step, comment) => run(() => approve({ input: { ...key, commandId: newCommandId(), step, comment } }))}
        returnTo={(step, to, reason) => run(() => returnReview({ input: { ...key, commandId: newCommandId(), step, to, reason } }))}
      />
      {children}
      {isPreparer && inPreparersHands && (
        <Button
          type="primary"
          loading={busy}
          data-testid="submit"
          onClick={() => run(() => (review.status === 'RETURNED' ? resubmit : submit)({ input: { ...key, commandId: newCommandId() } }))}
        >
          {review.status === 'RETURNED' ? '重新提交' : '提交审核'}
        </Button>
      )}
      {isPreparer && review.status === 'IN_REVIEW' && (
        <Button loading={busy} data-testid="withdraw" onClick={() => run(() => withdraw({ input: { ...key, commandId: newCommandId() } }))}>
          撤回
        </Button>
      )}
    </Space>
  );
}
