import { targetTableEventTypes } from '@app/domain/target-table/target-table.events.js';
import { streamStateProjection } from '../stream-state/stream-state-projection.js';
import { evolveTargetTableWorkflow, initialTargetTableWorkflow, toTargetTableRow, type TargetTableWorkflow } from './target-table-rows.js';
import { migrateTargetTables, TARGET_TABLES, TARGET_TABLES_PROJECTION, type TargetTablesTable } from './target-table-schema.js';

/**
 * One row per table: the domain's state as evolveTargetTable folds it (state_json), like the
 * reviews' views, with the decision times and names people see and the columns lists filter on.
 */
export const targetTablesProjection = streamStateProjection<TargetTableWorkflow, TargetTablesTable>({
  name: TARGET_TABLES_PROJECTION,
  table: TARGET_TABLES,
  migrate: migrateTargetTables,
  eventTypes: targetTableEventTypes,
  initialState: initialTargetTableWorkflow,
  evolve: (view, _event, recorded) => evolveTargetTableWorkflow(view, recorded),
  submissionEventTypes: ['TargetTableSubmitted'],
  // The row as inserted: the budget columns take numbers, which PostgreSQL may hand back as strings.
  rowOf: (view, last, submittedAt) => toTargetTableRow(view, last, submittedAt) as TargetTablesTable | null,
});
