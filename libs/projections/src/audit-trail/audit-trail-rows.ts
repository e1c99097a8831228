import { diffTargetTableContent, messages, type ContentFieldChange } from '@app/domain';
import { describeAuditedEvent, type AuditDescription } from '@app/domain/audit/describe-audited-event.js';
import { withChanges } from '@app/domain/target-table/target-table-diff.js';
import { targetTableEventTypes, type TargetTableContent, type TargetTableEvent, type TargetTableSource } from '@app/domain/target-table/target-table.events.js';
import type { RecordedEvent } from '@app/event-store/event-store.port.js';
import type { Insertable } from 'kysely';
import type { AuditTrailMemory } from './audit-trail-memory.js';
import type { AuditTrailTable } from './audit-trail-schema.js';

export type AuditTrailRow = Insertable<AuditTrailTable>;

const tableEventTypes: ReadonlySet<string> = new Set(targetTableEventTypes);

/** 20 digits hold every unsigned 64-bit position. */
export function positionKey(position: bigint): string {
  return position.toString().padStart(20, '0');
}

/** Roles as the actor_roles column keeps them. */
export function rolesKey(roles: readonly string[]): string {
  return `,${roles.join(',')},`;
}

/**
 * The trail's entry for one event, in log order: the domain's description, who acted as the
 * metadata recorded them, the subject's unit for scoping, and for a revision or an adjustment
 * the fields it changed, against the content the trail remembers from the events before it.
 */
export async function auditTrailRow(event: RecordedEvent, memory: AuditTrailMemory): Promise<AuditTrailRow> {
  const description = describeAuditedEvent(event);
  const { changes, unitCode, subject } = tableEventTypes.has(event.type)
    ? await followTable(event as unknown as TargetTableEvent, description, memory)
    : { changes: null, ...(await projectOrUser(event, description, memory)) };
  const { actor, correlationId, commandId, occurredAt } = event.metadata;
  return {
    event_id: event.eventId,
    position: positionKey(event.position),
    revision: event.revision,
    stream_id: event.streamId,
    occurred_at: occurredAt,
    event_type: event.type,
    kind: description.kind,
    label: description.label,
    summary: description.summary + importedFrom(event),
    subject,
    document_kind: description.subject.documentKind,
    voucher_number: description.subject.voucherNumber,
    actor_user_id: actor.userId,
    actor_name: actor.displayName,
    actor_roles: rolesKey(actor.roles),
    actor_unit_code: actor.unitCode,
    actor_section_id: actor.sectionId,
    project_code: description.subject.projectCode,
    fiscal_year: description.subject.fiscalYear,
    version: description.version,
    step: description.step,
    unit_code: unitCode,
    reason: description.reason,
    correlation_id: correlationId,
    command_id: commandId,
    changes_json: changes === null ? null : JSON.stringify(changes),
  };
}

/** Where a table drafted from a document came from, as the import recorded it in the metadata. */
function importedFrom(event: RecordedEvent): string {
  const source = event.metadata.source as TargetTableSource | undefined;
  if (source === undefined || event.type === 'TargetTableBaselineImported') return '';
  return messages.audit.importedFrom({ source: source.name, from: source.lines.from, to: source.lines.to });
}

async function followTable(
  event: TargetTableEvent,
  description: AuditDescription,
  memory: AuditTrailMemory,
): Promise<{ changes: ContentFieldChange[] | null; unitCode: string | null; subject: string }> {
  const { fiscalYear, projectCode } = event.data;
  const before = await memory.content(fiscalYear, projectCode);
  const after = contentAfter(event, before);
  if (after !== undefined) memory.setContent(fiscalYear, projectCode, after);
  const changed = event.type === 'TargetTableDraftRevised' || event.type === 'TargetTableAdjustmentProposed';
  return {
    changes: changed && before !== undefined && after !== undefined ? diffTargetTableContent(before, after) : null,
    unitCode: description.subject.unitCode ?? after?.unitCode ?? null,
    subject: named(description.subject.text, after),
  };
}

/** Most events do not repeat the project's name; the trail knows it from the table's content. */
function named(text: string, content: TargetTableContent | undefined): string {
  return content === undefined ? text : `${text}「${content.name}」`;
}

/**
 * The unit and name of a project's other documents (ledger, reviews) come from its target
 * table as the trail remembers it, where the event does not say them; the unit of an event
 * about a user from the user's registration.
 */
async function projectOrUser(event: RecordedEvent, description: AuditDescription, memory: AuditTrailMemory): Promise<{ unitCode: string | null; subject: string }> {
  const { projectCode, fiscalYear, text } = description.subject;
  if (projectCode === null || fiscalYear === null) return { unitCode: await subjectUnit(event, description, memory), subject: text };
  const table = await memory.content(fiscalYear, projectCode);
  return { unitCode: description.subject.unitCode ?? table?.unitCode ?? null, subject: named(text, table) };
}

/** The working content once the event is applied, as the target table's evolve has it. */
function contentAfter(event: TargetTableEvent, before: TargetTableContent | undefined): TargetTableContent | undefined {
  switch (event.type) {
    case 'TargetTableDrafted':
    case 'TargetTableSubmitted':
    case 'TargetTableApproved':
    case 'TargetTableAdjustmentProposed':
    case 'TargetTableBaselineImported':
      return event.data.content;
    case 'TargetTableDraftRevised':
      return before === undefined ? undefined : withChanges(before, event.data.changes);
    case 'TargetTableStepApproved':
    case 'TargetTableReturned':
    case 'TargetTableSubmissionWithdrawn':
      return before;
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown target table event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

/** A user's registration tells the unit; later events about the user are scoped to it. */
async function subjectUnit(event: RecordedEvent, description: AuditDescription, memory: AuditTrailMemory): Promise<string | null> {
  const { unitCode, userId } = description.subject;
  if (event.type === 'UserRegistered' && userId !== null) memory.setUserUnit(userId, unitCode);
  if (unitCode !== null || userId === null) return unitCode;
  return memory.userUnit(userId);
}
