import type { DepartmentIndicatorToScore } from '../src/department-evaluation/department-self-evaluation.js';
import { readIndicatorSentence } from '../src/department-targets/indicator-sentence.js';
import type { EvaluatedProject } from '../src/final-evaluation/evaluation-roll-up.js';
import type { IndicatorResult } from '../src/final-evaluation/scoring/score-evaluation.js';
import { allMet, decided, evaluatedProject, execution, explain, open, record } from './final-evaluation-workflow.js';

/**
 * The department's projects, evaluated with the worked example of docs/scoring.md (seed table 3):
 * - P1, budget 200,000.00 yuan, the worked results with 190,000.00 spent: 89.75 (良);
 * - P2, the same table with a budget of 600,000.00, every target met (效益 graded 100 % and
 *   95 %) and all of it spent: 10 + 50 + (15 + 14.25) + 10 = 99.25 (优);
 * - P3, budget 200,000.00, scored but not approved: not counted.
 */
export const p1 = evaluatedProject('P1', 20000000, [open(), record(), execution(19000000), explain(), ...decided]);
export const p2 = evaluatedProject('P2', 60000000, [open(), allMet, execution(60000000), explain([5]), ...decided]);
export const p3 = evaluatedProject('P3', 20000000, [open(), record(), execution(19000000), explain()]);
export const projects: EvaluatedProject[] = [p1, p2, p3];

export const measured = (actual: string): IndicatorResult => ({ kind: 'MEASURED', actual });
export const graded = (grade: 'ACHIEVED' | 'PARTLY_ACHIEVED' | 'NOT_ACHIEVED', percent: string): IndicatorResult => ({ kind: 'GRADED', grade, percent });
export const scored = (sentence: string, result: IndicatorResult | null, weight: string | null = null): DepartmentIndicatorToScore => ({
  indicator: readIndicatorSentence(sentence),
  weight,
  result,
});

/** The whole budget: the three tables (1,000,000.00 yuan), 920,000.00 paid. */
export const budget = { budgetFen: 100000000n, paidFen: 92000000n };
