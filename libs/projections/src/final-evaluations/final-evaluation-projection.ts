import { evolveFinalEvaluation } from '@app/domain/final-evaluation/evolve-final-evaluation.js';
import { finalEvaluationEventTypes, type FinalEvaluationEvent } from '@app/domain/final-evaluation/final-evaluation.events.js';
import type { FinalEvaluationState } from '@app/domain/final-evaluation/final-evaluation.state.js';
import { scorecardView } from '@app/domain/final-evaluation/scorecard-view.js';
import type { RecordedEvent } from '@app/event-store/event-store.port.js';
import type { Insertable, Transaction } from 'kysely';
import type { Projection } from '../projection.js';
import { FINAL_EVALUATIONS, FINAL_EVALUATIONS_PROJECTION, migrateFinalEvaluations, type FinalEvaluationsDatabase, type FinalEvaluationsTable } from './final-evaluation-schema.js';

const handled: ReadonlySet<string> = new Set(finalEvaluationEventTypes);

/**
 * One row per project and year: the evaluation's state folded by the domain's own evolve and
 * its scorecard computed by the domain, so the view never scores anything itself.
 */
export const finalEvaluationsProjection: Projection = {
  name: FINAL_EVALUATIONS_PROJECTION,
  tables: [FINAL_EVALUATIONS],
  migrate: migrateFinalEvaluations,
  async apply(trx, events) {
    const folded = new Map<string, { state: FinalEvaluationState; last: RecordedEvent }>();
    for (const event of events) {
      if (!handled.has(event.type)) continue;
      const { fiscalYear, projectCode } = event.data as { fiscalYear: number; projectCode: string };
      const key = `${fiscalYear}/${projectCode}`;
      const state = folded.get(key)?.state ?? (await storedState(trx, fiscalYear, projectCode));
      folded.set(key, { state: evolveFinalEvaluation(state, event as unknown as FinalEvaluationEvent), last: event });
    }
    for (const { state, last } of folded.values()) {
      if (state.status === 'OPEN') await upsert(trx, rowOf(state, last));
    }
  },
};

async function storedState(trx: Transaction<FinalEvaluationsDatabase>, fiscalYear: number, projectCode: string): Promise<FinalEvaluationState> {
  const row = await trx
    .selectFrom('final_evaluations')
    .select('state_json')
    .where('fiscal_year', '=', fiscalYear)
    .where('project_code', '=', projectCode)
    .executeTakeFirst();
  return row === undefined ? { status: 'NONE' } : (JSON.parse(row.state_json) as FinalEvaluationState);
}

function rowOf(state: Extract<FinalEvaluationState, { status: 'OPEN' }>, last: RecordedEvent): Insertable<FinalEvaluationsTable> {
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
}

async function upsert(trx: Transaction<FinalEvaluationsDatabase>, row: Insertable<FinalEvaluationsTable>): Promise<void> {
  const { project_code: _code, fiscal_year: _year, ...later } = row;
  await trx
    .insertInto('final_evaluations')
    .values(row)
    .onConflict((conflict) => conflict.columns(['fiscal_year', 'project_code']).doUpdateSet(later))
    .execute();
}
