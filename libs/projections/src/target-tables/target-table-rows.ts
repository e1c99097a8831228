import { evolveTargetTable } from '@app/domain/target-table/evolve-target-table.js';
import { approvalStepLabel } from '@app/domain/target-table/target-table-labels.js';
import type { DecidingRole } from '@app/domain/target-table/submission-chain.js';
import type { TargetTableContent, TargetTableEvent, TargetTableSource } from '@app/domain/target-table/target-table.events.js';
import { targetTableEventTypes } from '@app/domain/target-table/target-table.events.js';
import type { TargetTableBaseline, TargetTableState } from '@app/domain/target-table/target-table.state.js';
import type { Finding } from '@app/domain/target-table/validation/finding.js';
import type { RecordedEvent } from '@app/event-store/event-store.port.js';
import type { Insertable } from 'kysely';
import type { TargetTablesTable } from './target-table-schema.js';

export type TargetTableRow = Insertable<TargetTablesTable>;

/** Columns a later event rewrites; the key, the created_* columns and imported_from are set once, by the event that starts the table. */
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
  'current_step',
  'current_role',
  'submitted_at',
  'workflow_json',
  'updated_at',
  'updated_by',
  'position',
] as const satisfies ReadonlyArray<keyof TargetTableRow>;

/** One decision of the current submission, as people see it. */
export interface TargetTableDecisionView {
  decision: 'APPROVED' | 'RETURNED';
  step: string;
  stepLabel: string;
  role: DecidingRole;
  by: string;
  at: string;
  /** The approval's comment, or the return's reason. */
  comment: string | null;
  /** For a return: 'PREPARER' or the earlier step that decides again. */
  to: string | null;
}

export interface TargetTableReturnView {
  step: string;
  role: DecidingRole;
  by: string;
  at: string;
  reason: string;
  to: string;
}

/** What the view keeps of the workflow beside the working content (workflow_json). */
export interface TargetTableWorkflow {
  /** The domain's state of the table without its working content (that is content_json). */
  state: Exclude<TargetTableState, { status: 'NONE' }>;
  /** Decisions since the latest (re)submission, with their times. */
  decisions: TargetTableDecisionView[];
  lastReturn: TargetTableReturnView | null;
  /** Warnings of the latest submission of the working version; empty before one. */
  warnings: Finding[];
  /** The user id of the latest (re)submitter, null before a submission. */
  submittedBy: string | null;
}

const workflowEventTypes: ReadonlySet<string> = new Set(targetTableEventTypes);

/** The one key of a table in the view, as the unique index has it. */
export function tableKey(fiscalYear: number, projectCode: string): string {
  return `${fiscalYear}/${projectCode}`;
}

/** What one batch did to one table. */
export interface TableInBatch {
  fiscalYear: number;
  projectCode: string;
  /** The batch's events of the table, in log order. */
  events: RecordedEvent[];
}

/** The stored part of a row that folding continues from. */
export interface StoredTable {
  content: TargetTableContent;
  workflow: TargetTableWorkflow;
  createdAt: string;
  createdBy: string;
  submittedAt: string | null;
}

/** Groups a batch by table, so that a table touched many times in one batch is written once. */
export function foldTargetTableEvents(events: readonly RecordedEvent[]): TableInBatch[] {
  const touched = new Map<string, TableInBatch>();
  for (const event of events) {
    if (!workflowEventTypes.has(event.type)) continue;
    const { fiscalYear, projectCode } = event.data as { fiscalYear: number; projectCode: string };
    const key = tableKey(fiscalYear, projectCode);
    const seen = touched.get(key);
    if (seen === undefined) touched.set(key, { fiscalYear, projectCode, events: [event] });
    else seen.events.push(event);
  }
  return [...touched.values()];
}

/** The events that start a table: a draft, or a baseline imported from a document. */
const startingEventTypes: ReadonlySet<string> = new Set<TargetTableEvent['type']>(['TargetTableDrafted', 'TargetTableBaselineImported']);

/** True when the batch starts the table afresh, so that no stored row is needed. */
export function startsTheTable(table: TableInBatch): boolean {
  return startingEventTypes.has(table.events[0]?.type ?? '');
}

/**
 * The document a table was imported from: an imported baseline names it in its data, a draft
 * imported from a document in its metadata. Null for a table drafted by hand.
 */
function importSourceOf(first: RecordedEvent): TargetTableSource | null {
  if (first.type === 'TargetTableBaselineImported') return (first.data as { source: TargetTableSource }).source;
  const source = first.metadata.source as TargetTableSource | undefined;
  return source ?? null;
}

/**
 * The final row of a table: the batch's events folded, one by one, over the stored row (or
 * over nothing when the batch drafts the table). The upsert keeps the stored created_*.
 */
export function toTargetTableRow(table: TableInBatch, stored: StoredTable | undefined): TargetTableRow {
  const first = table.events[0]!;
  const last = table.events.at(-1)!;
  let state: TargetTableState;
  let workflow: Omit<TargetTableWorkflow, 'state'>;
  let createdAt: string;
  let createdBy: string;
  let submittedAt: string | null;
  let importedFrom: TargetTableSource | null | undefined;
  if (stored !== undefined && !startingEventTypes.has(first.type)) {
    state = { ...stored.workflow.state, content: stored.content };
    workflow = { decisions: stored.workflow.decisions, lastReturn: stored.workflow.lastReturn, warnings: stored.workflow.warnings, submittedBy: stored.workflow.submittedBy };
    createdAt = stored.createdAt;
    createdBy = stored.createdBy;
    submittedAt = stored.submittedAt;
  } else if (startingEventTypes.has(first.type)) {
    state = { status: 'NONE' };
    workflow = { decisions: [], lastReturn: null, warnings: [], submittedBy: null };
    createdAt = first.metadata.occurredAt;
    createdBy = first.metadata.actor.userId;
    submittedAt = null;
    importedFrom = importSourceOf(first);
  } else {
    throw new Error(
      `${first.type} at position ${first.position} revises ${first.streamId}, which the target table view does not hold: ` +
        'a revision carries only the fields it changed and is merged over the drafted table, so the stream was not written by the decider.',
    );
  }
  // Only the events that time a step read their metadata: the store may parse it lazily,
  // and most events of a table (its revisions) need none.
  for (const recorded of table.events) {
    const event = { type: recorded.type, data: recorded.data } as unknown as TargetTableEvent;
    const before = state;
    state = evolveTargetTable(state, event);
    switch (event.type) {
      case 'TargetTableDrafted':
        workflow = { decisions: [], lastReturn: null, warnings: [], submittedBy: null };
        submittedAt = null;
        break;
      case 'TargetTableSubmitted':
        workflow = { ...workflow, decisions: [], warnings: event.data.warnings, submittedBy: event.data.submittedBy.userId };
        submittedAt = recorded.metadata.occurredAt;
        break;
      case 'TargetTableStepApproved': {
        const { step, role, approvedBy, comment } = event.data;
        workflow = { ...workflow, decisions: [...workflow.decisions, decisionView('APPROVED', before, step, role, approvedBy.userId, recorded.metadata.occurredAt, comment, null)] };
        break;
      }
      case 'TargetTableReturned': {
        const { step, role, returnedBy, reason, to } = event.data;
        const returnedAt = recorded.metadata.occurredAt;
        workflow = {
          ...workflow,
          decisions: [...workflow.decisions, decisionView('RETURNED', before, step, role, returnedBy.userId, returnedAt, reason, to)],
          lastReturn: { step, role, by: returnedBy.userId, at: returnedAt, reason, to },
        };
        break;
      }
      case 'TargetTableAdjustmentProposed':
        workflow = { decisions: [], lastReturn: null, warnings: [], submittedBy: null };
        submittedAt = null;
        break;
      case 'TargetTableSubmissionWithdrawn':
        submittedAt = null;
        break;
      default:
        break;
    }
  }
  if (state.status === 'NONE') throw new Error(`${last.streamId}: folding left no table`);
  const { content, ...withoutContent } = state;
  const current = state.status === 'IN_REVIEW' ? state.review.chain.steps[state.review.currentStepIndex] : undefined;
  const fullWorkflow: TargetTableWorkflow = { state: { ...withoutContent, content: undefined } as never, ...workflow };
  return {
    stream_id: last.streamId,
    project_code: table.projectCode,
    fiscal_year: table.fiscalYear,
    created_at: createdAt,
    created_by: createdBy,
    unit_code: content.unitCode,
    unit_name: content.unitName,
    section_id: content.sectionId,
    name: content.name,
    status: state.status,
    version: state.version,
    revision: last.revision,
    budget_total_fen: content.budget.total,
    budget_fiscal_fen: content.budget.fiscal,
    budget_other_fen: content.budget.other,
    content_json: JSON.stringify(content),
    current_step: current?.step ?? null,
    current_role: current?.role ?? null,
    submitted_at: state.status === 'IN_REVIEW' ? submittedAt : null,
    workflow_json: JSON.stringify(fullWorkflow),
    updated_at: last.metadata.occurredAt,
    updated_by: last.metadata.actor.userId,
    position: last.position.toString(),
    // Left out for a table continued from its stored row, whose imported_from the upsert keeps.
    ...(importedFrom === undefined ? {} : { imported_from: importedFrom === null ? null : JSON.stringify(importedFrom) }),
  };
}

function decisionView(
  decision: 'APPROVED' | 'RETURNED',
  before: TargetTableState,
  step: string,
  role: DecidingRole,
  by: string,
  at: string,
  comment: string | null,
  to: string | null,
): TargetTableDecisionView {
  const chainStep = before.status === 'IN_REVIEW' ? before.review.chain.steps.find((s) => s.step === step) : undefined;
  return { decision, step, stepLabel: approvalStepLabel(chainStep ?? { step, role }), role, by, at, comment, to };
}

/** The baseline the view shows beside the working version. */
export function baselineOf(workflow: TargetTableWorkflow): TargetTableBaseline | null {
  const { state } = workflow;
  return state.status === 'DRAFT' ? null : state.baseline;
}
