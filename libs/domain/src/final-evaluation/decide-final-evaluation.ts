import { commandsOfType, type Decider } from '../common/decider.js';
import { approveFinalEvaluationStep } from './approve-final-evaluation-step.js';
import { correctFinalEvaluation } from './correct-final-evaluation.js';
import { evolveFinalEvaluation } from './evolve-final-evaluation.js';
import { explainFinalEvaluation } from './explain-final-evaluation.js';
import type { FinalEvaluationCommand } from './final-evaluation.commands.js';
import type { FinalEvaluationEvent } from './final-evaluation.events.js';
import { type FinalEvaluationState, initialFinalEvaluationState } from './final-evaluation.state.js';
import { openFinalEvaluation } from './open-final-evaluation.js';
import { recordFinalEvaluationExecution } from './record-final-evaluation-execution.js';
import { recordFinalEvaluationResults } from './record-final-evaluation-results.js';
import { returnFinalEvaluation } from './return-final-evaluation.js';
import { setFinalEvaluationWeights } from './set-final-evaluation-weights.js';
import { resubmitFinalEvaluation, submitFinalEvaluation } from './submit-final-evaluation.js';
import { withdrawFinalEvaluationSubmission } from './withdraw-final-evaluation-submission.js';

export function decideFinalEvaluation(command: FinalEvaluationCommand, state: FinalEvaluationState): FinalEvaluationEvent[] {
  switch (command.type) {
    case 'OpenFinalEvaluation':
      return openFinalEvaluation(command, state);
    case 'RecordFinalEvaluationResults':
      return recordFinalEvaluationResults(command, state);
    case 'SetFinalEvaluationWeights':
      return setFinalEvaluationWeights(command, state);
    case 'RecordFinalEvaluationExecution':
      return recordFinalEvaluationExecution(command, state);
    case 'ExplainFinalEvaluation':
      return explainFinalEvaluation(command, state);
    case 'SubmitFinalEvaluation':
      return submitFinalEvaluation(command, state);
    case 'ResubmitFinalEvaluation':
      return resubmitFinalEvaluation(command, state);
    case 'ApproveFinalEvaluationStep':
      return approveFinalEvaluationStep(command, state);
    case 'ReturnFinalEvaluation':
      return returnFinalEvaluation(command, state);
    case 'WithdrawFinalEvaluationSubmission':
      return withdrawFinalEvaluationSubmission(command, state);
    case 'CorrectFinalEvaluation':
      return correctFinalEvaluation(command, state);
    default: {
      const unknownCommand: never = command;
      throw new Error(`Unknown final evaluation command ${String((unknownCommand as { type?: unknown }).type)}`);
    }
  }
}

export const finalEvaluationDecider: Decider<FinalEvaluationCommand, FinalEvaluationEvent, FinalEvaluationState> = {
  initialState: initialFinalEvaluationState,
  evolve: evolveFinalEvaluation,
  decide: decideFinalEvaluation,
  // Chain decisions; recorded values are not redone blindly.
  decidedAgainOnConflict: commandsOfType<FinalEvaluationCommand>('SubmitFinalEvaluation', 'ResubmitFinalEvaluation', 'ApproveFinalEvaluationStep', 'ReturnFinalEvaluation', 'WithdrawFinalEvaluationSubmission'),
};
