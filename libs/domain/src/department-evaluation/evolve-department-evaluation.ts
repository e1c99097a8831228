import { stageAfterApproved, stageAfterCorrectionStarted, stageAfterReturned, stageAfterStepApproved, stageAfterSubmitted, stageAfterWithdrawn, type StageMismatch } from '../approval/evolve-review-stage.js';
import type { ReviewStage } from '../approval/review.js';
import type { DepartmentEvaluationEvent } from './department-evaluation.events.js';
import { evaluatedIndicators } from './department-evaluation-scorecard.js';
import type { DepartmentEvaluation, DepartmentEvaluationState } from './department-evaluation.state.js';

/**
 * Folds one stored event into the state: the approval events move the shared review stage
 * (approval/evolve-review-stage.ts); an event that cannot follow the state means the stream
 * was not written by this decider.
 */
export function evolveDepartmentEvaluation(state: DepartmentEvaluationState, event: DepartmentEvaluationEvent): DepartmentEvaluationState {
  switch (event.type) {
    case 'DepartmentEvaluationOpened': {
      if (state.status !== 'NONE') throw unexpected(event, state);
      const { departmentCode, fiscalYear, version, baseline } = event.data;
      const results = evaluatedIndicators(baseline).map(() => null);
      return { status: 'OPEN', departmentCode, fiscalYear, version, baseline, results, basicExpenditurePaidFen: null, executionExplanation: null, stage: { status: 'DRAFT' }, approvedScore: null };
    }
    case 'DepartmentEvaluationResultsRecorded': {
      const evaluation = existing(state, event);
      const results = [...evaluation.results];
      for (const { index, result } of event.data.results) results[index] = result;
      return { ...evaluation, results };
    }
    case 'DepartmentBasicExpenditurePaidRecorded':
      return { ...existing(state, event), basicExpenditurePaidFen: event.data.paidFen };
    case 'DepartmentEvaluationExecutionExplained':
      return { ...existing(state, event), executionExplanation: event.data.explanation };
    case 'DepartmentEvaluationSubmitted':
      return withStage(state, event, (stage, mismatch) => stageAfterSubmitted(stage, event.data, mismatch));
    case 'DepartmentEvaluationStepApproved':
      return withStage(state, event, (stage, mismatch) => stageAfterStepApproved(stage, event.data, mismatch));
    case 'DepartmentEvaluationReturned':
      return withStage(state, event, (stage, mismatch) => stageAfterReturned(stage, event.data, mismatch));
    case 'DepartmentEvaluationSubmissionWithdrawn':
      return withStage(state, event, (stage, mismatch) => stageAfterWithdrawn(stage, mismatch));
    case 'DepartmentEvaluationApproved': {
      const evaluation = existing(state, event);
      const stage = stageAfterApproved(evaluation.stage, event.data, () => unexpected(event, state));
      return { ...evaluation, stage, approvedScore: event.data.score };
    }
    case 'DepartmentEvaluationCorrectionStarted': {
      // The approved score stays: it is the department's result until the corrected version is approved.
      const evaluation = existing(state, event);
      const stage = stageAfterCorrectionStarted(evaluation.stage, () => unexpected(event, state));
      return { ...evaluation, version: event.data.version, stage };
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown department evaluation event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

function existing(state: DepartmentEvaluationState, event: DepartmentEvaluationEvent): DepartmentEvaluation {
  if (state.status === 'NONE') throw unexpected(event, state);
  return state;
}

function withStage(state: DepartmentEvaluationState, event: DepartmentEvaluationEvent, change: (stage: ReviewStage, mismatch: StageMismatch) => ReviewStage): DepartmentEvaluationState {
  const evaluation = existing(state, event);
  return { ...evaluation, stage: change(evaluation.stage, () => unexpected(event, state)) };
}

function unexpected(event: DepartmentEvaluationEvent, state: DepartmentEvaluationState): Error {
  const status = state.status === 'NONE' ? 'NONE' : state.stage.status;
  return new Error(`${event.type} cannot follow a department evaluation in ${status}: the stream was not written by this decider`);
}
