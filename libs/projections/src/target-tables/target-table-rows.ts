import { evolveTargetTable } from '@app/domain/target-table/evolve-target-table.js';
import { approvalStepLabel } from '@app/domain/approval/approval-labels.js';
import type { DecidingRole } from '@app/domain/approval/submission-chain.js';
import type { TargetTableEvent, TargetTableSource } from '@app/domain/target-table/target-table.events.js';
import { targetTableEventTypes } from '@app/domain/target-table/target-table.events.js';
import { targetTableStatus, type TargetTableBaseline, type TargetTableState } from '@app/domain/target-table/target-table.state.js';
import type { Finding } from '@app/domain/target-table/validation/finding.js';
import type { RecordedEvent } from '@app/event-store/event-store.port.js';
import type { Insertable } from 'kysely';
import type { TargetTablesTable } from './target-table-schema.js';

export type TargetTableRow = Insertable<TargetTablesTable>;

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

/**
 * The view's state of one table (state_json): the domain's state as evolveTargetTable folds it,
 * and what people see that the domain keeps no time or name of — decisions and the last return
 * with their times, the latest submission's warnings and submitter, who created the table when,
 * and the document it was imported from.
 */
export interface TargetTableWorkflow {
  state: TargetTableState;
  /** Decisions since the latest (re)submission, with their times. */
  decisions: TargetTableDecisionView[];
  lastReturn: TargetTableReturnView | null;
  /** Warnings of the latest submission of the working version; empty before one. */
  warnings: Finding[];
  /** The user id of the latest (re)submitter, null before a submission. */
  submittedBy: string | null;
  createdAt: string;
  createdBy: string;
  importedFrom: TargetTableSource | null;
}

export const initialTargetTableWorkflow: TargetTableWorkflow = {
  state: { lifecycle: 'NONE' },
  decisions: [],
  lastReturn: null,
  warnings: [],
  submittedBy: null,
  createdAt: '',
  createdBy: '',
  importedFrom: null,
};

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
 * One stored event folded into the view's state: the domain's evolve, plus the times and names
 * people see. Only the events that time a step read their metadata: the store may parse it
 * lazily, and most events of a table (its revisions) need none.
 */
export function evolveTargetTableWorkflow(view: TargetTableWorkflow, recorded: RecordedEvent): TargetTableWorkflow {
  const event = { type: recorded.type, data: recorded.data } as unknown as TargetTableEvent;
  const starts = startingEventTypes.has(event.type);
  if (view.state.lifecycle === 'NONE' && !starts) {
    throw new Error(
      `${recorded.type} at position ${recorded.position} revises ${recorded.streamId}, which the target table view does not hold: ` +
        'a revision carries only the fields it changed and is merged over the drafted table, so the stream was not written by the decider.',
    );
  }
  const before = view.state;
  const state = evolveTargetTable(before, event);
  if (starts) {
    if (before.lifecycle !== 'NONE') return { ...view, state, decisions: [], lastReturn: null, warnings: [], submittedBy: null };
    const { occurredAt, actor } = recorded.metadata;
    return { ...initialTargetTableWorkflow, state, createdAt: occurredAt, createdBy: actor.userId, importedFrom: importSourceOf(recorded) };
  }
  switch (event.type) {
    case 'TargetTableSubmitted':
      return { ...view, state, decisions: [], warnings: event.data.warnings, submittedBy: event.data.submittedBy.userId };
    case 'TargetTableStepApproved': {
      const { step, role, approvedBy, comment } = event.data;
      const decision = decisionView('APPROVED', before, step, role, approvedBy.userId, recorded.metadata.occurredAt, comment, null);
      return { ...view, state, decisions: [...view.decisions, decision] };
    }
    case 'TargetTableReturned': {
      const { step, role, returnedBy, reason, to } = event.data;
      const at = recorded.metadata.occurredAt;
      const decision = decisionView('RETURNED', before, step, role, returnedBy.userId, at, reason, to);
      return { ...view, state, decisions: [...view.decisions, decision], lastReturn: { step, role, by: returnedBy.userId, at, reason, to } };
    }
    case 'TargetTableAdjustmentProposed':
      return { ...view, state, decisions: [], lastReturn: null, warnings: [], submittedBy: null };
    default:
      return { ...view, state };
  }
}

/** The row of a table; null while the view holds none. `submittedAt`: when the latest submission was stored. */
export function toTargetTableRow(view: TargetTableWorkflow, last: RecordedEvent, submittedAt: string | null): TargetTableRow | null {
  const { state } = view;
  if (state.lifecycle === 'NONE') return null;
  const { content, stage } = state;
  const current = stage.status === 'IN_REVIEW' ? stage.review.chain.steps[stage.review.currentStepIndex] : undefined;
  return {
    stream_id: last.streamId,
    project_code: state.projectCode,
    fiscal_year: state.fiscalYear,
    created_at: view.createdAt,
    created_by: view.createdBy,
    unit_code: content.unitCode,
    unit_name: content.unitName,
    section_id: content.sectionId,
    name: content.name,
    status: targetTableStatus(state),
    version: state.version,
    revision: last.revision,
    budget_total_fen: content.budget.total,
    budget_fiscal_fen: content.budget.fiscal,
    budget_other_fen: content.budget.other,
    content_json: JSON.stringify(content),
    current_step: current?.step ?? null,
    current_role: current?.role ?? null,
    submitted_at: stage.status === 'IN_REVIEW' ? submittedAt : null,
    state_json: JSON.stringify(view),
    updated_at: last.metadata.occurredAt,
    updated_by: last.metadata.actor.userId,
    position: last.position.toString(),
    imported_from: view.importedFrom === null ? null : JSON.stringify(view.importedFrom),
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
  const chainStep = before.lifecycle !== 'NONE' && before.stage.status === 'IN_REVIEW' ? before.stage.review.chain.steps.find((s) => s.step === step) : undefined;
  return { decision, step, stepLabel: approvalStepLabel(chainStep ?? { step, role }), role, by, at, comment, to };
}

/** The baseline the view shows beside the working version. */
export function baselineOf(workflow: TargetTableWorkflow): TargetTableBaseline | null {
  return workflow.state.lifecycle === 'NONE' ? null : workflow.state.baseline;
}
