import { decidedHistory } from './given.js';
import { finalEvaluationDecider } from '../src/final-evaluation/decide-final-evaluation.js';
import type { EvaluatedProject } from '../src/final-evaluation/evaluation-roll-up.js';
import { evolveFinalEvaluation } from '../src/final-evaluation/evolve-final-evaluation.js';
import type { FinalEvaluationCommand } from '../src/final-evaluation/final-evaluation.commands.js';
import type { FinalEvaluationEvent } from '../src/final-evaluation/final-evaluation.events.js';
import { type FinalEvaluation, initialFinalEvaluationState } from '../src/final-evaluation/final-evaluation.state.js';
import type { IndicatorResult } from '../src/final-evaluation/scoring/score-evaluation.js';
import { scorecardView } from '../src/final-evaluation/scorecard-view.js';
import type { Actor } from '../src/common/actor.js';
import { toContent } from '../src/target-table/target-table-input.js';
import { fiscalYear, office, preparer, projectCode, sectionHead, table3, twoStepChain } from './target-table-workflow.js';

/** The final evaluation of seed table 3 (approved as version 1) by the people of the target-table scenarios. */

export const key = { projectCode, fiscalYear };
export const baseline = { version: 1, content: toContent(table3) };

export const open = (actor: Actor = preparer, today = '2023-01-10'): FinalEvaluationCommand => ({
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

export const record = (results: IndicatorResult[] = workedResults, actor: Actor = preparer): FinalEvaluationCommand => ({
  type: 'RecordFinalEvaluationResults',
  ...key,
  actor,
  results: results.map((result, index) => ({ index, result })),
});

export const execution = (executedFen = 19000000, actor: Actor = preparer): FinalEvaluationCommand => ({
  type: 'RecordFinalEvaluationExecution',
  ...key,
  actor,
  executedFen,
});

const because = { cause: '受疫情影响部分培训推迟', measure: '次年一季度补足培训并按月跟踪' };

/** Explanations of the four rows short of full points in the worked example. */
export const explain = (indices: number[] = [0, 1, 4, 5], actor: Actor = preparer): FinalEvaluationCommand => ({
  type: 'ExplainFinalEvaluation',
  ...key,
  actor,
  indicators: indices.map((index) => ({ index, explanation: because })),
});

export const submitEvaluation = (actor: Actor = preparer): FinalEvaluationCommand => ({
  type: 'SubmitFinalEvaluation',
  ...key,
  actor,
  chain: twoStepChain,
});

export const approveEvaluation = (step: string, actor: Actor): FinalEvaluationCommand => ({
  type: 'ApproveFinalEvaluationStep',
  ...key,
  actor,
  step,
});

export function evaluationHistory(commands: readonly FinalEvaluationCommand[]): FinalEvaluationEvent[] {
  return decidedHistory(finalEvaluationDecider, commands);
}

/**
 * A project's final evaluation of seed table 3 with a budget of its own (`budgetFen`, all of it
 * fiscal) after `commands`, as a roll-up takes it.
 */
export function evaluatedProject(projectCode: string, budgetFen: number, commands: FinalEvaluationCommand[]): EvaluatedProject {
  const content = { ...toContent(table3), budget: { total: budgetFen, fiscal: budgetFen, other: 0 } };
  const opened = { ...(commands[0] as Extract<FinalEvaluationCommand, { type: 'OpenFinalEvaluation' }>), baseline: { version: 1, content } };
  const evaluation = { ...(evaluationHistory([opened, ...commands.slice(1)]).reduce(evolveFinalEvaluation, initialFinalEvaluationState) as FinalEvaluation), projectCode };
  return { evaluation, scorecard: scorecardView(evaluation) };
}

/** Submitted, then approved by the section head and the office. */
export const decided = [submitEvaluation(), approveEvaluation('SECTION', sectionHead), approveEvaluation('OFFICE', office)];
/** Every target of seed table 3 met: 10 + 50 + (15 + 14.25) + 10 = 99.25 with all spent. */
export const allMet = record([
  { kind: 'MEASURED', actual: '10' },
  { kind: 'MEASURED', actual: '2420' },
  { kind: 'MEASURED', actual: '100' },
  { kind: 'MEASURED', actual: '100' },
  { kind: 'GRADED', grade: 'ACHIEVED', percent: '100' },
  { kind: 'GRADED', grade: 'ACHIEVED', percent: '95' },
  { kind: 'MEASURED', actual: '99' },
]);
