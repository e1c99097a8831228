import type {
  TargetTableApproved,
  TargetTableDraftRevised,
  TargetTableEvent,
  TargetTableReturned,
  TargetTableStepApproved,
  TargetTableSubmitted,
} from './target-table.events.js';
import { withChanges } from './target-table-diff.js';
import type { StepDecision, TargetTableReview, TargetTableState, TargetTableStatus } from './target-table.state.js';

/**
 * Folds one stored event into the state. A draft carries the whole content, so it folds
 * whatever came before. A revision carries only the fields it changed, merged over the
 * version in the preparer's hands; workflow events continue a review or a baseline. Either
 * arriving where what it continues does not exist (a stream starting with a revision, say)
 * means the stream was not written by this decider, and folding on would invent a state,
 * so that is an error.
 */
export function evolveTargetTable(state: TargetTableState, event: TargetTableEvent): TargetTableState {
  switch (event.type) {
    case 'TargetTableDrafted': {
      const { projectCode, fiscalYear, version, content } = event.data;
      return { status: 'DRAFT', projectCode, fiscalYear, version, content };
    }
    case 'TargetTableDraftRevised':
      return revised(state, event);
    case 'TargetTableSubmitted':
      return submitted(state, event);
    case 'TargetTableStepApproved':
      return stepApproved(state, event);
    case 'TargetTableApproved':
      return approved(state, event);
    case 'TargetTableReturned':
      return returned(state, event);
    case 'TargetTableSubmissionWithdrawn': {
      const table = inStatus(state, event, 'IN_REVIEW');
      const { projectCode, fiscalYear, version, content, baseline } = table;
      return baseline === null
        ? { status: 'DRAFT', projectCode, fiscalYear, version, content }
        : { status: 'ADJUSTING', projectCode, fiscalYear, version, content, baseline };
    }
    case 'TargetTableAdjustmentProposed': {
      const table = inStatus(state, event, 'APPROVED');
      return { ...table, status: 'ADJUSTING', version: event.data.version, content: event.data.content };
    }
    case 'TargetTableBaselineImported': {
      if (state.status !== 'NONE') throw unexpected(event.type, state.status);
      const { projectCode, fiscalYear, version, content } = event.data;
      return { status: 'APPROVED', projectCode, fiscalYear, version, content, baseline: { version, content } };
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown target table event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

function revised(state: TargetTableState, { data }: TargetTableDraftRevised): TargetTableState {
  switch (state.status) {
    case 'DRAFT':
    case 'RETURNED':
    case 'ADJUSTING':
      return { ...state, version: data.version, content: withChanges(state.content, data.changes) };
    case 'NONE':
    case 'IN_REVIEW':
    case 'APPROVED':
      throw unexpected('TargetTableDraftRevised', state.status);
    default: {
      const unknownState: never = state;
      throw new Error(`Unknown target table status ${String((unknownState as { status?: unknown }).status)}`);
    }
  }
}

function submitted(state: TargetTableState, { data }: TargetTableSubmitted): TargetTableState {
  const fresh = (submitters: string[]): TargetTableReview => ({
    chain: data.chain,
    submittedBy: data.submittedBy,
    submitters,
    currentStepIndex: 0,
    approvals: [],
    decisions: [],
    warnings: data.warnings,
  });
  const { projectCode, fiscalYear, version, content } = data;
  switch (state.status) {
    case 'DRAFT':
      return { status: 'IN_REVIEW', projectCode, fiscalYear, version, content, baseline: null, review: fresh([data.submittedBy.userId]) };
    case 'ADJUSTING':
      return { status: 'IN_REVIEW', projectCode, fiscalYear, version, content, baseline: state.baseline, review: fresh([data.submittedBy.userId]) };
    case 'RETURNED': {
      // A resubmission continues the review: whoever submitted the version before still may not decide it.
      const submitters = [...new Set([...state.review.submitters, data.submittedBy.userId])];
      return { status: 'IN_REVIEW', projectCode, fiscalYear, version, content, baseline: state.baseline, review: fresh(submitters) };
    }
    case 'NONE':
    case 'IN_REVIEW':
    case 'APPROVED':
      throw unexpected('TargetTableSubmitted', state.status);
    default: {
      const unknownState: never = state;
      throw new Error(`Unknown target table status ${String((unknownState as { status?: unknown }).status)}`);
    }
  }
}

function stepApproved(state: TargetTableState, event: TargetTableStepApproved): TargetTableState {
  const table = inStatus(state, event, 'IN_REVIEW');
  const { step, role, approvedBy: by, comment, stepIndex } = event.data;
  const decision: StepDecision = { decision: 'APPROVED', step, role, by, comment };
  return {
    ...table,
    review: {
      ...table.review,
      currentStepIndex: stepIndex + 1,
      approvals: [...table.review.approvals, { step, role, by, comment }],
      decisions: [...table.review.decisions, decision],
    },
  };
}

function approved(state: TargetTableState, event: TargetTableApproved): TargetTableState {
  inStatus(state, event, 'IN_REVIEW');
  const { projectCode, fiscalYear, version, content } = event.data;
  return { status: 'APPROVED', projectCode, fiscalYear, version, content, baseline: { version, content } };
}

function returned(state: TargetTableState, event: TargetTableReturned): TargetTableState {
  const table = inStatus(state, event, 'IN_REVIEW');
  const { step, role, returnedBy: by, reason, to, toStepIndex } = event.data;
  const decisions = [...table.review.decisions, { decision: 'RETURNED', step, role, by, reason, to } satisfies StepDecision];
  if (toStepIndex === null) {
    return { ...table, status: 'RETURNED', review: { ...table.review, decisions }, returned: { step, role, by, reason } };
  }
  // The earlier step decides again, and so does every step after it.
  return {
    ...table,
    review: { ...table.review, currentStepIndex: toStepIndex, approvals: table.review.approvals.slice(0, toStepIndex), decisions },
  };
}

function inStatus<S extends TargetTableStatus>(
  state: TargetTableState,
  event: TargetTableEvent,
  status: S,
): Extract<TargetTableState, { status: S }> {
  if (state.status !== status) throw unexpected(event.type, state.status);
  return state as Extract<TargetTableState, { status: S }>;
}

function unexpected(eventType: TargetTableEvent['type'], status: TargetTableState['status']): Error {
  return new Error(`${eventType} cannot follow a target table in status ${status}: the stream was not written by this decider`);
}
