import { messages } from '../messages/messages.js';
import { DomainError, type FieldProblem } from '../common/domain-error.js';
import type { DepartmentIndicator } from '../department-targets/indicator-sentence.js';
import { budgetWeightedTotal, type EvaluatedProject, type EvaluationRollUp, rollUpEvaluations } from '../final-evaluation/evaluation-roll-up.js';
import { evaluationGrade, type EvaluationGrade } from '../final-evaluation/scoring/evaluation-grade.js';
import { ScoreDecimal, sum } from '../final-evaluation/scoring/exact-decimal.js';
import { executionPoints, type ExecutionScore } from '../final-evaluation/scoring/execution-points.js';
import { groupPoints, type GroupPoints } from '../final-evaluation/scoring/group-points.js';
import { type IndicatorResult, type PlacedIndicator, type ScoredRow, scoreGroupMembers } from '../final-evaluation/scoring/score-evaluation.js';
import type { ScoringGroup } from '../final-evaluation/scoring/scoring-groups.js';
import { asTableIndicator, departmentIndicatorGroup } from './as-table-indicator.js';

/**
 * 部门整体支出绩效自评 (docs/department-evaluation.md): 100 points in four parts, as the
 * project self-evaluation of 财预〔2020〕10号 (docs/scoring.md), read for a whole department:
 *
 * - 预算执行 10: the whole budget (every project table and 基本支出), paid / budget, by the
 *   project formula (10 × rate, at most 10);
 * - 产出 50: the department's own indicators (its 分项绩效目标), scored by the project rules;
 * - 效益 30: what the department's projects achieved — their approved self-evaluations'
 *   totals weighted by budget, × 30 / 100;
 * - 满意度 10: the department's own 满意度 indicators, scored by the project rules.
 *
 * A part with nothing to score gives its points to the others in proportion, exactly as a
 * project's missing indicator group does (group-points.ts). The grade is the projects' grade.
 */

/** One of the department's indicators with what the evaluator recorded for it. */
export interface DepartmentIndicatorToScore {
  indicator: DepartmentIndicator;
  /** Share of its part's points in percent, or null for an even split. */
  weight: string | null;
  result: IndicatorResult | null;
}

export interface DepartmentEvaluationInput {
  /** The whole budget in fen: the project tables' approved budgets and 基本支出. */
  budgetFen: bigint;
  /** Paid from it over the year: the projects' ledgers, plus the 基本支出 paid as entered (it has no ledger). */
  paidFen: bigint;
  indicators: readonly DepartmentIndicatorToScore[];
  /** Every project of the department with its self-evaluation; only approved ones are counted. */
  projects: readonly EvaluatedProject[];
}

export type DepartmentPartSource = 'DEPARTMENT_INDICATORS' | 'PROJECT_EVALUATIONS';

export interface DepartmentPart extends GroupPoints {
  source: DepartmentPartSource;
  /** The department's indicators scored in the part, or the approved project evaluations. */
  count: number;
  score: ScoreDecimal;
}

export interface DepartmentScorecard {
  /** 预算执行 of the whole budget, 10 points. */
  execution: ExecutionScore;
  /** 产出, 效益, 满意度, with their points after any redistribution. */
  parts: DepartmentPart[];
  redistribution: string | null;
  /** The department's indicators, in the order given. */
  rows: ScoredRow[];
  /** The projects' evaluations: counts, plain and budget-weighted averages, grades, lowest indicators. */
  projects: EvaluationRollUp;
  total: ScoreDecimal;
  grade: EvaluationGrade;
}

const hundred = new ScoreDecimal(100);

export function scoreDepartmentEvaluation(input: DepartmentEvaluationInput): DepartmentScorecard {
  const execution = wholeBudgetExecution(input.budgetFen, input.paidFen);
  const problems: FieldProblem[] = [];
  const placed = input.indicators.map(
    (entry, index): PlacedIndicator & { group: ScoringGroup } => ({
      indicator: asTableIndicator(entry.indicator),
      weight: entry.weight,
      result: entry.result,
      index,
      group: departmentIndicatorGroup(entry.indicator),
    }),
  );
  const projects = rollUpEvaluations(input.projects);
  const weighted = budgetWeightedTotal(input.projects);
  if (weighted === null) problems.push({ field: 'projects', message: messages.departmentEvaluation.noFinalProject(projects.projectCount) });
  // 效益 always takes part: it is scored from the projects, which every department has.
  const { groups, redistribution } = groupPoints(new Set<ScoringGroup>(['EFFECT', ...placed.map((entry) => entry.group)]));
  const rows: ScoredRow[] = [];
  const parts = groups.map((group): DepartmentPart => {
    if (group.group === 'EFFECT') {
      return { ...group, source: 'PROJECT_EVALUATIONS', count: projects.finalCount, score: group.points.times(weighted ?? 0).div(hundred) };
    }
    const members = placed.filter((entry) => entry.group === group.group);
    const scored = scoreGroupMembers(group, members, problems);
    rows.push(...scored);
    return { ...group, source: 'DEPARTMENT_INDICATORS', count: members.length, score: sum(scored.map((row) => row.score)) };
  });
  if (problems.length > 0) throw DomainError.validation(problems);
  rows.sort((a, b) => a.index - b.index);
  const total = execution.score.plus(sum(parts.map((part) => part.score)));
  return { execution, parts, redistribution, rows, projects, total, grade: evaluationGrade(total) };
}

/**
 * The project formula on the whole budget. A department's sums are bigint like every sum of
 * many amounts (execution/execution-figures.ts); the project formula takes safe integers, which
 * a county department's budget is by far — one beyond is refused by it, not rounded.
 */
function wholeBudgetExecution(budgetFen: bigint, paidFen: bigint): ExecutionScore {
  return executionPoints(Number(budgetFen), Number(paidFen));
}
