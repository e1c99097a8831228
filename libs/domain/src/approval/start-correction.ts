import { actingUser, type Actor } from '../common/actor.js';
import { DomainError } from '../common/domain-error.js';
import { messages } from '../messages/messages.js';
import { requirePreparerOf } from './approval-authority.js';
import { requiredReason } from './decision-text.js';
import { describeReviewStage } from './describe-review-stage.js';
import type { ReviewCorrectionStartedData, ReviewScope, ReviewStage, ReviewSubject } from './review.js';

/**
 * An approved document is final: its preparer corrects it as a new version, with a reason, and
 * that version goes through the chain again while the approved one stays on record
 * (docs/final-evaluation.md, docs/department-evaluation.md).
 */
export function startCorrection(
  stage: ReviewStage,
  command: { actor: Actor | undefined; reason: unknown },
  scope: ReviewScope,
  subject: ReviewSubject,
  reasonExample: string,
): ReviewCorrectionStartedData {
  requirePreparerOf(command.actor, scope, messages.approval.correcting(subject.noun));
  const reason = requiredReason(command.reason, 'reason', reasonExample);
  if (stage.status !== 'APPROVED') throw new DomainError('CONFLICT', messages.approval.nothingToCorrect(describeReviewStage(stage, subject)));
  return { version: subject.version + 1, approvedVersion: subject.version, reason, startedBy: actingUser(command.actor) };
}
