import { atRiskIndicators } from '../midterm-review/at-risk-indicators.js';
import type { Monitoring } from '../midterm-review/midterm-review.state.js';
import type { FinalEvaluation } from '../final-evaluation/final-evaluation.state.js';
import { scorecardView } from '../final-evaluation/scorecard-view.js';
import { evaluationGradeLabels } from '../final-evaluation/scoring/evaluation-grade.js';
import { messages } from '../messages/messages.js';
import type { RectificationProposal } from './rectification.commands.js';
import type { RectificationPlace } from './rectification.js';

/**
 * What an approved mid-term review leaves to correct (docs/deadlines-and-rectification.md): each
 * indicator at risk, with the review's own corrective measure, and the execution when its light
 * is red or yellow; to be done by the end of the fiscal year.
 */
export function rectificationsFromMidterm(monitoring: Monitoring): RectificationProposal[] {
  const review = monitoring.review;
  if (review === null || review.stage.status !== 'APPROVED') return [];
  const { version } = review;
  const dueDate = `${monitoring.fiscalYear}-12-31`;
  const owner = monitoring.baseline.sectionId;
  const proposals: RectificationProposal[] = atRiskIndicators(review).map((assessment) => ({
    itemId: `MIDTERM-v${version}-I${assessment.index}`,
    source: {
      kind: 'MIDTERM_INDICATOR',
      version,
      indicatorIndex: assessment.index,
      finding: messages.rectification.midtermIndicator({ indicator: monitoring.baseline.indicators[assessment.index]?.level3 ?? String(assessment.index + 1), expected: assessment.expectedFullYear }),
    },
    ownerSectionId: owner,
    measure: assessment.measure,
    dueDate,
  }));
  const light = review.execution?.light;
  if (light === 'RED' || light === 'YELLOW') {
    proposals.push({
      itemId: `MIDTERM-v${version}-EXECUTION`,
      source: { kind: 'MIDTERM_EXECUTION', version, indicatorIndex: null, finding: messages.rectification.midtermLight(light) },
      ownerSectionId: owner,
      measure: null,
      dueDate,
    });
  }
  return proposals;
}

/**
 * What an approved final evaluation leaves to correct: each indicator short of full points, and
 * the evaluation as a whole when its grade is below 良; to be done by the next year's mid-term
 * checkpoint (31 July), so that the next budget sees the result (结果应用).
 */
export function rectificationsFromFinalEvaluation(evaluation: FinalEvaluation): RectificationProposal[] {
  if (evaluation.stage.status !== 'APPROVED' || evaluation.approved === null) return [];
  const { version } = evaluation;
  const dueDate = `${evaluation.fiscalYear + 1}-07-31`;
  const owner = evaluation.baseline.sectionId;
  const proposals: RectificationProposal[] = scorecardView(evaluation)
    .rows.filter((row) => row.explanationReasons.includes('SHORT_OF_FULL_POINTS'))
    .map((row) => ({
      itemId: `FINAL-v${version}-I${row.index}`,
      source: {
        kind: 'FINAL_INDICATOR',
        version,
        indicatorIndex: row.index,
        finding: messages.rectification.finalIndicator({ indicator: row.indicator.level3, score: row.score ?? '', points: row.points ?? '' }),
      },
      ownerSectionId: owner,
      measure: evaluation.explanations[row.index]?.measure ?? null,
      dueDate,
    }));
  const { grade, total } = evaluation.approved.score;
  if (grade === 'FAIR' || grade === 'POOR') {
    proposals.push({
      itemId: `FINAL-v${version}-GRADE`,
      source: { kind: 'FINAL_GRADE', version, indicatorIndex: null, finding: messages.rectification.finalGrade({ total, grade: evaluationGradeLabels[grade] }) },
      ownerSectionId: owner,
      measure: null,
      dueDate,
    });
  }
  return proposals;
}

export function placeOfTargets(baseline: { name: string; unitCode: string; sectionId: string | null }): RectificationPlace {
  return { name: baseline.name, unitCode: baseline.unitCode, sectionId: baseline.sectionId };
}
