import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApprovalStepId } from '../directory/directory.models.js';

/**
 * The inputs and payload every document reviewed through an approval chain shares (target
 * tables, mid-term reviews, final evaluations; docs/workflow.md), defined once. Each document
 * names them for its own mutations (e.g. `ApproveMidtermReviewStepInput`) with a one-line
 * subclass, so the schema's type names stay as clients use them.
 */

/** Where a return (退回) sends a submission: back to the preparer, or to an earlier step that decides again. */
export enum ReturnDestination {
  PREPARER = 'PREPARER',
  SECTION = 'SECTION',
  OFFICE = 'OFFICE',
  LEADER = 'LEADER',
}
registerEnumType(ReturnDestination, {
  name: 'ReturnDestination',
  description: 'Where a return sends the submission.',
  valuesMap: {
    PREPARER: { description: '退回经办人（科室经办人）修改后重新提交' },
    SECTION: { description: '退回「科室负责人审核」步骤重新审核' },
    OFFICE: { description: '退回「办公室审核」步骤重新审核' },
    LEADER: { description: '退回「单位负责人审核」步骤重新审核' },
  },
});

/** Names a project's year; the command id makes a retry harmless. */
@InputType({ isAbstract: true })
export class ProjectRefInput {
  @Field(() => ID, { nullable: true, description: 'Choose an id (e.g. a UUID) and send it again when retrying: a handled id writes nothing new.' })
  commandId?: string | null;
  @Field({ description: '项目编码' }) projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
}

/** 审核通过: approve the step the document awaits. */
@InputType({ isAbstract: true })
export class ApproveStepInput extends ProjectRefInput {
  @Field(() => ApprovalStepId, { description: 'The step being approved, e.g. SECTION: a decision about a step no longer awaited is a CONFLICT.' }) step!: string;
  @Field(() => String, { nullable: true, description: '审核意见' }) comment?: string | null;
}

/** 退回: send the document back with a reason. */
@InputType({ isAbstract: true })
export class ReturnStepInput extends ProjectRefInput {
  @Field(() => ApprovalStepId, { description: 'The step deciding the return: the one the document awaits.' }) step!: string;
  @Field(() => ReturnDestination, { description: 'PREPARER, or an earlier step that decides again.' }) to!: string;
  @Field({ description: '退回原因 (required)' }) reason!: string;
}

/** What a command on a project's year did; each document's payload adds the view of what it wrote. */
@ObjectType({ isAbstract: true })
export class ProjectCommandResult {
  @Field(() => ID) commandId!: string;
  @Field() projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => Int, { description: 'Revision of the document’s stream after the command.' }) revision!: number;
  @Field({ description: 'Global position written; pass it as minPosition (or x-min-position) to read your own write.' }) position!: string;
  @Field({ description: 'True when this command id had been handled already and nothing new was written.' }) replayed!: boolean;
}
