import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { auditActionKindLabels, type AuditActionKind as DomainAuditActionKind } from '@app/domain';
import { Connection } from '../graphql/connection.js';
import { Role } from '../directory/directory.models.js';
import { ContentFieldChange } from '../target-table-versions/target-table-version.model.js';

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
  DIRECTORY = 'DIRECTORY',
  LOGIN = 'LOGIN',
  OTHER = 'OTHER',
}
const kindDescriptions: Record<DomainAuditActionKind, string> = {
  DRAFT: 'drafting a target table',
  REVISE: 'revising a draft',
  SUBMIT: 'submitting or resubmitting',
  APPROVE: 'approving one step of a chain',
  BASELINE: 'the last step approved: the version becomes the baseline',
  RETURN: 'returning with a reason',
  WITHDRAW: 'withdrawing a submission',
  ADJUST: 'proposing an adjustment of the baseline',
  IMPORT: 'recording a published table as an approved baseline, from a document',
  DIRECTORY: 'units, sections, users, roles and approval chains',
  LOGIN: 'sign-in attempts and locks (AUDITOR and ADMIN only)',
  OTHER: 'an action of another capability',
};
registerEnumType(AuditActionKind, {
  name: 'AuditActionKind',
  description: 'What kind of thing a person did.',
  valuesMap: Object.fromEntries(
    Object.values(AuditActionKind).map((kind) => [kind, { description: `${auditActionKindLabels[kind]} — ${kindDescriptions[kind]}` }]),
  ),
});

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
  @Field(() => AuditActor) actor!: AuditActor;
  @Field(() => String, { nullable: true }) projectCode!: string | null;
  @Field(() => Int, { nullable: true }) fiscalYear!: number | null;
  @Field(() => Int, { nullable: true, description: 'The target table version concerned.' }) version!: number | null;
  @Field(() => String, { nullable: true, description: 'The approval step decided, e.g. OFFICE.' }) step!: string | null;
  @Field(() => String, { nullable: true, description: 'The unit the subject belongs to.' }) unitCode!: string | null;
  @Field(() => String, { nullable: true, description: 'The reason of a return or an adjustment, or the comment of an approval.' })
  reason!: string | null;
  @Field() correlationId!: string;
  @Field() commandId!: string;
  @Field(() => [ContentFieldChange], { nullable: true, description: 'For a revision or an adjustment: the fields changed, before and after.' })
  changes!: ContentFieldChange[] | null;
}

@ObjectType()
export class AuditTrailConnection extends Connection(AuditTrailEntry, 'AuditTrail') {}
