/**
 * The live scorecard of the 绩效自评 form: what the person has typed, scored by the domain's own
 * functions (libs/domain, framework-free) in the browser — the same rules the API applies on
 * submission (docs/scoring.md), never a copy of them. Only the shapes are translated here: the
 * GraphQL enum names of comparators into the domain's, yuan strings into fen. Imports name their
 * .js file because this module is also compiled for the node tests (test/web/scorecard-preview.test.ts).
 */
import type { FinalEvaluation as EvaluationState } from '../../../../libs/domain/src/final-evaluation/final-evaluation.state.js';
import { scorecardView, type ScorecardView } from '../../../../libs/domain/src/final-evaluation/scorecard-view.js';
import { evaluationGradeLabels } from '../../../../libs/domain/src/final-evaluation/scoring/evaluation-grade.js';
import { bandInWords, qualitativeGradeLabels, qualitativeGrades } from '../../../../libs/domain/src/final-evaluation/scoring/qualitative-grade.js';
import type { Comparator, Indicator } from '../../../../libs/domain/src/target-table/target-table.events.js';
import type { FinalEvaluation, QualitativeGrade, ReviewIndicator } from '../graphql/review-documents.js';
import { yuanToFen } from './money.js';

export { evaluationGradeLabels, qualitativeGradeLabels, qualitativeGrades, bandInWords };
export type { ScorecardView };

/** What the person types for one indicator; empty strings are not yet typed. */
export interface DraftRow {
  actual: string;
  grade: QualitativeGrade | null;
  percent: string;
  weight: string;
  cause: string;
  measure: string;
}

export interface Draft {
  rows: DraftRow[];
  execution: { cause: string; measure: string };
}

const comparators: Record<ReviewIndicator['target']['comparator'], Comparator> = {
  GTE: '>=',
  LTE: '<=',
  EQ: '=',
  GT: '>',
  LT: '<',
  QUALITATIVE: 'qualitative',
  TEXT: 'text',
};

/** Graded with 达成 / 部分达成 / 未达成 and a percent rather than measured. */
export function isGraded(indicator: ReviewIndicator): boolean {
  return indicator.target.comparator === 'QUALITATIVE' || indicator.target.comparator === 'TEXT';
}

function domainIndicator(indicator: ReviewIndicator): Indicator {
  return { ...indicator, target: { ...indicator.target, comparator: comparators[indicator.target.comparator] } };
}

function explanationOf(cause: string, measure: string) {
  return cause.trim() !== '' && measure.trim() !== '' ? { cause: cause.trim(), measure: measure.trim() } : null;
}

function fenOf(yuan: string | null): number | null {
  const fen = yuan === null ? null : yuanToFen(yuan);
  return fen === null ? null : Number(fen);
}

/** The form as the evaluation stands on the server: what is stored, ready to be typed over. */
export function draftOf(evaluation: FinalEvaluation): Draft {
  const card = evaluation.scorecard;
  return {
    rows: card.rows.map((row) => ({
      actual: row.actual ?? '',
      grade: row.grade,
      percent: row.percent ?? '',
      weight: row.weight ?? '',
      cause: row.explanation?.cause ?? '',
      measure: row.explanation?.measure ?? '',
    })),
    execution: { cause: card.execution.explanation?.cause ?? '', measure: card.execution.explanation?.measure ?? '' },
  };
}

/** The domain's evaluation state with the draft in place of the stored results, weights and explanations. */
export function previewState(evaluation: FinalEvaluation, draft: Draft): EvaluationState {
  const indicators = evaluation.scorecard.rows.map((row) => domainIndicator(row.indicator));
  const weighted = draft.rows.some((row) => row.weight.trim() !== '');
  return {
    status: 'OPEN',
    projectCode: evaluation.projectCode,
    fiscalYear: evaluation.fiscalYear,
    version: evaluation.version,
    baseline: {
      version: evaluation.baselineVersion,
      name: evaluation.name,
      unitCode: evaluation.unitCode,
      unitName: evaluation.unitName,
      sectionId: evaluation.sectionId,
      budgetFen: fenOf(evaluation.scorecard.execution.budget) ?? 0,
      spendingPlan: { mar: null, jun: null, oct: null, dec: null },
      indicators,
    },
    results: draft.rows.map((row, index) => {
      if (isGraded(evaluation.scorecard.rows[index]!.indicator)) return row.grade === null ? null : { kind: 'GRADED', grade: row.grade, percent: row.percent.trim() };
      return row.actual.trim() === '' ? null : { kind: 'MEASURED', actual: row.actual.trim() };
    }),
    weights: draft.rows.map((row) => (weighted && row.weight.trim() !== '' ? row.weight.trim() : null)),
    executedFen: fenOf(evaluation.scorecard.execution.executed),
    executionExplanation: explanationOf(draft.execution.cause, draft.execution.measure),
    explanations: draft.rows.map((row) => explanationOf(row.cause, row.measure)),
    stage: { status: 'DRAFT' },
    approved: null,
  };
}

/** The scorecard as the draft would score: each row's points, the groups, total, grade and what is missing. */
export function previewScorecard(evaluation: FinalEvaluation, draft: Draft): ScorecardView {
  return scorecardView(previewState(evaluation, draft));
}
