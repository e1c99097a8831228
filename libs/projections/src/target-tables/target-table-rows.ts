import { withChanges } from '@app/domain/target-table/target-table-diff.js';
import type {
  TargetTableContent,
  TargetTableDrafted,
  TargetTableDraftRevised,
} from '@app/domain/target-table/target-table.events.js';
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

type DraftedEvent = RecordedEvent & { type: 'TargetTableDrafted'; data: TargetTableDrafted['data'] };
type RevisedEvent = RecordedEvent & { type: 'TargetTableDraftRevised'; data: TargetTableDraftRevised['data'] };
type DraftEvent = DraftedEvent | RevisedEvent;

/** What one batch did to one table. */
export interface TableInBatch {
  fiscalYear: number;
  projectCode: string;
  /**
   * The content of the batch's latest draft of the table; undefined when the table was
   * drafted in an earlier batch, and the revisions are to be merged over the stored row.
   */
  drafted: TargetTableContent | undefined;
  /** The revisions after that draft (or since the batch began), merged: a later change of a field wins. */
  changes: Partial<TargetTableContent>;
  /** The batch's draft of the table, or its first revision when the draft came in an earlier batch. */
  first: DraftEvent;
  last: DraftEvent;
}

/** The one key of a table in the view, as the unique index has it. */
export function tableKey(fiscalYear: number, projectCode: string): string {
  return `${fiscalYear}/${projectCode}`;
}

/**
 * Folds a batch into what it did to every table it touches, so that a table drafted and
 * revised many times in one batch is written once. A revision records only the fields it
 * changed; since each replaces whole top-level fields, a run of revisions folds into one
 * set of changes, merged over the draft once at the end.
 */
export function foldTargetTableEvents(events: readonly RecordedEvent[]): TableInBatch[] {
  const touched = new Map<string, TableInBatch>();
  for (const event of events) {
    if (!isDraftEvent(event)) continue;
    const { fiscalYear, projectCode } = event.data;
    const key = tableKey(fiscalYear, projectCode);
    const seen = touched.get(key);
    if (event.type === 'TargetTableDrafted') {
      touched.set(key, { fiscalYear, projectCode, drafted: event.data.content, changes: {}, first: event, last: event });
    } else if (seen === undefined) {
      touched.set(key, { fiscalYear, projectCode, drafted: undefined, changes: { ...event.data.changes }, first: event, last: event });
    } else {
      Object.assign(seen.changes, event.data.changes);
      seen.last = event;
    }
  }
  return [...touched.values()];
}

/**
 * The final row of a table. `stored` is the content the view holds for it, needed (only)
 * when the batch revises a table drafted in an earlier batch. The upsert keeps the stored
 * row's created_* then, so the revision's never reach the table.
 */
export function toTargetTableRow(table: TableInBatch, stored: TargetTableContent | undefined): TargetTableRow {
  const { first, last } = table;
  const base = table.drafted ?? stored;
  if (base === undefined) {
    throw new Error(
      `${first.type} at position ${first.position} revises ${first.streamId}, which the target table view does not hold: ` +
        'a revision carries only the fields it changed and is merged over the drafted table, so the stream was not written by the decider.',
    );
  }
  const content = withChanges(base, table.changes);
  return {
    stream_id: last.streamId,
    project_code: table.projectCode,
    fiscal_year: table.fiscalYear,
    created_at: first.metadata.occurredAt,
    created_by: first.metadata.actor.userId,
    unit_code: content.unitCode,
    unit_name: content.unitName,
    section_id: content.sectionId,
    name: content.name,
    status: DRAFT_STATUS,
    version: last.data.version,
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

function isDraftEvent(event: RecordedEvent): event is DraftEvent {
  return event.type === 'TargetTableDrafted' || event.type === 'TargetTableDraftRevised';
}
