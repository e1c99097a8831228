import { messages } from '../messages/messages.js';
import { requirePreparerOf } from '../approval/approval-authority.js';
import { describeReviewStage } from '../approval/describe-review-stage.js';
import { DomainError } from '../shared/domain-error.js';
import { requiredReason } from '../target-table/decision-text.js';
import { actingUser } from '../target-table/target-table-actor.js';
import { evaluationScope, evaluationSubject, existingFinalEvaluation } from './existing-final-evaluation.js';
import type { CorrectFinalEvaluation } from './final-evaluation.commands.js';
import type { FinalEvaluationEvent } from './final-evaluation.events.js';
import type { FinalEvaluationState } from './final-evaluation.state.js';

/** An approved evaluation is final: a correction is a new version, with its reason, and goes through the chain again. */
export function correctFinalEvaluation(command: CorrectFinalEvaluation, state: FinalEvaluationState): FinalEvaluationEvent[] {
  const evaluation = existingFinalEvaluation(state, command, messages.verbs.correct);
  requirePreparerOf(command.actor, evaluationScope(evaluation), messages.finalEvaluation.correcting);
  const reason = requiredReason(command.reason, 'reason', messages.finalEvaluation.correctionReasonExample);
  if (evaluation.stage.status !== 'APPROVED') {
    throw new DomainError(
      'CONFLICT',
      messages.finalEvaluation.nothingToCorrect(describeReviewStage(evaluation.stage, evaluationSubject(evaluation))),
    );
  }
  return [
    {
      type: 'FinalEvaluationCorrectionStarted',
      data: {
        projectCode: evaluation.projectCode,
        fiscalYear: evaluation.fiscalYear,
        version: evaluation.version + 1,
        approvedVersion: evaluation.version,
        reason,
        startedBy: actingUser(command.actor),
      },
    },
  ];
}
