import { describe, expect, it } from '@jest/globals';
import { allMet, decided, evaluatedProject, execution, explain, open, record } from '../../test/final-evaluation-workflow.js';
import { rollUpEvaluations } from './evaluation-roll-up.js';

describe('roll-up of final evaluations', () => {
  const projects = [
    evaluatedProject('P1', 20000000, [open(), record(), execution(), explain(), ...decided]), // 89.75 良
    evaluatedProject('P2', 20000000, [open(), allMet, execution(20000000), explain([5]), ...decided]), // 99.25 优
    evaluatedProject('P3', 20000000, [open(), record(), execution(), explain()]), // scored but not final
  ];

  it('counts the open rectifications of every project, final or not', () => {
    expect(rollUpEvaluations(projects).openRectificationCount).toBe(0);
    const withItems = projects.map((project, index) => ({ ...project, openRectifications: [2, 0, 1][index] }));
    expect(rollUpEvaluations(withItems).openRectificationCount).toBe(3);
  });

  it('averages and counts per grade only the final evaluations', () => {
    const rollUp = rollUpEvaluations(projects);
    expect([rollUp.projectCount, rollUp.finalCount, rollUp.averageScore]).toEqual([3, 2, '94.50']);
    // Both tables have the same budget (200,000.00), so weighting by budget changes nothing here;
    // docs/department-evaluation.md works an example with different budgets.
    expect(rollUp.budgetWeightedAverage).toBe('94.50');
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
    expect(rollUpEvaluations([projects[2]!]).budgetWeightedAverage).toBeNull();
  });
});
