import type { DecidingRole, SubmissionChainStep } from './submission-chain.js';
import type { TargetTableRole } from './target-table-actor.js';
import type { TargetTableEvent } from './target-table.events.js';
import type { TargetTableStatus } from './target-table.state.js';

/** The one place for the words people see for statuses, roles and steps. */

export const targetTableStatusLabels: Readonly<Record<TargetTableStatus, string>> = {
  DRAFT: '草稿',
  IN_REVIEW: '审核中',
  RETURNED: '已退回',
  APPROVED: '已批准',
  ADJUSTING: '调整中',
};

/** What happened to a table, in the words of the workflow (编制, 申报, 审核通过, 退回, …). */
export const targetTableEventLabels: Readonly<Record<TargetTableEvent['type'], string>> = {
  TargetTableDrafted: '编制',
  TargetTableDraftRevised: '修改草稿',
  TargetTableSubmitted: '申报',
  TargetTableStepApproved: '审核通过',
  TargetTableApproved: '批准',
  TargetTableReturned: '退回',
  TargetTableSubmissionWithdrawn: '撤回',
  TargetTableAdjustmentProposed: '调整',
};

export const targetTableRoleLabels: Readonly<Record<TargetTableRole, string>> = {
  PREPARER: '科室经办人',
  SECTION_HEAD: '科室负责人',
  OFFICE: '办公室',
  LEADER: '单位负责人',
};

const stepKindLabels: Readonly<Record<DecidingRole, { label: string; name: string }>> = {
  SECTION_HEAD: { label: '科室负责人审核', name: 'section head' },
  OFFICE: { label: '办公室审核', name: 'office' },
  LEADER: { label: '单位负责人审核', name: 'unit leader' },
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
  return stepKindLabels[kindOf(step)].label;
}

/** "the office step (办公室审核)", as messages name a step. */
export function stepPhrase(step: SubmissionChainStep): string {
  const { name, label } = stepKindLabels[kindOf(step)];
  return `the ${name} step (${label})`;
}
