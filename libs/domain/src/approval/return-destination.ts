import { DomainError } from '../common/domain-error.js';
import { messages } from '../messages/messages.js';
import { returnToPreparer, type SubmissionChain } from './submission-chain.js';
import { approvalStepLabel, stepPhrase } from './approval-labels.js';

/**
 * Where a return made at step `stepIndex` goes: null for the preparer, else the position of the
 * earlier step named by `to`. Anything else is refused, listing where it could go.
 */
export function returnDestination(chain: SubmissionChain, stepIndex: number, to: string): number | null {
  if (to === returnToPreparer) return null;
  const toStepIndex = chain.steps.findIndex((earlier) => earlier.step === to);
  if (toStepIndex !== -1 && toStepIndex < stepIndex) return toStepIndex;
  const earlier = chain.steps.slice(0, stepIndex).map((candidate) => messages.approval.stepChoice({ stepId: candidate.step, label: approvalStepLabel(candidate) }));
  const choices =
    earlier.length === 0 ? messages.approval.returnToPreparerOnly : messages.approval.returnChoices(earlier.join(messages.approval.stepListSeparator));
  const step = chain.steps[stepIndex];
  const notBefore = toStepIndex === -1 || step === undefined ? null : stepPhrase(step);
  throw DomainError.validation([{ field: 'to', message: messages.approval.returnDestination({ to: String(to), notBefore, choices }) }]);
}
