import { DomainError } from '../shared/domain-error.js';
import { returnToPreparer, type SubmissionChain } from '../target-table/submission-chain.js';
import { approvalStepLabel, stepPhrase } from '../target-table/target-table-labels.js';

/**
 * Where a return made at step `stepIndex` goes: null for the preparer, else the position of the
 * earlier step named by `to`. Anything else is refused, listing where it could go.
 */
export function returnDestination(chain: SubmissionChain, stepIndex: number, to: string): number | null {
  if (to === returnToPreparer) return null;
  const toStepIndex = chain.steps.findIndex((earlier) => earlier.step === to);
  if (toStepIndex !== -1 && toStepIndex < stepIndex) return toStepIndex;
  const earlier = chain.steps.slice(0, stepIndex).map((candidate) => `${candidate.step} (${approvalStepLabel(candidate)})`);
  const choices = earlier.length === 0 ? `${returnToPreparer}: there is no earlier step` : `${returnToPreparer} or ${earlier.join(', ')}`;
  const step = chain.steps[stepIndex];
  const what = toStepIndex === -1 || step === undefined ? 'is not a step of this chain' : `is not before ${stepPhrase(step)}`;
  throw DomainError.validation([{ field: 'to', message: `"${String(to)}" ${what}: return to ${choices}` }]);
}
