import { messages } from '../messages/messages.js';
import { directoryEventTypes, type DirectoryEvent } from '../directory/directory.events.js';
import { loginAttemptEventTypes, type LoginAttemptEvent } from '../directory/login-attempts.events.js';
import { ledgerEventTypes, type LedgerEvent } from '../disbursement/ledger.events.js';
import { finalEvaluationEventTypes, type FinalEvaluationEvent } from '../final-evaluation/final-evaluation.events.js';
import { midtermReviewEventTypes, type MidtermReviewEvent } from '../midterm-review/midterm-review.events.js';
import { notificationEventTypes, type NotificationEvent } from '../notification/notification.js';
import { fiscalCalendarEventTypes, type FiscalCalendarEvent } from '../calendar/fiscal-calendar.events.js';
import { rectificationEventTypes, type RectificationEvent } from '../rectification/rectification.events.js';
import { targetTableEventTypes, type TargetTableEvent } from '../target-table/target-table.events.js';
import { departmentTargetsEventTypes, type DepartmentTargetsEvent } from '../department-targets/department-targets.events.js';
import { describeDepartmentTargetsEvent } from './describe-department-targets-event.js';
import { departmentEvaluationEventTypes, type DepartmentEvaluationEvent } from '../department-evaluation/department-evaluation.events.js';
import { describeDepartmentEvaluationEvent } from './describe-department-evaluation-event.js';
import { described, type AuditDescription, type AuditedEvent, type AuditSubject } from './audit-description.js';
import { auditTrailAnchoredEventTypes, type AuditTrailAnchored } from './audit-trail-anchored.js';
import { describeAnchorEvent } from './describe-anchor-event.js';
import { describeDirectoryEvent, describeLoginAttemptEvent } from './describe-directory-event.js';
import { describeFinalEvaluationEvent } from './describe-final-evaluation-event.js';
import { describeFindingAcceptanceEvent } from './describe-finding-acceptance-event.js';
import { findingAcceptanceEventTypes, type FindingAcceptanceEvent } from '../review-assistant/finding-acceptance.js';
import { describeLedgerEvent } from './describe-ledger-event.js';
import { describeCalendarEvent } from './describe-calendar-event.js';
import { describeNotificationEvent } from './describe-notification-event.js';
import { describeRectificationEvent } from './describe-rectification-event.js';
import { describeMidtermReviewEvent } from './describe-midterm-review-event.js';
import { describeTargetTableEvent } from './describe-target-table-event.js';
import { describeDelegationEvent } from './describe-delegation-event.js';
import { delegationEventTypes, type DelegationEvent } from '../delegation/delegation.js';

export type { AuditDescription, AuditedEvent, AuditSubject } from './audit-description.js';
export type { AuditTrailAnchored } from './audit-trail-anchored.js';

/** The events this build knows; every other type is described neutrally. */
export type KnownAuditedEvent =
  | TargetTableEvent
  | LedgerEvent
  | MidtermReviewEvent
  | FinalEvaluationEvent
  | DepartmentTargetsEvent
  | DepartmentEvaluationEvent
  | DirectoryEvent
  | LoginAttemptEvent
  | FindingAcceptanceEvent
  | RectificationEvent
  | FiscalCalendarEvent
  | NotificationEvent
  | DelegationEvent
  | AuditTrailAnchored;

type KnownType = KnownAuditedEvent['type'];

const knownTypes: ReadonlySet<string> = new Set<KnownType>([
  ...targetTableEventTypes,
  ...ledgerEventTypes,
  ...midtermReviewEventTypes,
  ...finalEvaluationEventTypes,
  ...departmentTargetsEventTypes,
  ...departmentEvaluationEventTypes,
  ...directoryEventTypes,
  ...loginAttemptEventTypes,
  ...findingAcceptanceEventTypes,
  ...rectificationEventTypes,
  ...fiscalCalendarEventTypes,
  ...notificationEventTypes,
  ...delegationEventTypes,
  ...auditTrailAnchoredEventTypes,
]);

export function describeAuditedEvent(event: AuditedEvent): AuditDescription {
  return knownTypes.has(event.type) ? describeKnown(event as unknown as KnownAuditedEvent) : describeOther(event);
}

function describeKnown(event: KnownAuditedEvent): AuditDescription {
  if (isOneOf(event, targetTableEventTypes)) return describeTargetTableEvent(event);
  if (isOneOf(event, ledgerEventTypes)) return describeLedgerEvent(event);
  if (isOneOf(event, midtermReviewEventTypes)) return describeMidtermReviewEvent(event);
  if (isOneOf(event, finalEvaluationEventTypes)) return describeFinalEvaluationEvent(event);
  if (isOneOf(event, departmentTargetsEventTypes)) return describeDepartmentTargetsEvent(event);
  if (isOneOf(event, departmentEvaluationEventTypes)) return describeDepartmentEvaluationEvent(event);
  if (isOneOf(event, directoryEventTypes)) return describeDirectoryEvent(event);
  if (isOneOf(event, loginAttemptEventTypes)) return describeLoginAttemptEvent(event);
  if (isOneOf(event, findingAcceptanceEventTypes)) return describeFindingAcceptanceEvent(event);
  if (isOneOf(event, rectificationEventTypes)) return describeRectificationEvent(event);
  if (isOneOf(event, fiscalCalendarEventTypes)) return describeCalendarEvent(event);
  if (isOneOf(event, notificationEventTypes)) return describeNotificationEvent(event);
  if (isOneOf(event, delegationEventTypes)) return describeDelegationEvent(event);
  if (isOneOf(event, auditTrailAnchoredEventTypes)) return describeAnchorEvent(event);
  const unknownEvent: never = event;
  throw new Error(`Unknown audited event type ${String((unknownEvent as { type?: unknown }).type)}`);
}

function isOneOf<T extends KnownType>(event: KnownAuditedEvent, types: ReadonlyArray<T>): event is Extract<KnownAuditedEvent, { type: T }> {
  return (types as ReadonlyArray<string>).includes(event.type);
}

/**
 * An event of a capability this build does not describe: its type is told as it is, and a
 * project, year or unit in its data still lets the trail be filtered and scoped by them.
 */
function describeOther({ type, data }: AuditedEvent): AuditDescription {
  const projectCode = typeof data.projectCode === 'string' ? data.projectCode : null;
  const fiscalYear = typeof data.fiscalYear === 'number' ? data.fiscalYear : null;
  const unitCode = typeof data.unitCode === 'string' ? data.unitCode : null;
  const text = projectCode === null ? (unitCode === null ? type : messages.audit.subject.unit(unitCode)) : messages.audit.subject.projectOnly({ projectCode, fiscalYear });
  const subject: AuditSubject = { text, documentKind: null, projectCode, fiscalYear, unitCode, userId: null, voucherNumber: null };
  return described('OTHER', '其他操作', messages.audit.other(type), subject, { version: typeof data.version === 'number' ? data.version : null });
}
