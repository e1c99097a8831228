import { DomainError } from '../shared/domain-error.js';
import { actingUser } from '../target-table/target-table-actor.js';
import { editableFinalEvaluation } from './editable-final-evaluation.js';
import type { RecordFinalEvaluationExecution } from './final-evaluation.commands.js';
import type { FinalEvaluationEvent } from './final-evaluation.events.js';
import type { FinalEvaluationState } from './final-evaluation.state.js';

export function recordFinalEvaluationExecution(command: RecordFinalEvaluationExecution, state: FinalEvaluationState): FinalEvaluationEvent[] {
  const evaluation = editableFinalEvaluation(state, command, 'record the execution');
  if (!Number.isSafeInteger(command.executedFen) || command.executedFen < 0) {
    throw DomainError.validation([{ field: 'executed', message: 'must be an amount of 0 or more, as the disbursement ledger has it' }]);
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
