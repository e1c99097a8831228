import {
  stageAfterApproved,
  stageAfterReturned,
  stageAfterStepApproved,
  stageAfterSubmitted,
  stageAfterWithdrawn,
  type StageMismatch,
} from '../approval/evolve-review-stage.js';
import type { ReviewStage } from '../approval/review.js';
import type { TargetTableDraftRevised, TargetTableEvent } from './target-table.events.js';
import { withChanges } from './target-table-diff.js';
import { targetTableStatusOf, type OpenReviewStage, type TargetTable, type TargetTableState } from './target-table.state.js';

/**
 * Folds one stored event into the state. A draft carries the whole content, so it folds
 * whatever came before. A revision carries only the fields it changed, merged over the
 * version in the preparer's hands; the approval events move the shared review stage
 * (approval/evolve-review-stage.ts), and approval and adjustment move the lifecycle. Either
 * arriving where what it continues does not exist (a stream starting with a revision, say)
 * means the stream was not written by this decider, and folding on would invent a state,
 * so that is an error.
 */
export function evolveTargetTable(state: TargetTableState, event: TargetTableEvent): TargetTableState {
  switch (event.type) {
    case 'TargetTableDrafted': {
      const { projectCode, fiscalYear, version, content } = event.data;
      return { lifecycle: 'FIRST_VERSION', projectCode, fiscalYear, version, content, baseline: null, stage: { status: 'DRAFT' } };
    }
    case 'TargetTableDraftRevised':
      return revised(state, event);
    case 'TargetTableSubmitted': {
      const { version, content } = event.data;
      return withOpenStage(state, event, (stage, mismatch) => stageAfterSubmitted(stage, event.data, mismatch), { version, content });
    }
    case 'TargetTableStepApproved':
      return withOpenStage(state, event, (stage, mismatch) => stageAfterStepApproved(stage, event.data, mismatch));
    case 'TargetTableReturned':
      return withOpenStage(state, event, (stage, mismatch) => stageAfterReturned(stage, event.data, mismatch));
    case 'TargetTableSubmissionWithdrawn':
      return withOpenStage(state, event, (stage, mismatch) => stageAfterWithdrawn(stage, mismatch));
    case 'TargetTableApproved': {
      const table = existing(state, event);
      const stage = stageAfterApproved(table.stage, event.data, mismatchOf(state, event));
      if (stage.status !== 'APPROVED') throw unexpected(event.type, state);
      const { projectCode, fiscalYear, version, content } = event.data;
      return { lifecycle: 'APPROVED', projectCode, fiscalYear, version, content, baseline: { version, content }, stage };
    }
    case 'TargetTableAdjustmentProposed': {
      const table = existing(state, event);
      if (table.lifecycle !== 'APPROVED') throw unexpected(event.type, state);
      return { ...table, lifecycle: 'ADJUSTING', version: event.data.version, content: event.data.content, stage: { status: 'DRAFT' } };
    }
    case 'TargetTableBaselineImported': {
      if (state.lifecycle !== 'NONE') throw unexpected(event.type, state);
      const { projectCode, fiscalYear, version, content } = event.data;
      const stage = { status: 'APPROVED' as const, approvals: [] };
      return { lifecycle: 'APPROVED', projectCode, fiscalYear, version, content, baseline: { version, content }, stage };
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown target table event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

function revised(state: TargetTableState, event: TargetTableDraftRevised): TargetTableState {
  const table = existing(state, event);
  // Only a version in the preparer's hands changes: a draft (first or adjustment) or one returned to them.
  if (table.lifecycle === 'APPROVED' || table.stage.status === 'IN_REVIEW') throw unexpected(event.type, state);
  return { ...table, version: event.data.version, content: withChanges(table.content, event.data.changes) };
}

/**
 * The review events move the stage of a working version not yet approved; approving the last
 * step is TargetTableApproved's (above). A submission also carries the version submitted.
 */
function withOpenStage(
  state: TargetTableState,
  event: TargetTableEvent,
  change: (stage: ReviewStage, mismatch: StageMismatch) => ReviewStage,
  working: Pick<TargetTable, 'version' | 'content'> | null = null,
): TargetTableState {
  const table = existing(state, event);
  if (table.lifecycle === 'APPROVED') throw unexpected(event.type, state);
  const stage = change(table.stage, mismatchOf(state, event));
  if (stage.status === 'APPROVED') throw unexpected(event.type, state);
  return { ...table, ...working, stage: stage satisfies OpenReviewStage };
}

function existing(state: TargetTableState, event: TargetTableEvent): TargetTable {
  if (state.lifecycle === 'NONE') throw unexpected(event.type, state);
  return state;
}

function mismatchOf(state: TargetTableState, event: TargetTableEvent): StageMismatch {
  return () => unexpected(event.type, state);
}

function unexpected(eventType: TargetTableEvent['type'], state: TargetTableState): Error {
  return new Error(`${eventType} cannot follow a target table in status ${targetTableStatusOf(state)}: the stream was not written by this decider`);
}
