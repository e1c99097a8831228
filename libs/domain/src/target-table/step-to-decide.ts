import { refusal, stepUnderReview } from '../approval/review-step-to-decide.js';
import { DomainError } from '../shared/domain-error.js';
import { messages } from '../messages/messages.js';
import { describeTargetTableState } from './describe-target-table-state.js';
import { existingTargetTable, targetTableSubject } from './existing-target-table.js';
import { requireReadableToActOn } from './read-scope.js';
import type { SubmissionChainStep } from './submission-chain.js';
import type { TargetTableActor } from './target-table-actor.js';
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
 * The step a decision (approve or return) is about: is there a table and a review (NOT_FOUND,
 * CONFLICT), then the checks every reviewed document has (approval/review-step-to-decide.ts).
 */
export function stepToDecide(command: StepCommand, state: TargetTableState, verb: 'approve' | 'return'): StepToDecide {
  const table = existingTargetTable(state, command, messages.verbs[verb]);
  const subject = { noun: messages.targetTable.noun, version: table.version };
  if (table.status !== 'IN_REVIEW') {
    // With no review there is no step to check the actor against: only who may read the table hears how it stands.
    requireReadableToActOn(command.actor, table.content, targetTableSubject(command));
    const refused = refusal(verb, subject, messages.approval.unnamedStep(command.step));
    throw new DomainError('CONFLICT', messages.approval.notInReview({ refusal: refused, stage: describeTargetTableState(table) }));
  }
  const { step, stepIndex } = stepUnderReview(table.review, command, table.content, subject, verb, () => describeTargetTableState(table));
  return { table, step, stepIndex };
}
