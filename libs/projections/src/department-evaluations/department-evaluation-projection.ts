import { departmentEvaluationEventTypes, type DepartmentEvaluationEvent } from '@app/domain/department-evaluation/department-evaluation.events.js';
import { evolveDepartmentEvaluation } from '@app/domain/department-evaluation/evolve-department-evaluation.js';
import { initialDepartmentEvaluationState, type DepartmentEvaluationState } from '@app/domain/department-evaluation/department-evaluation.state.js';
import { awaitedStepColumns } from '../inbox/awaited-step-columns.js';
import { streamStateProjection } from '../stream-state/stream-state-projection.js';
import { DEPARTMENT_EVALUATIONS, DEPARTMENT_EVALUATIONS_PROJECTION, migrateDepartmentEvaluations, type DepartmentEvaluationsTable } from './department-evaluation-schema.js';

/** One row per department and year: the 部门整体支出绩效自评 as the domain folds it, placed as its department targets are. */
export const departmentEvaluationsProjection = streamStateProjection<DepartmentEvaluationState, DepartmentEvaluationsTable>({
  name: DEPARTMENT_EVALUATIONS_PROJECTION,
  table: DEPARTMENT_EVALUATIONS,
  migrate: migrateDepartmentEvaluations,
  eventTypes: departmentEvaluationEventTypes,
  initialState: initialDepartmentEvaluationState,
  evolve: (state, event) => evolveDepartmentEvaluation(state, event as DepartmentEvaluationEvent),
  key: { field: 'departmentCode', column: 'department_code' },
  submissionEventTypes: ['DepartmentEvaluationSubmitted'],
  rowOf(state, last, submittedAt) {
    if (state.status === 'NONE') return null;
    return {
      department_code: state.departmentCode,
      fiscal_year: state.fiscalYear,
      unit_code: state.departmentCode,
      section_id: null,
      status: state.stage.status,
      ...awaitedStepColumns(state.stage, submittedAt),
      state_json: JSON.stringify(state),
      updated_at: last.metadata.occurredAt,
      updated_by: last.metadata.actor.userId,
      position: String(last.position),
    };
  },
});
