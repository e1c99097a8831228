import { Field, GraphQLISODateTime, InputType, Int } from '@nestjs/graphql';
import { ApprovalStepId } from '../directory/directory.models.js';
import { Role } from '../directory/directory.models.js';
import { AuditActionKind, AuditDocumentKind } from './audit-trail.model.js';

@InputType({ description: 'Every field given narrows the trail.' })
export class AuditTrailFilter {
  @Field(() => String, { nullable: true, description: '项目编码' }) projectCode?: string | null;
  @Field(() => Int, { nullable: true }) fiscalYear?: number | null;
  @Field(() => String, { nullable: true }) streamId?: string | null;
  @Field(() => String, { nullable: true }) actorUserId?: string | null;
  @Field(() => String, { nullable: true, description: 'The actor’s name as the directory had it, e.g. 陈主任.' }) actorName?: string | null;
  @Field(() => Role, { nullable: true, description: 'A role the actor held when acting.' }) role?: Role | null;
  @Field(() => String, { nullable: true, description: 'The unit the subject belongs to.' }) unitCode?: string | null;
  @Field(() => AuditActionKind, { nullable: true }) kind?: AuditActionKind | null;
  @Field(() => AuditDocumentKind, { nullable: true, description: 'The kind of document acted on, e.g. FINAL_EVALUATION with kind APPROVE and step OFFICE.' })
  documentKind?: AuditDocumentKind | null;
  @Field(() => String, { nullable: true, description: '凭证号: the payment recorded and any reversal of it.' }) voucherNumber?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version of the target table, mid-term review or final evaluation.' }) version?: number | null;
  @Field(() => ApprovalStepId, { nullable: true, description: 'The approval step decided, e.g. SECTION or OFFICE.' }) step?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this instant on, included.' }) from?: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Up to this instant, included.' }) to?: Date | null;
  @Field(() => String, { nullable: true }) correlationId?: string | null;
}
