import { gql } from 'urql';
import type { CalendarDates } from '../../../../libs/domain/src/calendar/fiscal-calendar.js';

/**
 * Deadlines, the notification centre and rectification (整改): documents and hand-written result
 * types (docs/deadlines-and-rectification.md), apart from the target tables' documents.
 */

export type DueStatus = 'OPEN' | 'DUE_SOON' | 'OVERDUE';

export interface Due {
  dueDate: string;
  status: DueStatus;
  statusLabel: string;
  daysLeft: number;
  daysOverdue: number;
  daysWaiting: number | null;
}

const DUE = `due { dueDate status statusLabel daysLeft daysOverdue daysWaiting }`;

export interface NotificationItem {
  id: string;
  kind: 'INBOX_NEW' | 'RETURNED' | 'APPROVED' | 'DUE_SOON' | 'OVERDUE' | 'ESCALATED';
  title: string;
  body: string | null;
  document: string;
  projectCode: string;
  fiscalYear: number;
  step: string | null;
  createdAt: string;
  read: boolean;
}

const NOTIFICATION = `id kind title body document projectCode fiscalYear step createdAt read`;

export const MY_NOTIFICATIONS = gql<{ myNotifications: { items: NotificationItem[]; unreadCount: number } }>`
  query MyNotifications {
    myNotifications(first: 50) { unreadCount items { ${NOTIFICATION} } }
  }
`;

export const NOTIFICATION_ADDED = gql<{ notificationAdded: NotificationItem }>`
  subscription NotificationAdded {
    notificationAdded { ${NOTIFICATION} }
  }
`;

export const MARK_NOTIFICATIONS_READ = gql<{ markNotificationsRead: { position: string } }, { input: { commandId?: string; notificationIds: string[] } }>`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) { position }
  }
`;

/** The due date of each item of my inbox, by the same key as the inbox's rows. */
export const INBOX_DUE = gql<{ myInbox: { items: Array<{ kind: string; projectCode: string; fiscalYear: number; step: string; due: Due | null }> } }>`
  query InboxDue {
    myInbox { items { kind projectCode fiscalYear step ${DUE} } }
  }
`;

export interface AwaitedItem {
  kind: string;
  label: string;
  projectCode: string;
  fiscalYear: number;
  name: string;
  unitCode: string;
  sectionId: string | null;
  step: string | null;
  role: string;
  since: string | null;
  due: Due;
  escalatedTo: string | null;
}

export const DEADLINE_OVERVIEW = gql<
  { deadlineOverview: { fiscalYear: number; unitCode: string | null; items: AwaitedItem[]; overdueCount: number; dueSoonCount: number; totalCount: number } },
  { fiscalYear: number; unitCode: string | null }
>`
  query DeadlineOverview($fiscalYear: Int!, $unitCode: String) {
    deadlineOverview(fiscalYear: $fiscalYear, unitCode: $unitCode) {
      fiscalYear unitCode overdueCount dueSoonCount totalCount
      items { kind label projectCode fiscalYear name unitCode sectionId step role since escalatedTo ${DUE} }
    }
  }
`;

/** The calendar in force for a year (and unit): the domain's dates, as the API answers them. */
export type FiscalCalendar = { fiscalYear: number; unitCode: string | null } & CalendarDates;

const CALENDAR = `fiscalYear unitCode targetTablesDue midtermCheckpoint midtermDue finalEvaluationDue decisionDays reminderDays escalationDays`;

export const FISCAL_CALENDAR = gql<{ fiscalCalendar: FiscalCalendar }, { fiscalYear: number; unitCode: string | null }>`
  query FiscalCalendar($fiscalYear: Int!, $unitCode: String) {
    fiscalCalendar(fiscalYear: $fiscalYear, unitCode: $unitCode) { ${CALENDAR} }
  }
`;

export const SET_FISCAL_CALENDAR = gql<
  { setFiscalCalendar: { calendar: FiscalCalendar } },
  { input: { commandId?: string; fiscalYear: number; unitCode: string | null; dates: Partial<Omit<FiscalCalendar, 'fiscalYear' | 'unitCode'>> } }
>`
  mutation SetFiscalCalendar($input: SetFiscalCalendarInput!) {
    setFiscalCalendar(input: $input) { calendar { ${CALENDAR} } }
  }
`;

export type RectificationStatus = 'PENDING' | 'IN_PROGRESS' | 'RECTIFIED' | 'CLOSED';

export interface Rectification {
  itemId: string;
  projectCode: string;
  fiscalYear: number;
  name: string;
  unitCode: string;
  ownerSectionId: string | null;
  source: { kind: string; label: string; finding: string };
  measure: string | null;
  status: RectificationStatus;
  statusLabel: string;
  due: Due | null;
  dueDate: string;
  evidence: Array<{ note: string; byUserId: string }>;
  rectifiedByUserId: string | null;
}

export const RECTIFICATIONS = gql<
  { rectifications: { items: Rectification[]; openCount: number; overdueCount: number; closedCount: number; totalCount: number } },
  { fiscalYear: number; unitCode: string | null; minPosition?: string }
>`
  query Rectifications($fiscalYear: Int!, $unitCode: String, $minPosition: String) {
    rectifications(fiscalYear: $fiscalYear, unitCode: $unitCode, minPosition: $minPosition) {
      openCount overdueCount closedCount totalCount
      items {
        itemId projectCode fiscalYear name unitCode ownerSectionId measure status statusLabel dueDate rectifiedByUserId
        source { kind label finding }
        evidence { note byUserId }
        ${DUE}
      }
    }
  }
`;

interface RectificationRef {
  commandId?: string;
  projectCode: string;
  fiscalYear: number;
  itemId: string;
}

type Payload<Name extends string> = { [key in Name]: { position: string } };

export const RECORD_AUDIT_FINDING = gql<
  Payload<'recordAuditFinding'>,
  { input: { commandId?: string; projectCode: string; fiscalYear: number; finding: string; measure?: string | null; dueDate: string } }
>`
  mutation RecordAuditFinding($input: RecordAuditFindingInput!) { recordAuditFinding(input: $input) { position } }
`;

export const START_RECTIFICATION = gql<Payload<'startRectification'>, { input: RectificationRef & { measure: string } }>`
  mutation StartRectification($input: StartRectificationInput!) { startRectification(input: $input) { position } }
`;

export const ADD_RECTIFICATION_EVIDENCE = gql<Payload<'addRectificationEvidence'>, { input: RectificationRef & { note: string } }>`
  mutation AddRectificationEvidence($input: RectificationNoteInput!) { addRectificationEvidence(input: $input) { position } }
`;

export const REPORT_RECTIFIED = gql<Payload<'reportRectified'>, { input: RectificationRef & { note: string } }>`
  mutation ReportRectified($input: RectificationNoteInput!) { reportRectified(input: $input) { position } }
`;

export const RETURN_RECTIFICATION = gql<Payload<'returnRectification'>, { input: RectificationRef & { reason: string } }>`
  mutation ReturnRectification($input: ReturnRectificationInput!) { returnRectification(input: $input) { position } }
`;

export const CLOSE_RECTIFICATION = gql<Payload<'closeRectification'>, { input: RectificationRef & { comment?: string | null } }>`
  mutation CloseRectification($input: CloseRectificationInput!) { closeRectification(input: $input) { position } }
`;

/** 代理审批: a substitute named for a deciding role of a unit (docs/deadlines-and-rectification.md). */
export interface Delegation {
  delegationId: string;
  unitCode: string;
  sectionId: string | null;
  role: string;
  roleLabel: string;
  delegatorUserId: string;
  delegatorName: string;
  substituteUserId: string;
  substituteName: string;
  validFrom: string;
  validUntil: string;
  reason: string;
  revoked: boolean;
  inForce: boolean;
}

const DELEGATION_FIELDS = 'delegationId unitCode sectionId role roleLabel delegatorUserId delegatorName substituteUserId substituteName validFrom validUntil reason revoked inForce';

export const DELEGATIONS = gql<{ delegations: Delegation[]; people: Array<{ id: string; name: string }> }, { unitCode: string }>`
  query Delegations($unitCode: String!) {
    delegations(unitCode: $unitCode) { ${DELEGATION_FIELDS} }
    people(unitCode: $unitCode) { id name }
  }
`;

export interface GrantDelegationInput {
  commandId?: string;
  unitCode: string;
  sectionId?: string | null;
  role: string;
  delegatorUserId: string;
  substituteUserId: string;
  validFrom: string;
  validUntil: string;
  reason: string;
}

export const GRANT_DELEGATION = gql<{ grantDelegation: { position: string; delegation: Delegation } }, { input: GrantDelegationInput }>`
  mutation GrantDelegation($input: GrantDelegationInput!) { grantDelegation(input: $input) { position delegation { ${DELEGATION_FIELDS} } } }
`;

export const REVOKE_DELEGATION = gql<{ revokeDelegation: { position: string } }, { input: { commandId?: string; unitCode: string; delegationId: string; reason: string } }>`
  mutation RevokeDelegation($input: RevokeDelegationInput!) { revokeDelegation(input: $input) { position } }
`;
