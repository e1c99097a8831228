import { messages } from '../messages/messages.js';
import type { DecidedAsSubstitute, ReviewReturnedData, ReviewStepApprovedData, ReviewSubmittedData } from '../approval/review.js';
import { returnToPreparer } from '../approval/submission-chain.js';
import { approvalStepLabel, stepIdPhrase, stepPhrase } from '../approval/approval-labels.js';
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

export function stepApproved(data: Pick<ReviewStepApprovedData, 'version' | 'step' | 'role' | 'comment' | 'nextStep' | 'asSubstitute'>, subject: AuditSubject): AuditDescription {
  const { version, step, role, comment, nextStep } = data;
  const summary = substitutes(data, messages.audit.stepApproved({ step: stepPhrase({ step, role }), version, next: nextStep === null ? null : stepIdPhrase(nextStep) }));
  return described('APPROVE', '审核通过', summary, subject, { reason: comment, step, version });
}

/** The last step approved: `outcome` says what the version now is, e.g. "成为本年度的基线". */
export function finallyApproved(version: number, outcome: string, subject: AuditSubject): AuditDescription {
  return described('BASELINE', '批准生效', messages.audit.finallyApproved({ version, outcome }), subject, { version });
}

export function returned(data: Pick<ReviewReturnedData, 'version' | 'step' | 'role' | 'reason' | 'to' | 'asSubstitute'>, subject: AuditSubject): AuditDescription {
  const { version, step, role, reason, to } = data;
  const summary = substitutes(data, messages.audit.returned({ version, step: stepPhrase({ step, role }), to: to === returnToPreparer ? null : stepIdPhrase(to) }));
  return described('RETURN', '退回', summary, subject, { reason, step, version });
}

/** A substitute's decision says for whom it was made: the trail then reads "王五 代 李四 批准…（代理审批）". */
function substitutes(data: { asSubstitute?: DecidedAsSubstitute }, summary: string): string {
  return data.asSubstitute === undefined ? summary : messages.audit.asSubstitute({ forUserId: data.asSubstitute.forUserId, summary });
}

export function withdrawn(version: number, subject: AuditSubject): AuditDescription {
  return described('WITHDRAW', '撤回', messages.audit.withdrawn(version), subject, { version });
}
