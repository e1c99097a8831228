import { submittableChain } from '../approval/submission-chain.js';
import { resubmitForReview, submitForReview } from '../approval/submit-for-review.js';
import type { ReviewSubmittedData } from '../approval/review.js';
import { messages } from '../messages/messages.js';
import type { ResubmitDepartmentTargets, SubmitDepartmentTargets } from './department-targets.commands.js';
import type { DepartmentTargetsEvent } from './department-targets.events.js';
import type { DepartmentTargets, DepartmentTargetsState } from './department-targets.state.js';
import { departmentReviewSubject, departmentScope, existingDepartmentTargets } from './existing-department-targets.js';

/** A draft (a first version or an adjustment) goes to the unit's chain of kind DEPARTMENT_TARGETS, read by the application. */
export function submitDepartmentTargets(command: SubmitDepartmentTargets, state: DepartmentTargetsState): DepartmentTargetsEvent[] {
  const chain = submittableChain(command.chain);
  const targets = existingDepartmentTargets(state, command, messages.verbs.submit);
  return [submitted(targets, submitForReview(targets.stage, chain, command.actor, departmentScope(targets), departmentReviewSubject(targets)))];
}

/** After a return to the preparer, on the chain the review started with. */
export function resubmitDepartmentTargets(command: ResubmitDepartmentTargets, state: DepartmentTargetsState): DepartmentTargetsEvent[] {
  const targets = existingDepartmentTargets(state, command, messages.verbs.resubmit);
  return [submitted(targets, resubmitForReview(targets.stage, command.actor, departmentScope(targets), departmentReviewSubject(targets)))];
}

function submitted(targets: DepartmentTargets, submission: ReviewSubmittedData): DepartmentTargetsEvent {
  const { departmentCode, fiscalYear, content } = targets;
  return { type: 'DepartmentTargetsSubmitted', data: { departmentCode, fiscalYear, ...submission, content, baselineVersion: targets.baseline?.version ?? null } };
}
