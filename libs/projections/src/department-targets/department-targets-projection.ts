import { departmentTargetsEventTypes, type DepartmentTargetsEvent } from '@app/domain/department-targets/department-targets.events.js';
import { evolveDepartmentTargets } from '@app/domain/department-targets/evolve-department-targets.js';
import { departmentTargetsStatus, initialDepartmentTargetsState, type DepartmentTargetsState } from '@app/domain/department-targets/department-targets.state.js';
import { awaitedStepColumns } from '../inbox/awaited-step-columns.js';
import { streamStateProjection } from '../stream-state/stream-state-projection.js';
import { DEPARTMENT_TARGETS, DEPARTMENT_TARGETS_PROJECTION, migrateDepartmentTargets, type DepartmentTargetsTable } from './department-targets-schema.js';
import { storedDepartmentTargets } from './stored-department-targets.js';

/** One row per department and year: the document as the domain folds it, with the columns lists, scope and inbox filter on. */
export const departmentTargetsProjection = streamStateProjection<DepartmentTargetsState, DepartmentTargetsTable>({
  name: DEPARTMENT_TARGETS_PROJECTION,
  table: DEPARTMENT_TARGETS,
  migrate: migrateDepartmentTargets,
  eventTypes: departmentTargetsEventTypes,
  initialState: initialDepartmentTargetsState,
  evolve: (state, event) => evolveDepartmentTargets(state, event as DepartmentTargetsEvent),
  key: { field: 'departmentCode', column: 'department_code' },
  submissionEventTypes: ['DepartmentTargetsSubmitted'],
  storedState: storedDepartmentTargets,
  rowOf(state, last, submittedAt) {
    if (state.lifecycle === 'NONE') return null;
    return {
      department_code: state.departmentCode,
      fiscal_year: state.fiscalYear,
      unit_code: state.departmentCode,
      section_id: null,
      department_name: state.content.departmentName,
      status: departmentTargetsStatus(state),
      ...awaitedStepColumns(state.stage, submittedAt),
      state_json: JSON.stringify(state),
      updated_at: last.metadata.occurredAt,
      updated_by: last.metadata.actor.userId,
      position: String(last.position),
    };
  },
});
