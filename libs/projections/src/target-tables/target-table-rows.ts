import type { TargetTableDrafted, TargetTableDraftRevised } from '@app/domain/target-table/target-table.events.js';
import type { RecordedEvent } from '@app/event-store/event-store.port.js';
import type { Insertable } from 'kysely';
import type { TargetTablesTable } from './target-table-schema.js';

export type TargetTableRow = Insertable<TargetTablesTable>;

/** Until submission and approval events exist, every table in the view is a draft. */
export const DRAFT_STATUS = 'DRAFT';

/** Columns a revision rewrites; the key and the created_* columns are set once, by the draft. */
export const REVISED_COLUMNS = [
  'unit_code',
  'unit_name',
  'section_id',
  'name',
  'status',
  'version',
  'revision',
  'budget_total_fen',
  'budget_fiscal_fen',
  'budget_other_fen',
  'content_json',
  'updated_at',
  'updated_by',
  'position',
] as const satisfies ReadonlyArray<keyof TargetTableRow>;

type DraftEvent = RecordedEvent & { data: TargetTableDrafted['data'] | TargetTableDraftRevised['data'] };

/**
 * Folds a batch into the final row of every table it touches, so that a table drafted and
 * revised many times in one batch is written once.
 */
export function foldTargetTableRows(events: readonly RecordedEvent[]): TargetTableRow[] {
  const touched = new Map<string, { first: DraftEvent; last: DraftEvent }>();
  for (const event of events) {
    if (!isDraftEvent(event)) continue;
    const key = `${event.data.fiscalYear}/${event.data.projectCode}`;
    const seen = touched.get(key);
    if (seen === undefined || event.type === 'TargetTableDrafted') touched.set(key, { first: event, last: event });
    else seen.last = event;
  }
  return [...touched.values()].map(({ first, last }) => toRow(first, last));
}

function isDraftEvent(event: RecordedEvent): event is DraftEvent {
  return event.type === 'TargetTableDrafted' || event.type === 'TargetTableDraftRevised';
}

/**
 * `first` is the batch's draft of the table, or its first revision when the draft came in
 * an earlier batch; then the row only updates the stored one (see the upsert) and the
 * revision's created_* never reach the table.
 */
function toRow(first: DraftEvent, last: DraftEvent): TargetTableRow {
  const { projectCode, fiscalYear, version, content } = last.data;
  return {
    stream_id: last.streamId,
    project_code: projectCode,
    fiscal_year: fiscalYear,
    created_at: first.metadata.occurredAt,
    created_by: first.metadata.actor.userId,
    unit_code: content.unitCode,
    unit_name: content.unitName,
    section_id: content.sectionId,
    name: content.name,
    status: DRAFT_STATUS,
    version,
    revision: last.revision,
    budget_total_fen: content.budget.total,
    budget_fiscal_fen: content.budget.fiscal,
    budget_other_fen: content.budget.other,
    content_json: JSON.stringify(content),
    updated_at: last.metadata.occurredAt,
    updated_by: last.metadata.actor.userId,
    position: last.position.toString(),
  };
}
