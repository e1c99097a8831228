import { DomainError } from '../shared/domain-error.js';
import { describeTargetTableState } from './describe-target-table-state.js';
import { existingTargetTable } from './existing-target-table.js';
import type { SubmissionChainStep } from './submission-chain.js';
import type { TargetTableActor } from './target-table-actor.js';
import { requireSeparateDuties, requireStepDecider } from './target-table-authority.js';
import { approvalStepLabel, stepPhrase } from './target-table-labels.js';
import type { InReviewTargetTableState, TargetTableState } from './target-table.state.js';

export interface StepToDecide {
  table: InReviewTargetTableState;
  step: SubmissionChainStep;
  stepIndex: number;
}

interface StepCommand {
  projectCode: string;
  fiscalYear: number;
  actor: TargetTableActor;
  step: string;
}

/**
 * The step a decision (approve or return) is about, once everything that could refuse it has
 * been asked, in this order: is there a review (CONFLICT), is the step in its chain
 * (VALIDATION), may the actor decide such a step here (FORBIDDEN), is it the awaited step
 * (CONFLICT — also how the loser of two simultaneous decisions learns what happened), and
 * does separation of duties allow this person (FORBIDDEN).
 */
export function stepToDecide(command: StepCommand, state: TargetTableState, verb: 'approve' | 'return'): StepToDecide {
  const table = existingTargetTable(state, command, verb);
  const refusal = (step: string) => (verb === 'approve' ? `Cannot approve ${step}` : `Cannot return the table at ${step}`);
  if (table.status !== 'IN_REVIEW') {
    throw new DomainError('CONFLICT', `${refusal(`step "${command.step}"`)}: ${describeTargetTableState(table)}.`);
  }
  const { review } = table;
  const stepIndex = review.chain.steps.findIndex((step) => step.step === command.step);
  const step = review.chain.steps[stepIndex];
  if (step === undefined) {
    const steps = review.chain.steps.map((known) => `${known.step} (${approvalStepLabel(known)})`).join(', ');
    throw DomainError.validation([
      {
        field: 'step',
        message: `"${command.step}" is not a step of approval chain ${review.chain.chainId} v${review.chain.chainVersion}: its steps are ${steps}`,
      },
    ]);
  }
  requireStepDecider(command.actor, step, table.content, verb === 'approve' ? 'Approving' : 'Returning the table at');
  if (stepIndex !== review.currentStepIndex) {
    const approval = review.approvals.find((earlier) => earlier.step === step.step);
    const already = approval === undefined ? '' : `; ${approval.by.userId} already approved that step`;
    throw new DomainError('CONFLICT', `${refusal(stepPhrase(step))}: ${describeTargetTableState(table)}${already}.`);
  }
  requireSeparateDuties(command.actor, review, step, table.version);
  return { table, step, stepIndex };
}
