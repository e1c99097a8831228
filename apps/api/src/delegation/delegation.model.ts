import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: '代理审批: a substitute named for a deciding role of a unit, who may decide its steps once overdue by the escalation days.' })
export class Delegation {
  @Field(() => ID, { description: 'e.g. 323001-D1' }) delegationId!: string;
  @Field() unitCode!: string;
  @Field(() => String, { nullable: true, description: 'The section, for a section head’s step.' }) sectionId!: string | null;
  @Field({ description: 'SECTION_HEAD, OFFICE or LEADER' }) role!: string;
  @Field({ description: 'e.g. 办公室（OFFICE）' }) roleLabel!: string;
  @Field({ description: '被代理人: whom the substitute decides for.' }) delegatorUserId!: string;
  @Field() delegatorName!: string;
  @Field({ description: '代理人' }) substituteUserId!: string;
  @Field() substituteName!: string;
  @Field({ description: 'First day, YYYY-MM-DD (China).' }) validFrom!: string;
  @Field({ description: 'Last day, YYYY-MM-DD (China).' }) validUntil!: string;
  @Field() reason!: string;
  @Field() grantedByUserId!: string;
  @Field() revoked!: boolean;
  @Field(() => String, { nullable: true }) revokeReason!: string | null;
  @Field({ description: 'Not revoked, and today (by the application clock) within its days.' }) inForce!: boolean;
}

@InputType({ description: '指定代理人 (the unit’s OFFICE or LEADER; the leader’s own step only by the LEADER).' })
export class GrantDelegationInput {
  @Field(() => ID, { nullable: true, description: 'Send the same id when retrying; a handled id writes nothing new.' }) commandId?: string | null;
  @Field() unitCode!: string;
  @Field(() => String, { nullable: true, description: 'Required for SECTION_HEAD.' }) sectionId?: string | null;
  @Field({ description: 'SECTION_HEAD, OFFICE or LEADER' }) role!: string;
  @Field({ description: '被代理人: the holder of the role who is away.' }) delegatorUserId!: string;
  @Field({ description: '代理人: a person of the same unit.' }) substituteUserId!: string;
  @Field({ description: 'YYYY-MM-DD' }) validFrom!: string;
  @Field({ description: 'YYYY-MM-DD, included' }) validUntil!: string;
  @Field({ description: '委托原因 (required)' }) reason!: string;
}

@InputType({ description: '撤销代理' })
export class RevokeDelegationInput {
  @Field(() => ID, { nullable: true }) commandId?: string | null;
  @Field() unitCode!: string;
  @Field() delegationId!: string;
  @Field({ description: '撤销原因 (required)' }) reason!: string;
}

@ObjectType({ description: 'What grantDelegation or revokeDelegation did.' })
export class DelegationPayload {
  @Field() commandId!: string;
  @Field(() => Int) revision!: number;
  @Field({ description: 'Global position written; pass it as minPosition to read your own write.' }) position!: string;
  @Field() replayed!: boolean;
  @Field(() => Delegation, { description: 'The delegation granted or revoked.' }) delegation!: Delegation;
}
