import type { TargetTableContent, TargetTableEvent } from './target-table.events.js';
import type { TargetTableBaseline, TargetTableState } from './target-table.state.js';

/**
 * The one definition of a target table's approved baseline (基线): the version execution,
 * disbursements, mid-term reviews and final evaluations are measured against. Every view and
 * command asks here instead of deciding for itself which events make a baseline
 * (docs/execution.md, "the approved baseline").
 *
 * A baseline is made by the last step of the chain approving a version — a first version or
 * an adjustment — or by importing a table approved outside this system as approved. It stays
 * in force while an adjustment is drafted, reviewed or returned, until the adjustment is
 * approved in turn.
 */

/** How a baseline came to be. */
export type BaselineOrigin = 'APPROVED' | 'IMPORTED';

/** A baseline as one event makes it, for views that are built event by event. */
export interface EstablishedBaseline extends TargetTableBaseline {
  projectCode: string;
  fiscalYear: number;
  origin: BaselineOrigin;
}

/** The baseline the event puts in force, or null for an event that leaves the baseline as it was. */
export function baselineEstablishedBy(event: TargetTableEvent): EstablishedBaseline | null {
  switch (event.type) {
    case 'TargetTableApproved':
      return established(event.data, 'APPROVED');
    case 'TargetTableBaselineImported':
      return established(event.data, 'IMPORTED');
    case 'TargetTableDrafted':
    case 'TargetTableDraftRevised':
    case 'TargetTableSubmitted':
    case 'TargetTableStepApproved':
    case 'TargetTableReturned':
    case 'TargetTableSubmissionWithdrawn':
    case 'TargetTableAdjustmentProposed':
      return null;
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown target table event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

/** The baseline in force in a table's state, or null while the table has never been approved. */
export function approvedBaselineOf(table: TargetTableState): TargetTableBaseline | null {
  return table.lifecycle === 'NONE' ? null : table.baseline;
}

function established(
  data: { projectCode: string; fiscalYear: number; version: number; content: TargetTableContent },
  origin: BaselineOrigin,
): EstablishedBaseline {
  const { projectCode, fiscalYear, version, content } = data;
  return { projectCode, fiscalYear, version, content, origin };
}
