import { Field, ID, InputType } from '@nestjs/graphql';
import { ApprovalStepId, Role } from './directory.models.js';

const commandIdOptions = { nullable: true, description: 'Optional; send the same id when retrying, and nothing is written twice.' } as const;

@InputType()
export class CreateUnitInput {
  @Field(() => ID, commandIdOptions) commandId?: string | null;
  @Field({ description: '单位编码, e.g. 323001.' }) unitCode!: string;
  @Field() name!: string;
}

@InputType()
export class CreateSectionInput {
  @Field(() => ID, commandIdOptions) commandId?: string | null;
  @Field() unitCode!: string;
  @Field({ description: 'Unique in the whole directory, e.g. 323001-jiuye.' }) sectionId!: string;
  @Field() name!: string;
}

@InputType()
export class RegisterUserInput {
  @Field(() => ID, commandIdOptions) commandId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Optional; chosen by the server when absent.' }) userId?: string | null;
  @Field({ description: 'Login name, unique regardless of case.' }) userName!: string;
  @Field() displayName!: string;
  @Field() unitCode!: string;
  @Field(() => String, { nullable: true }) sectionId?: string | null;
  @Field({ description: 'At least 10 characters; stored only as a scrypt hash.' }) password!: string;
}

@InputType()
export class RoleInput {
  @Field(() => ID, commandIdOptions) commandId?: string | null;
  @Field(() => ID) userId!: string;
  @Field(() => Role) role!: Role;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => ID, commandIdOptions) commandId?: string | null;
  @Field(() => ID) userId!: string;
  @Field(() => String, { nullable: true, description: 'Required when changing your own password (unless you are an ADMIN).' })
  currentPassword?: string | null;
  @Field({ description: 'At least 10 characters.' }) newPassword!: string;
}

@InputType()
export class DeactivateUserInput {
  @Field(() => ID, commandIdOptions) commandId?: string | null;
  @Field(() => ID) userId!: string;
}

@InputType()
export class ApprovalChainStepInput {
  @Field(() => ApprovalStepId) step!: ApprovalStepId;
  @Field(() => Role) role!: Role;
}

@InputType()
export class ConfigureApprovalChainInput {
  @Field(() => ID, commandIdOptions) commandId?: string | null;
  @Field() unitCode!: string;
  @Field(() => [ApprovalChainStepInput], { description: 'In order, e.g. SECTION/SECTION_HEAD then OFFICE/OFFICE.' })
  steps!: ApprovalChainStepInput[];
  @Field(() => String, {
    nullable: true,
    description: 'Which documents the chain routes: PROJECT (default: target tables, mid-term reviews, final evaluations) or DEPARTMENT_TARGETS (部门整体绩效目标, no SECTION step).',
  })
  documentKind?: string | null;
}
