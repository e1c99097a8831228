import { describe, expect, it } from '@jest/globals';
import { approveEvaluation, evaluationHistory, execution, explain, open, record, submitEvaluation } from '../../test/final-evaluation-workflow.js';
import { office, sectionHead } from '../../test/target-table-workflow.js';
import { rollUpEvaluations } from './evaluation-roll-up.js';
import { evolveFinalEvaluation } from './evolve-final-evaluation.js';
import type { FinalEvaluationCommand } from './final-evaluation.commands.js';
import { type FinalEvaluation, initialFinalEvaluationState } from './final-evaluation.state.js';
import { scorecardView } from './scorecard-view.js';

function project(projectCode: string, commands: FinalEvaluationCommand[]) {
  const evaluation = { ...(evaluationHistory(commands).reduce(evolveFinalEvaluation, initialFinalEvaluationState) as FinalEvaluation), projectCode };
  return { evaluation, scorecard: scorecardView(evaluation) };
}

const decided = [submitEvaluation(), approveEvaluation('SECTION', sectionHead), approveEvaluation('OFFICE', office)];
const full = record([
  { kind: 'MEASURED', actual: '10' },
  { kind: 'MEASURED', actual: '2420' },
  { kind: 'MEASURED', actual: '100' },
  { kind: 'MEASURED', actual: '100' },
  { kind: 'GRADED', grade: 'ACHIEVED', percent: '100' },
  { kind: 'GRADED', grade: 'ACHIEVED', percent: '95' },
  { kind: 'MEASURED', actual: '99' },
]);

describe('roll-up of final evaluations', () => {
  const projects = [
    project('P1', [open(), record(), execution(), explain(), ...decided]), // 89.75 良
    project('P2', [open(), full, execution(20000000), explain([5]), ...decided]), // 99.25 优
    project('P3', [open(), record(), execution(), explain()]), // scored but not final
  ];

  it('averages and counts per grade only the final evaluations', () => {
    const rollUp = rollUpEvaluations(projects);
    expect([rollUp.projectCount, rollUp.finalCount, rollUp.averageScore]).toEqual([3, 2, '94.50']);
    expect(rollUp.countPerGrade).toEqual([
      { grade: 'EXCELLENT', count: 1 },
      { grade: 'GOOD', count: 1 },
      { grade: 'FAIR', count: 0 },
      { grade: 'POOR', count: 0 },
    ]);
  });

  it('lists the lowest-scoring indicators by share of their points', () => {
    expect(rollUpEvaluations(projects, 3).lowestIndicators.map((row) => [row.projectCode, row.level3, row.score, row.points, row.percentOfPoints])).toEqual([
      ['P1', '维护社会稳定', '10.50', '15.00', '70.00'],
      ['P1', '开展就业培训数', '10.00', '12.50', '80.00'],
      ['P1', '人均补贴水平', '11.25', '12.50', '90.00'],
    ]);
  });

  it('has no average when nothing is final', () => {
    expect(rollUpEvaluations([projects[2]!]).averageScore).toBeNull();
  });
});
