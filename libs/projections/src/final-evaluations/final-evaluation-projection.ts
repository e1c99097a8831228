import { evolveFinalEvaluation } from '@app/domain/final-evaluation/evolve-final-evaluation.js';
import { finalEvaluationEventTypes, type FinalEvaluationEvent } from '@app/domain/final-evaluation/final-evaluation.events.js';
import { initialFinalEvaluationState, type FinalEvaluationState } from '@app/domain/final-evaluation/final-evaluation.state.js';
import { scorecardView } from '@app/domain/final-evaluation/scorecard-view.js';
import { awaitedStepColumns } from '../inbox/awaited-step-columns.js';
import { streamStateProjection } from '../stream-state/stream-state-projection.js';
import { FINAL_EVALUATIONS, FINAL_EVALUATIONS_PROJECTION, migrateFinalEvaluations, type FinalEvaluationsTable } from './final-evaluation-schema.js';

/**
 * One row per project and year: the evaluation's state folded by the domain's own evolve and
 * its scorecard computed by the domain, so the view never scores anything itself.
 */
export const finalEvaluationsProjection = streamStateProjection<FinalEvaluationState, FinalEvaluationsTable>({
  name: FINAL_EVALUATIONS_PROJECTION,
  table: FINAL_EVALUATIONS,
  migrate: migrateFinalEvaluations,
  eventTypes: finalEvaluationEventTypes,
  initialState: initialFinalEvaluationState,
  evolve: (state, event) => evolveFinalEvaluation(state, event as FinalEvaluationEvent),
  submissionEventTypes: ['FinalEvaluationSubmitted'],
  rowOf(state, last, submittedAt) {
    if (state.status !== 'OPEN') return null;
    const scorecard = scorecardView(state);
    return {
      project_code: state.projectCode,
      fiscal_year: state.fiscalYear,
      unit_code: state.baseline.unitCode,
      unit_name: state.baseline.unitName,
      section_id: state.baseline.sectionId,
      name: state.baseline.name,
      version: state.version,
      status: state.stage.status,
      ...awaitedStepColumns(state.stage, submittedAt),
      state_json: JSON.stringify(state),
      scorecard_json: JSON.stringify(scorecard),
      total: scorecard.total,
      grade: scorecard.grade,
      approved_version: state.approved?.version ?? null,
      approved_total: state.approved?.score.total ?? null,
      approved_grade: state.approved?.score.grade ?? null,
      updated_at: last.metadata.occurredAt,
      updated_by: last.metadata.actor.userId,
      position: String(last.position),
    };
  },
});
