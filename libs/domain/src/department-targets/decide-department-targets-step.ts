import { approveReviewStep } from '../approval/approve-review-step.js';
import { returnReview } from '../approval/return-review.js';
import { withdrawReviewSubmission } from '../approval/withdraw-review-submission.js';
import { messages } from '../messages/messages.js';
import type { ApproveDepartmentTargetsStep, ReturnDepartmentTargets, WithdrawDepartmentTargetsSubmission } from './department-targets.commands.js';
import type { DepartmentTargetsEvent } from './department-targets.events.js';
import type { DepartmentTargetsState } from './department-targets.state.js';
import { departmentReviewSubject, departmentScope, existingDepartmentTargets } from './existing-department-targets.js';

/**
 * The chain's decisions, each the shared stage's (approval/): approving the last step approves
 * the version, which becomes the baseline in the same append.
 */
export function approveDepartmentTargetsStep(command: ApproveDepartmentTargetsStep, state: DepartmentTargetsState): DepartmentTargetsEvent[] {
  const targets = existingDepartmentTargets(state, command, messages.verbs.approve);
  const { stepApproved, approved } = approveReviewStep(targets.stage, command, departmentScope(targets), departmentReviewSubject(targets));
  const key = { departmentCode: targets.departmentCode, fiscalYear: targets.fiscalYear };
  const events: DepartmentTargetsEvent[] = [{ type: 'DepartmentTargetsStepApproved', data: { ...key, ...stepApproved } }];
  if (approved !== null) {
    events.push({ type: 'DepartmentTargetsApproved', data: { ...key, ...approved, content: targets.content, replacedBaselineVersion: targets.baseline?.version ?? null } });
  }
  return events;
}

export function returnDepartmentTargets(command: ReturnDepartmentTargets, state: DepartmentTargetsState): DepartmentTargetsEvent[] {
  const targets = existingDepartmentTargets(state, command, messages.verbs.return);
  const returned = returnReview(targets.stage, command, departmentScope(targets), departmentReviewSubject(targets), messages.departmentTargets.returnReasonExample);
  return [{ type: 'DepartmentTargetsReturned', data: { departmentCode: targets.departmentCode, fiscalYear: targets.fiscalYear, ...returned } }];
}

export function withdrawDepartmentTargetsSubmission(command: WithdrawDepartmentTargetsSubmission, state: DepartmentTargetsState): DepartmentTargetsEvent[] {
  const targets = existingDepartmentTargets(state, command, messages.verbs.withdraw);
  const withdrawn = withdrawReviewSubmission(targets.stage, command.actor, departmentScope(targets), departmentReviewSubject(targets));
  return [{ type: 'DepartmentTargetsSubmissionWithdrawn', data: { departmentCode: targets.departmentCode, fiscalYear: targets.fiscalYear, ...withdrawn } }];
}
