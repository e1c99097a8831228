import {
  stageAfterApproved,
  stageAfterCorrectionStarted,
  stageAfterReturned,
  stageAfterStepApproved,
  stageAfterSubmitted,
  stageAfterWithdrawn,
} from '../approval/evolve-review-stage.js';
import type { FinalEvaluationEvent } from './final-evaluation.events.js';
import type { FinalEvaluation, FinalEvaluationState } from './final-evaluation.state.js';

export function evolveFinalEvaluation(state: FinalEvaluationState, event: FinalEvaluationEvent): FinalEvaluationState {
  switch (event.type) {
    case 'FinalEvaluationOpened': {
      const { projectCode, fiscalYear, version, baseline } = event.data;
      const none = baseline.indicators.map(() => null);
      return {
        status: 'OPEN',
        projectCode,
        fiscalYear,
        version,
        baseline,
        results: none,
        weights: none,
        executedFen: null,
        executionExplanation: null,
        explanations: none,
        stage: { status: 'DRAFT' },
        approved: null,
      };
    }
    case 'FinalEvaluationResultsRecorded': {
      const evaluation = open(state, event);
      const results = [...evaluation.results];
      for (const { index, result } of event.data.results) results[index] = result;
      return { ...evaluation, results };
    }
    case 'FinalEvaluationWeightsSet':
      return { ...open(state, event), weights: event.data.weights };
    case 'FinalEvaluationExecutionRecorded':
      return { ...open(state, event), executedFen: event.data.executedFen };
    case 'FinalEvaluationExplained': {
      const evaluation = open(state, event);
      const explanations = [...evaluation.explanations];
      for (const { index, explanation } of event.data.indicators) explanations[index] = explanation;
      return { ...evaluation, explanations, executionExplanation: event.data.execution ?? evaluation.executionExplanation };
    }
    case 'FinalEvaluationSubmitted': {
      const evaluation = open(state, event);
      return { ...evaluation, stage: stageAfterSubmitted(evaluation.stage, event.data) };
    }
    case 'FinalEvaluationStepApproved': {
      const evaluation = open(state, event);
      return { ...evaluation, stage: stageAfterStepApproved(evaluation.stage, event.data) };
    }
    case 'FinalEvaluationApproved': {
      const evaluation = open(state, event);
      const { version, score } = event.data;
      return { ...evaluation, stage: stageAfterApproved(evaluation.stage, event.data), approved: { version, score } };
    }
    case 'FinalEvaluationReturned': {
      const evaluation = open(state, event);
      return { ...evaluation, stage: stageAfterReturned(evaluation.stage, event.data) };
    }
    case 'FinalEvaluationSubmissionWithdrawn': {
      const evaluation = open(state, event);
      return { ...evaluation, stage: stageAfterWithdrawn(evaluation.stage) };
    }
    case 'FinalEvaluationCorrectionStarted': {
      const evaluation = open(state, event);
      return { ...evaluation, version: event.data.version, stage: stageAfterCorrectionStarted(evaluation.stage) };
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown final evaluation event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

function open(state: FinalEvaluationState, event: FinalEvaluationEvent): FinalEvaluation {
  if (state.status !== 'OPEN') {
    throw new Error(`${event.type} cannot come before FinalEvaluationOpened: the stream was not written by this decider`);
  }
  return state;
}
