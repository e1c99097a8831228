import { decideFinalEvaluation } from '../src/final-evaluation/decide-final-evaluation.js';
import { evolveFinalEvaluation } from '../src/final-evaluation/evolve-final-evaluation.js';
import type { FinalEvaluationCommand } from '../src/final-evaluation/final-evaluation.commands.js';
import type { FinalEvaluationEvent } from '../src/final-evaluation/final-evaluation.events.js';
import { initialFinalEvaluationState } from '../src/final-evaluation/final-evaluation.state.js';
import type { IndicatorResult } from '../src/final-evaluation/scoring/score-evaluation.js';
import type { TargetTableActor } from '../src/target-table/target-table-actor.js';
import { toContent } from '../src/target-table/target-table-input.js';
import { fiscalYear, preparer, projectCode, table3, twoStepChain } from './target-table-workflow.js';

/** The final evaluation of seed table 3 (approved as version 1) by the people of the target-table scenarios. */

export const key = { projectCode, fiscalYear };
export const baseline = { version: 1, content: toContent(table3) };

export const open = (actor: TargetTableActor = preparer, today = '2023-01-10'): FinalEvaluationCommand => ({
  type: 'OpenFinalEvaluation',
  ...key,
  actor,
  baseline,
  today,
});

const measured = (actual: string): IndicatorResult => ({ kind: 'MEASURED', actual });

/** 8 of 10 trainings, 2662 元 per head, 100 %, 100 %, 达成 90, 部分达成 70, 99 % satisfied: 89.75 with 95 % spent. */
export const workedResults: IndicatorResult[] = [
  measured('8'),
  measured('2662'),
  measured('100'),
  measured('100'),
  { kind: 'GRADED', grade: 'ACHIEVED', percent: '90' },
  { kind: 'GRADED', grade: 'PARTLY_ACHIEVED', percent: '70' },
  measured('99'),
];

export const record = (results: IndicatorResult[] = workedResults, actor: TargetTableActor = preparer): FinalEvaluationCommand => ({
  type: 'RecordFinalEvaluationResults',
  ...key,
  actor,
  results: results.map((result, index) => ({ index, result })),
});

export const execution = (executedFen = 19000000, actor: TargetTableActor = preparer): FinalEvaluationCommand => ({
  type: 'RecordFinalEvaluationExecution',
  ...key,
  actor,
  executedFen,
});

const because = { cause: '受疫情影响部分培训推迟', measure: '次年一季度补足培训并按月跟踪' };

/** Explanations of the four rows short of full points in the worked example. */
export const explain = (indices: number[] = [0, 1, 4, 5], actor: TargetTableActor = preparer): FinalEvaluationCommand => ({
  type: 'ExplainFinalEvaluation',
  ...key,
  actor,
  indicators: indices.map((index) => ({ index, explanation: because })),
});

export const submitEvaluation = (actor: TargetTableActor = preparer): FinalEvaluationCommand => ({
  type: 'SubmitFinalEvaluation',
  ...key,
  actor,
  chain: twoStepChain,
});

export const approveEvaluation = (step: string, actor: TargetTableActor): FinalEvaluationCommand => ({
  type: 'ApproveFinalEvaluationStep',
  ...key,
  actor,
  step,
});

export function evaluationHistory(commands: readonly FinalEvaluationCommand[]): FinalEvaluationEvent[] {
  const events: FinalEvaluationEvent[] = [];
  let state = initialFinalEvaluationState;
  for (const command of commands) {
    for (const event of decideFinalEvaluation(command, state)) {
      events.push(event);
      state = evolveFinalEvaluation(state, event);
    }
  }
  return events;
}
