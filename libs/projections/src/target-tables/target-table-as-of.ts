import type { RecordedEvent } from '@app/event-store/event-store.port.js';
import type { Selectable } from 'kysely';
import { toView, type TargetTableView } from './target-table-queries.js';
import { evolveTargetTableWorkflow, initialTargetTableWorkflow, toTargetTableRow } from './target-table-rows.js';
import type { TargetTablesTable } from './target-table-schema.js';

/**
 * A table as it stood at `asOf`, from its stream's events rather than from today's row: the
 * events decided up to that instant are folded into a row by the same code that builds the
 * view, and the row is read as the view reads its rows. The stream is read up to the first
 * event decided later, so what is folded is always a history the stream really had.
 * Undefined when the table had not been drafted by then.
 */
export function targetTableAsOf(streamEvents: readonly RecordedEvent[], asOf: Date): TargetTableView | undefined {
  const later = streamEvents.findIndex((event) => Date.parse(event.metadata.occurredAt) > asOf.getTime());
  const events = later === -1 ? streamEvents : streamEvents.slice(0, later);
  const last = events.at(-1);
  if (last === undefined) return undefined;
  const view = events.reduce(evolveTargetTableWorkflow, initialTargetTableWorkflow);
  const submittedAt = events.findLast((event) => event.type === 'TargetTableSubmitted')?.metadata.occurredAt ?? null;
  // toTargetTableRow sets every column, so the row to insert is the row a query would select.
  const row = toTargetTableRow(view, last, submittedAt);
  return row === null ? undefined : toView(row as Selectable<TargetTablesTable>);
}
