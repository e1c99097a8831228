import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApprovalStepId } from '../directory/directory.models.js';
import {
  auditActionKindLabels,
  auditDocumentKindLabels,
  type AuditActionKind as DomainAuditActionKind,
  type AuditDocumentKind as DomainAuditDocumentKind,
} from '@app/domain';
import { Connection } from '../graphql/connection.js';
import { Role } from '../directory/directory.models.js';
import { ContentFieldChange } from '../target-table-versions/target-table-version.model.js';

/** Each value described as "中文 — English", e.g. "冲销 — reversing a recorded payment with a reason". */
function registerLabelledEnum<K extends string>(
  values: Record<string, K>,
  name: string,
  description: string,
  labels: Readonly<Record<K, string>>,
  descriptions: Readonly<Record<K, string>>,
): void {
  const valuesMap = Object.fromEntries(Object.values(values).map((value) => [value, { description: `${labels[value]} — ${descriptions[value]}` }]));
  registerEnumType(values, { name, description, valuesMap });
}

/** The domain's kinds of action; the GraphQL values are the domain's. */
export enum AuditActionKind {
  DRAFT = 'DRAFT',
  REVISE = 'REVISE',
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
  BASELINE = 'BASELINE',
  RETURN = 'RETURN',
  WITHDRAW = 'WITHDRAW',
  ADJUST = 'ADJUST',
  IMPORT = 'IMPORT',
  DISBURSE = 'DISBURSE',
  REVERSE = 'REVERSE',
  PROGRESS = 'PROGRESS',
  MIDTERM = 'MIDTERM',
  EVALUATE = 'EVALUATE',
  INTEGRITY = 'INTEGRITY',
  DIRECTORY = 'DIRECTORY',
  LOGIN = 'LOGIN',
  RECTIFY = 'RECTIFY',
  CONFIGURE = 'CONFIGURE',
  NOTIFY = 'NOTIFY',
  DELEGATE = 'DELEGATE',
  OTHER = 'OTHER',
}
const kindDescriptions: Record<DomainAuditActionKind, string> = {
  DRAFT: 'drafting a target table',
  REVISE: 'revising a draft',
  SUBMIT: 'submitting or resubmitting a target table, mid-term review or final evaluation',
  APPROVE: 'approving one step of a chain, for any document',
  BASELINE: 'the last step approved: a table version becomes the baseline, a review or evaluation final',
  RETURN: 'returning with a reason, for any document',
  WITHDRAW: 'withdrawing a submission, for any document',
  ADJUST: 'proposing an adjustment of the baseline, or a correction of an approved final evaluation',
  IMPORT: 'recording a published table as an approved baseline, from a document',
  DISBURSE: 'recording a payment in the disbursement ledger (amount, date, voucher, payee)',
  REVERSE: 'reversing a recorded payment with a reason',
  PROGRESS: 'reporting the value an indicator has reached during the year',
  MIDTERM: 'starting monitoring, opening a mid-term review, assessing its indicators, recording its execution',
  EVALUATE: 'opening a final evaluation, recording results, weights, execution and explanations',
  INTEGRITY: 'anchoring the audit trail: a signed checkpoint of every stream (AUDITOR and ADMIN only)',
  DIRECTORY: 'units, sections, users, roles and approval chains',
  LOGIN: 'sign-in attempts and locks (AUDITOR and ADMIN only)',
  RECTIFY: 'proposing, working, returning and closing a rectification item (整改)',
  CONFIGURE: "setting a fiscal year's calendar (due dates, decision and reminder days)",
  NOTIFY: 'notifications issued to people, read by them, and where they are e-mailed (AUDITOR and ADMIN only)',
  DELEGATE: 'naming or revoking a substitute who may decide an overdue step of a unit',
  OTHER: 'an action of another capability',
};
registerLabelledEnum(AuditActionKind, 'AuditActionKind', 'What kind of thing a person did.', auditActionKindLabels, kindDescriptions);

/** The domain's kinds of document; the GraphQL values are the domain's. */
export enum AuditDocumentKind {
  TARGET_TABLE = 'TARGET_TABLE',
  LEDGER = 'LEDGER',
  MIDTERM_REVIEW = 'MIDTERM_REVIEW',
  FINAL_EVALUATION = 'FINAL_EVALUATION',
  DEPARTMENT_TARGETS = 'DEPARTMENT_TARGETS',
  DEPARTMENT_EVALUATION = 'DEPARTMENT_EVALUATION',
  DIRECTORY = 'DIRECTORY',
  LOGIN = 'LOGIN',
  INTEGRITY = 'INTEGRITY',
  RECTIFICATION = 'RECTIFICATION',
  CALENDAR = 'CALENDAR',
  NOTIFICATION = 'NOTIFICATION',
}
const documentKindDescriptions: Record<DomainAuditDocumentKind, string> = {
  TARGET_TABLE: "a project's performance target table",
  LEDGER: "a project's disbursement ledger",
  MIDTERM_REVIEW: "a project's monitoring during the year and its mid-term review",
  FINAL_EVALUATION: "a project's final evaluation after the year",
  DEPARTMENT_TARGETS: "the department's overall targets (部门整体绩效目标) of a year",
  DEPARTMENT_EVALUATION: "the department's self-evaluation after the year (部门整体支出绩效自评)",
  DIRECTORY: 'units, sections, users, roles and approval chains',
  LOGIN: 'sign-in attempts and locks (AUDITOR and ADMIN only)',
  INTEGRITY: 'the signed anchors of the audit trail (AUDITOR and ADMIN only)',
  RECTIFICATION: "a project's rectification items (整改)",
  CALENDAR: "a fiscal year's calendar, the department's or a unit's",
  NOTIFICATION: 'the notification centre (AUDITOR and ADMIN only)',
};
registerLabelledEnum(
  AuditDocumentKind,
  'AuditDocumentKind',
  'What an action was done to: tells, e.g., the office approval of a table from that of an evaluation.',
  auditDocumentKindLabels,
  documentKindDescriptions,
);

export enum AuditTrailOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}
registerEnumType(AuditTrailOrder, { name: 'AuditTrailOrder' });

@ObjectType({ description: 'Who acted, as the directory knew them when they acted.' })
export class AuditActor {
  @Field() userId!: string;
  @Field() name!: string;
  @Field(() => [Role]) roles!: Role[];
  @Field(() => String, { nullable: true }) unitCode!: string | null;
  @Field(() => String, { nullable: true }) sectionId!: string | null;
}

@ObjectType({ description: 'One stored event, in words: who did what, when, to what and why.' })
export class AuditTrailEntry {
  @Field(() => ID, { description: 'The event id.' }) id!: string;
  @Field({ description: 'Global position in the event log.' }) position!: string;
  @Field() streamId!: string;
  @Field(() => Int, { description: 'Revision of the event in its stream.' }) revision!: number;
  @Field({ description: 'When (ISO-8601).' }) at!: string;
  @Field() eventType!: string;
  @Field(() => AuditActionKind) kind!: AuditActionKind;
  @Field({ description: 'The action in Chinese, e.g. 审核通过.' }) label!: string;
  @Field({ description: 'The action in words, e.g. "approved the office step (办公室审核) of version 1".' }) summary!: string;
  @Field({ description: 'What it was done to, e.g. "target table 13052922P00584010316P of 2022".' }) subject!: string;
  @Field(() => AuditDocumentKind, { nullable: true, description: 'The kind of document it was done to; null for an event of a capability this build does not describe.' })
  documentKind!: AuditDocumentKind | null;
  @Field(() => String, { nullable: true, description: '凭证号 of the payment a ledger entry records or reverses.' }) voucherNumber!: string | null;
  @Field(() => AuditActor) actor!: AuditActor;
  @Field(() => String, { nullable: true }) projectCode!: string | null;
  @Field(() => Int, { nullable: true }) fiscalYear!: number | null;
  @Field(() => Int, { nullable: true, description: 'The version of the target table, mid-term review or final evaluation concerned.' }) version!: number | null;
  @Field(() => ApprovalStepId, { nullable: true, description: 'The approval step decided, e.g. OFFICE.' }) step!: string | null;
  @Field(() => String, { nullable: true, description: 'The unit the subject belongs to.' }) unitCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Why: the reason of a return, a reversal, an adjustment or a correction, the comment of an approval, the note of a payment, the measures and explanations of a review.' })
  reason!: string | null;
  @Field() correlationId!: string;
  @Field() commandId!: string;
  @Field(() => [ContentFieldChange], { nullable: true, description: 'For a revision or an adjustment: the fields changed, before and after.' })
  changes!: ContentFieldChange[] | null;
}

@ObjectType()
export class AuditTrailConnection extends Connection(AuditTrailEntry, 'AuditTrail') {}
