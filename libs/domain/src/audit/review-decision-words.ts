import type { ReviewReturnedData, ReviewStepApprovedData, ReviewSubmittedData } from '../approval/review.js';
import { returnToPreparer } from '../target-table/submission-chain.js';
import { approvalStepLabel, stepPhrase } from '../target-table/target-table-labels.js';
import { described, type AuditDescription, type AuditSubject } from './audit-description.js';

/**
 * The words of the approval chain, one set for every reviewed document (target table, mid-term
 * review, final evaluation): the same decision reads the same whatever it decided, and the
 * subject says which document it was.
 */

/** "submitted version 1 to the chain 科室负责人审核 → 办公室审核"; `aboutVersion` follows the version, `after` the chain. */
export function submitted(
  data: Pick<ReviewSubmittedData, 'version' | 'chain' | 'resubmission'>,
  subject: AuditSubject,
  words: { aboutVersion?: string; after?: string } = {},
): AuditDescription {
  const { version, chain, resubmission } = data;
  const route = chain.steps.map(approvalStepLabel).join(' → ');
  const summary = `${resubmission ? 'resubmitted' : 'submitted'} version ${version}${words.aboutVersion ?? ''} to the chain ${route}${words.after ?? ''}`;
  return described('SUBMIT', resubmission ? '重新申报' : '申报', summary, subject, { version });
}

export function stepApproved(data: Pick<ReviewStepApprovedData, 'version' | 'step' | 'role' | 'comment' | 'nextStep'>, subject: AuditSubject): AuditDescription {
  const { version, step, role, comment, nextStep } = data;
  const next = nextStep === null ? 'it was the last step' : `the ${nextStep} step decides next`;
  return described('APPROVE', '审核通过', `approved ${stepPhrase({ step, role })} of version ${version}; ${next}`, subject, { reason: comment, step, version });
}

/** The last step approved: `outcome` says what the version now is, e.g. "is the year's baseline". */
export function finallyApproved(version: number, outcome: string, subject: AuditSubject): AuditDescription {
  return described('BASELINE', '批准生效', `version ${version}, approved at every step, ${outcome}`, subject, { version });
}

export function returned(data: Pick<ReviewReturnedData, 'version' | 'step' | 'role' | 'reason' | 'to'>, subject: AuditSubject): AuditDescription {
  const { version, step, role, reason, to } = data;
  const whom = to === returnToPreparer ? 'the preparer (科室经办人)' : `the ${to} step`;
  return described('RETURN', '退回', `returned version ${version} from ${stepPhrase({ step, role })} to ${whom}`, subject, { reason, step, version });
}

export function withdrawn(version: number, subject: AuditSubject): AuditDescription {
  return described('WITHDRAW', '撤回', `withdrew the submission of version ${version} before any step decided it`, subject, { version });
}
