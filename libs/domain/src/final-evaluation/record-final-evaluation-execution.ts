import { messages } from '../messages/messages.js';
import { DomainError } from '../common/domain-error.js';
import { actingUser } from '../common/actor.js';
import { editableFinalEvaluation } from './editable-final-evaluation.js';
import type { RecordFinalEvaluationExecution } from './final-evaluation.commands.js';
import type { FinalEvaluationEvent } from './final-evaluation.events.js';
import type { FinalEvaluationState } from './final-evaluation.state.js';

export function recordFinalEvaluationExecution(command: RecordFinalEvaluationExecution, state: FinalEvaluationState): FinalEvaluationEvent[] {
  const evaluation = editableFinalEvaluation(state, command, messages.finalEvaluation.recordingExecution);
  if (!Number.isSafeInteger(command.executedFen) || command.executedFen < 0) {
    throw DomainError.validation([{ field: 'executed', message: messages.finalEvaluation.executedInvalid }]);
  }
  return [
    {
      type: 'FinalEvaluationExecutionRecorded',
      data: {
        projectCode: evaluation.projectCode,
        fiscalYear: evaluation.fiscalYear,
        version: evaluation.version,
        executedFen: command.executedFen,
        recordedBy: actingUser(command.actor),
      },
    },
  ];
}
