import { messages } from '../messages/messages.js';
import type { WorkflowRole } from '../common/actor.js';
import type { DecidingRole, SubmissionChainStep } from './submission-chain.js';

/** The words people see for the workflow's roles and approval steps, whatever document is reviewed. */

export const workflowRoleLabels: Readonly<Record<WorkflowRole, string>> = {
  PREPARER: '科室经办人',
  SECTION_HEAD: '科室负责人',
  OFFICE: '办公室',
  LEADER: '单位负责人',
};

const stepKindLabels: Readonly<Record<DecidingRole, string>> = {
  SECTION_HEAD: '科室负责人审核',
  OFFICE: '办公室审核',
  LEADER: '单位负责人审核',
};

/**
 * The directory's step ids (SECTION, OFFICE, LEADER) say what the step is even where a unit
 * lets another role decide it; a step id of the unit's own is named after its deciding role.
 */
const stepIdKinds: Readonly<Record<string, DecidingRole>> = { SECTION: 'SECTION_HEAD', OFFICE: 'OFFICE', LEADER: 'LEADER' };

function kindOf(step: SubmissionChainStep): DecidingRole {
  return Object.hasOwn(stepIdKinds, step.step) ? (stepIdKinds[step.step] ?? step.role) : step.role;
}

/** 科室负责人审核, 办公室审核, 单位负责人审核. */
export function approvalStepLabel(step: SubmissionChainStep): string {
  return stepKindLabels[kindOf(step)];
}

/** "「办公室审核」步骤", as messages name a step. */
export function stepPhrase(step: SubmissionChainStep): string {
  return messages.approval.step(approvalStepLabel(step));
}

/** A step known only by its id, as a stored decision names the next step: "「办公室审核」步骤", or the unit's own id quoted. */
export function stepIdPhrase(stepId: string): string {
  const kind = Object.hasOwn(stepIdKinds, stepId) ? stepIdKinds[stepId] : undefined;
  return messages.approval.step(kind === undefined ? stepId : stepKindLabels[kind]);
}
