import { withChanges } from '@app/domain/target-table/target-table-diff.js';
import type { TargetTableContent, TargetTableEvent } from '@app/domain/target-table/target-table.events.js';
import type { TargetTableVersionStatus } from '@app/domain/target-table/target-table-version-status.js';
import type { Finding } from '@app/domain/target-table/validation/finding.js';
import type { RecordedEvent } from '@app/event-store/event-store.port.js';

/** One version of a table, as its history shows it. */
export interface TargetTableVersionView {
  streamId: string;
  projectCode: string;
  fiscalYear: number;
  version: number;
  status: TargetTableVersionStatus;
  /** As it stands: the drafted or proposed content with every revision folded in. */
  content: TargetTableContent;
  /** For an adjustment, the approved version it is to replace; null for the first version. */
  baselineVersion: number | null;
  /** 调整原因 of an adjustment, null for the first version. */
  adjustmentReason: string | null;
  createdAt: string;
  createdBy: string;
  /** The latest (re)submission; null before one. */
  submittedAt: string | null;
  submittedBy: string | null;
  /** Warnings of the latest submission. */
  warnings: Finding[];
  approvedAt: string | null;
  supersededAt: string | null;
  supersededByVersion: number | null;
  updatedAt: string;
  /** Position of the last event applied to this version. */
  position: bigint;
}

/** The versions of one table, by version number. */
export type TableVersions = Map<number, TargetTableVersionView>;

/**
 * Folds one stored event of a table into its versions and returns the numbers of the versions
 * it changed. A new kind of target-table event gets its case here; the check on `never` below
 * names the place to anyone who adds one.
 */
export function evolveTableVersions(versions: TableVersions, recorded: RecordedEvent): number[] {
  const event = { type: recorded.type, data: recorded.data } as unknown as TargetTableEvent;
  const at = recorded.metadata.occurredAt;
  const change = (version: number, changes: Partial<TargetTableVersionView>): number => {
    const held = versions.get(version);
    if (held === undefined) {
      throw new Error(
        `${recorded.type} at position ${recorded.position} continues version ${version} of ${recorded.streamId}, which the versions view does not hold: ` +
          'the stream was not written by the target-table decider.',
      );
    }
    versions.set(version, { ...held, ...changes, updatedAt: at, position: recorded.position });
    return version;
  };
  const start = (version: number, content: TargetTableContent, adjustment: { baselineVersion: number; reason: string } | null): number => {
    versions.set(version, {
      streamId: recorded.streamId,
      projectCode: event.data.projectCode,
      fiscalYear: event.data.fiscalYear,
      version,
      status: 'DRAFT',
      content,
      baselineVersion: adjustment?.baselineVersion ?? null,
      adjustmentReason: adjustment?.reason ?? null,
      createdAt: at,
      createdBy: recorded.metadata.actor.userId,
      submittedAt: null,
      submittedBy: null,
      warnings: [],
      approvedAt: null,
      supersededAt: null,
      supersededByVersion: null,
      updatedAt: at,
      position: recorded.position,
    });
    return version;
  };

  switch (event.type) {
    case 'TargetTableDrafted':
      return [start(event.data.version, event.data.content, null)];
    case 'TargetTableBaselineImported': {
      const { version, content } = event.data;
      start(version, content, null);
      return [change(version, { status: 'APPROVED', approvedAt: at })];
    }
    case 'TargetTableAdjustmentProposed': {
      const { version, content, baselineVersion, reason } = event.data;
      return [start(version, content, { baselineVersion, reason })];
    }
    case 'TargetTableDraftRevised': {
      const { version, changes } = event.data;
      const content = versions.get(version)?.content;
      return [change(version, content === undefined ? {} : { content: withChanges(content, changes) })];
    }
    case 'TargetTableSubmitted': {
      const { version, content, submittedBy, warnings } = event.data;
      return [change(version, { status: 'IN_REVIEW', content, submittedAt: at, submittedBy: submittedBy.userId, warnings })];
    }
    case 'TargetTableStepApproved':
      // The version stays in review; the target_tables view follows its steps.
      return [];
    case 'TargetTableReturned':
      // Sent back to an earlier step, the version is still in review.
      return event.data.toStepIndex === null ? [change(event.data.version, { status: 'RETURNED' })] : [];
    case 'TargetTableSubmissionWithdrawn':
      return [change(event.data.version, { status: 'WITHDRAWN' })];
    case 'TargetTableApproved': {
      const { version, content, replacedBaselineVersion } = event.data;
      const approved = change(version, { status: 'APPROVED', content, approvedAt: at });
      if (replacedBaselineVersion === null) return [approved];
      return [approved, change(replacedBaselineVersion, { status: 'SUPERSEDED', supersededAt: at, supersededByVersion: version })];
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown target table event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}
