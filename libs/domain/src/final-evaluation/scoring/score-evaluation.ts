import { measuredValueProblem } from '../../approved-targets/measured-value.js';
import { messages } from '../../messages/messages.js';
import { DomainError, type FieldProblem } from '../../common/domain-error.js';
import { textLimits } from '../../common/limits.js';
import { textProblem } from '../../common/text-input.js';
import type { Indicator } from '../../target-table/target-table.events.js';
import { evaluationGrade, type EvaluationGrade } from './evaluation-grade.js';
import { readDecimal, ScoreDecimal, sum } from './exact-decimal.js';
import { executionPoints, type ExecutionScore } from './execution-points.js';
import { groupPoints, type GroupPoints } from './group-points.js';
import { indicatorPoints } from './indicator-points.js';
import { negativeScore, positiveScore, type ScoringDirection, scoringDirectionOf } from './indicator-score.js';
import { bandInWords, gradeBands, isInBand, type QualitativeGrade, qualitativeGradeLabels } from './qualitative-grade.js';
import { type ScoringGroup, scoringGroupOf } from './scoring-groups.js';

/** What the evaluator recorded for one indicator: a measured value, or a grade for a qualitative one. */
export type IndicatorResult =
  | { kind: 'MEASURED'; actual: string }
  | { kind: 'GRADED'; grade: QualitativeGrade; percent: string };

export interface IndicatorToScore {
  indicator: Indicator;
  /** Share of its group's points in percent, or null for an even split. */
  weight: string | null;
  result: IndicatorResult | null;
}

export interface ScoringInput {
  budgetFen: number;
  executedFen: number;
  indicators: readonly IndicatorToScore[];
}

/** Why a row needs a written cause and measure. */
export type ExplanationReason = 'SHORT_OF_FULL_POINTS' | 'OVER_COMPLETION';

export interface ScoredRow {
  index: number;
  group: ScoringGroup;
  /** POSITIVE / NEGATIVE for a measured indicator, null for a graded one. */
  direction: ScoringDirection | null;
  points: ScoreDecimal;
  score: ScoreDecimal;
  completionPercent: ScoreDecimal | null;
  explanationReasons: ExplanationReason[];
}

export interface GroupScore extends GroupPoints {
  indicatorCount: number;
  score: ScoreDecimal;
}

export interface Scorecard {
  execution: ExecutionScore;
  groups: GroupScore[];
  redistribution: string | null;
  rows: ScoredRow[];
  total: ScoreDecimal;
  grade: EvaluationGrade;
}

/** 130 % of the target or more is over-completion: the target was probably set too low. */
const overCompletionPercent = new ScoreDecimal(130);

/**
 * The final evaluation's score (docs/scoring.md), computed from what was recorded and never
 * typed in. Every problem of the input is refused at once, each naming its field.
 */
export function scoreEvaluation(input: ScoringInput): Scorecard {
  const execution = executionPoints(input.budgetFen, input.executedFen);
  const problems: FieldProblem[] = [];
  const placed = input.indicators.map((entry, index) => ({ ...entry, index, group: groupOf(entry.indicator, index, problems) }));
  if (problems.length > 0) throw DomainError.validation(problems);
  const { groups, redistribution } = groupPoints(new Set(placed.map((entry) => entry.group as ScoringGroup)));
  const rows: ScoredRow[] = [];
  const groupScores = groups.map((group) => {
    const members = placed.filter((entry) => entry.group === group.group);
    const scored = scoreGroupMembers(group, members, problems);
    rows.push(...scored);
    return { ...group, indicatorCount: members.length, score: sum(scored.map((row) => row.score)) };
  });
  if (problems.length > 0) throw DomainError.validation(problems);
  rows.sort((a, b) => a.index - b.index);
  const total = execution.score.plus(sum(groupScores.map((group) => group.score)));
  return { execution, groups: groupScores, redistribution, rows, total, grade: evaluationGrade(total) };
}

/** The problems of a set of weights (one per indicator, null for even splits), each group checked as scoring would. */
export function weightProblems(indicators: readonly Indicator[], weights: ReadonlyArray<string | null>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const placed = indicators.map((indicator, index) => ({ index, weight: weights[index] ?? null, group: groupOf(indicator, index, problems) }));
  if (problems.length > 0) return problems;
  for (const group of groupPoints(new Set(placed.map((entry) => entry.group as ScoringGroup))).groups) {
    indicatorPoints(group.label, group.points, placed.filter((entry) => entry.group === group.group), problems);
  }
  return problems;
}

function groupOf(indicator: Indicator, index: number, problems: FieldProblem[]): ScoringGroup | null {
  if (indicator.level1Kind !== null) return scoringGroupOf(indicator.level1Kind);
  problems.push({
    field: `indicators[${index}].level1`,
    message: messages.finalEvaluation.scoring.notAScoringGroup(indicator.level1),
  });
  return null;
}

export interface PlacedIndicator extends IndicatorToScore {
  /** Position in the scored list, for naming the field. */
  index: number;
}

/**
 * The rows of one group: its points shared among its indicators (evenly or by weight), each
 * indicator scored by the rules of docs/scoring.md. Problems are recorded, not thrown, so that
 * every one of the input is named at once. The department's self-evaluation scores its own
 * indicators with this too (docs/department-evaluation.md).
 */
export function scoreGroupMembers(group: GroupPoints, members: readonly PlacedIndicator[], problems: FieldProblem[]): ScoredRow[] {
  const points = indicatorPoints(group.label, group.points, members, problems);
  return members.map((entry, i) => scoreRow(entry, group.group, points[i] ?? new ScoreDecimal(0), problems));
}

/** A result as the scoring reads it: a measured value against a numeric target, or a graded percent. */
export type ReadResult =
  | { kind: 'MEASURED'; target: ScoreDecimal; actual: ScoreDecimal }
  | { kind: 'GRADED'; percent: ScoreDecimal };

/**
 * What a result says for its indicator, or null with the problem recorded: a numeric target
 * needs a measured value (never below 0 unless a percentage, measured-value.ts), a qualitative
 * (or free-text) one a grade with a percent in its band.
 */
export function readResult(indicator: Indicator, index: number, result: IndicatorResult | null, problems: FieldProblem[]): ReadResult | null {
  const target = indicator.target.value === null ? null : readDecimal(indicator.target.value);
  const at = `indicators[${index}]`;
  if (target === null) {
    if (result?.kind !== 'GRADED') {
      problems.push({
        field: `${at}.grade`,
        message: messages.finalEvaluation.scoring.needsGrade(indicator),
      });
      return null;
    }
    const band = gradeBands[result.grade];
    if (band === undefined) {
      problems.push({ field: `${at}.grade`, message: messages.finalEvaluation.scoring.notAGrade(JSON.stringify(result.grade)) });
      return null;
    }
    const tooLong = textProblem(String(result.percent), `${at}.percent`, textLimits.figure);
    if (tooLong !== null) {
      problems.push(tooLong);
      return null;
    }
    const percent = readDecimal(result.percent);
    if (percent === null || !isInBand(percent, band)) {
      problems.push({
        field: `${at}.percent`,
        message: messages.finalEvaluation.scoring.outsideBand({ given: String(result.percent), grade: qualitativeGradeLabels[result.grade], band: bandInWords(result.grade) }),
      });
      return null;
    }
    return { kind: 'GRADED', percent };
  }
  if (result?.kind !== 'MEASURED') {
    problems.push({ field: `${at}.actual`, message: messages.finalEvaluation.scoring.actualRequired({ level3: indicator.level3, target: indicator.valueText }) });
    return null;
  }
  const actual = readDecimal(result.actual);
  if (actual === null) {
    problems.push({ field: `${at}.actual`, message: messages.finalEvaluation.scoring.actualNotANumber(String(result.actual)) });
    return null;
  }
  const unusable = textProblem(result.actual, `${at}.actual`, textLimits.figure) ?? measuredValueProblem(indicator, actual, result.actual, `${at}.actual`);
  if (unusable !== null) {
    problems.push(unusable);
    return null;
  }
  return { kind: 'MEASURED', target, actual };
}

function scoreRow(entry: PlacedIndicator, group: ScoringGroup, points: ScoreDecimal, problems: FieldProblem[]): ScoredRow {
  const { indicator, index } = entry;
  const row: ScoredRow = { index, group, direction: null, points, score: new ScoreDecimal(0), completionPercent: null, explanationReasons: [] };
  const read = readResult(indicator, index, entry.result, problems);
  if (read === null) return row;
  if (read.kind === 'GRADED') return withReasons({ ...row, score: points.times(read.percent).div(100) });
  const direction = scoringDirectionOf(indicator);
  const measured = direction === 'POSITIVE' ? positiveScore(points, read.target, read.actual) : negativeScore(points, read.target, read.actual);
  return withReasons({ ...row, direction, ...measured });
}

function withReasons(row: ScoredRow): ScoredRow {
  const explanationReasons: ExplanationReason[] = [];
  if (row.score.lessThan(row.points)) explanationReasons.push('SHORT_OF_FULL_POINTS');
  if (row.completionPercent?.greaterThanOrEqualTo(overCompletionPercent)) explanationReasons.push('OVER_COMPLETION');
  return { ...row, explanationReasons };
}
