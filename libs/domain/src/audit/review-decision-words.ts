import { messages } from '../messages/messages.js';
import type { ReviewReturnedData, ReviewStepApprovedData, ReviewSubmittedData } from '../approval/review.js';
import { returnToPreparer } from '../target-table/submission-chain.js';
import { approvalStepLabel, stepPhrase } from '../target-table/target-table-labels.js';
import { described, type AuditDescription, type AuditSubject } from './audit-description.js';

/**
 * The words of the approval chain, one set for every reviewed document (target table, mid-term
 * review, final evaluation): the same decision reads the same whatever it decided, and the
 * subject says which document it was.
 */

/** "提交第 1 版，审批流程 科室负责人审核 → 办公室审核"; `aboutVersion` follows the version, `after` the chain. */
export function submitted(
  data: Pick<ReviewSubmittedData, 'version' | 'chain' | 'resubmission'>,
  subject: AuditSubject,
  words: { aboutVersion?: string; after?: string } = {},
): AuditDescription {
  const { version, chain, resubmission } = data;
  const route = chain.steps.map(approvalStepLabel).join(' → ');
  const summary = messages.audit.submitted({ resubmission, version, aboutVersion: words.aboutVersion ?? '', route, after: words.after ?? '' });
  return described('SUBMIT', resubmission ? '重新申报' : '申报', summary, subject, { version });
}

export function stepApproved(data: Pick<ReviewStepApprovedData, 'version' | 'step' | 'role' | 'comment' | 'nextStep'>, subject: AuditSubject): AuditDescription {
  const { version, step, role, comment, nextStep } = data;
  const summary = messages.audit.stepApproved({ step: stepPhrase({ step, role }), version, next: nextStep });
  return described('APPROVE', '审核通过', summary, subject, { reason: comment, step, version });
}

/** The last step approved: `outcome` says what the version now is, e.g. "成为本年度的基线". */
export function finallyApproved(version: number, outcome: string, subject: AuditSubject): AuditDescription {
  return described('BASELINE', '批准生效', messages.audit.finallyApproved({ version, outcome }), subject, { version });
}

export function returned(data: Pick<ReviewReturnedData, 'version' | 'step' | 'role' | 'reason' | 'to'>, subject: AuditSubject): AuditDescription {
  const { version, step, role, reason, to } = data;
  const summary = messages.audit.returned({ version, step: stepPhrase({ step, role }), to: to === returnToPreparer ? null : to });
  return described('RETURN', '退回', summary, subject, { reason, step, version });
}

export function withdrawn(version: number, subject: AuditSubject): AuditDescription {
  return described('WITHDRAW', '撤回', messages.audit.withdrawn(version), subject, { version });
}
