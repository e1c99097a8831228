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
  const evaluation = existingFinalEvaluation(state, command, 'correct');
  requirePreparerOf(command.actor, evaluationScope(evaluation), 'Correcting the final evaluation');
  const reason = requiredReason(command.reason, 'reason', '培训次数按人社厅最终统计口径更正为9次');
  if (evaluation.stage.status !== 'APPROVED') {
    throw new DomainError(
      'CONFLICT',
      `Nothing approved to correct: ${describeReviewStage(evaluation.stage, evaluationSubject(evaluation))}. Change it directly while it is in the preparer's hands.`,
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
