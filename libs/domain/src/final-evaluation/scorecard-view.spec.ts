import { describe, expect, it } from '@jest/globals';
import { evaluationHistory, execution, explain, open, record, workedResults } from '../../test/final-evaluation-workflow.js';
import { evolveFinalEvaluation } from './evolve-final-evaluation.js';
import { type FinalEvaluation, initialFinalEvaluationState } from './final-evaluation.state.js';
import { scorecardView } from './scorecard-view.js';

const stateOf = (commands: Parameters<typeof evaluationHistory>[0]) =>
  evaluationHistory(commands).reduce(evolveFinalEvaluation, initialFinalEvaluationState) as FinalEvaluation;

describe('the scorecard as people read it', () => {
  it('shows every row with target, result, points, score and explanation once complete', () => {
    const view = scorecardView(stateOf([open(), record(), execution(), explain()]));
    expect(view.rows.map((row) => [row.indicator.valueText, row.points, row.score, row.explanation !== null])).toEqual([
      ['10次', '12.50', '10.00', true],
      ['≤2420 元', '12.50', '11.25', true],
      ['100%', '12.50', '12.50', false],
      ['100%', '12.50', '12.50', false],
      ['效果显著', '15.00', '13.50', true],
      ['效果显著', '15.00', '10.50', true],
      ['≥98百分号', '10.00', '10.00', false],
    ]);
    expect([view.execution.ratePercent, view.execution.score, view.total, view.grade, view.missing]).toEqual(['95.00', '9.50', '89.75', 'GOOD', []]);
  });

  it('shows each measured row the completion its score is computed from: 2662 元 against ≤2420 元 is 90.00 %, as 11.25 of 12.50 points', () => {
    const view = scorecardView(stateOf([open(), record(), execution(), explain()]));
    expect(view.rows.map((row) => row.completionPercent)).toEqual(['80.00', '90.00', '100.00', '100.00', null, null, '101.02']);
  });

  it('leaves points and scores empty and says what is missing before everything is recorded', () => {
    const view = scorecardView(stateOf([open(), record(workedResults.slice(0, 3))]));
    expect([view.total, view.rows[0]?.score, view.rows[0]?.result]).toEqual([null, null, { kind: 'MEASURED', actual: '8' }]);
    expect(view.missing.map((problem) => problem.field)).toEqual(['executed']);
  });

  it('lists the explanations still required once it can be scored', () => {
    const view = scorecardView(stateOf([open(), record(), execution()]));
    expect(view.total).toBe('89.75');
    expect(view.missing.map((problem) => problem.field)).toEqual([
      'explanations.indicators[0]',
      'explanations.indicators[1]',
      'explanations.indicators[4]',
      'explanations.indicators[5]',
    ]);
  });
});
