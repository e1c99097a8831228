import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type ApprovalStepKind, type Role as DomainRole } from '@app/domain';

/** The roles of docs/domain-rules.md; the GraphQL values are the domain's. */
export enum Role {
  PREPARER = 'PREPARER',
  SECTION_HEAD = 'SECTION_HEAD',
  OFFICE = 'OFFICE',
  LEADER = 'LEADER',
  AUDITOR = 'AUDITOR',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do, and where (docs/domain-rules.md).',
  valuesMap: {
    PREPARER: { description: '科室经办人: drafts, submits and withdraws its own section’s tables.' },
    SECTION_HEAD: { description: '科室负责人: decides the section step for its section.' },
    OFFICE: { description: '办公室 (财务): decides the office step for its unit.' },
    LEADER: { description: '单位负责人: decides the leader step where the chain has one.' },
    AUDITOR: { description: '审计: reads everything, changes nothing.' },
    ADMIN: { description: '管理员: manages units, sections, users, roles and approval chains.' },
  },
});

/** A step of an approval chain, for chains, target tables and reviews alike (was the enum ApprovalStepId). */
export enum ApprovalStepId {
  SECTION = 'SECTION',
  OFFICE = 'OFFICE',
  LEADER = 'LEADER',
}

registerEnumType(ApprovalStepId, {
  name: 'ApprovalStepId',
  description: 'Where a step of an approval chain is decided.',
  valuesMap: {
    SECTION: { description: '科室审核: in the table’s section.' },
    OFFICE: { description: '办公室审核: by the unit’s office.' },
    LEADER: { description: '单位负责人审核: by the unit’s leadership.' },
  },
});

// The GraphQL enums must stay the domain's values.
const _roles: Record<DomainRole, Role> = Role;
const _steps: Record<ApprovalStepKind, ApprovalStepId> = ApprovalStepId;
void _roles;
void _steps;

@ObjectType({ description: 'A user of the directory, without any secret.' })
export class User {
  @Field(() => ID) id!: string;
  @Field({ description: 'Login name.' }) userName!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) unitCode!: string | null;
  @Field(() => String, { nullable: true }) sectionId!: string | null;
  @Field(() => [Role]) roles!: Role[];
  @Field() active!: boolean;
}

@ObjectType()
export class ApprovalChainStepModel {
  @Field(() => ApprovalStepId) step!: ApprovalStepId;
  @Field(() => Role) role!: Role;
}

@ObjectType('ApprovalChain', { description: '审核流程: the ordered steps a submission of the unit passes.' })
export class ApprovalChainModel {
  @Field(() => Int, { description: 'Grows with each configuration; a submission keeps the version it started with.' }) version!: number;
  @Field(() => [ApprovalChainStepModel]) steps!: ApprovalChainStepModel[];
}

@ObjectType()
export class Section {
  @Field(() => ID) sectionId!: string;
  @Field() unitCode!: string;
  @Field() name!: string;
}

@ObjectType({ description: '单位: a budget unit with its sections and current approval chain.' })
export class Unit {
  @Field(() => ID) unitCode!: string;
  @Field() name!: string;
  @Field(() => [Section]) sections!: Section[];
  @Field(() => ApprovalChainModel, { nullable: true }) approvalChain!: ApprovalChainModel | null;
  @Field(() => ApprovalChainModel, { nullable: true, description: 'The chain of the department’s overall targets once configured; null: the default, 办公室 → 单位负责人.' })
  departmentTargetsChain!: ApprovalChainModel | null;
}

@ObjectType({ description: 'What a directory command did.' })
export class DirectoryCommandPayload {
  @Field(() => ID) commandId!: string;
  @Field(() => Int, { description: 'Revision of the directory stream after the command.' }) revision!: number;
  @Field({ description: 'Global position written.' }) position!: string;
  @Field({ description: 'True when this command id had been handled already and nothing new was written.' }) replayed!: boolean;
  @Field(() => ID, { nullable: true, description: 'The user the command was about, e.g. the id of a registered user.' })
  userId!: string | null;
}
