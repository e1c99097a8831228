import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ApprovalStepId } from '../directory/directory.models.js';
import { Likelihood } from '../midterm-review/midterm-review.inputs.js';
import { ReturnDestination } from '../graphql/review-command.types.js';

/** Names a department's year; the command id makes a retry harmless. */
@InputType()
export class DepartmentRefInput {
  @Field(() => ID, { nullable: true, description: 'Choose an id (e.g. a UUID) and send it again when retrying: a handled id writes nothing new.' })
  commandId?: string | null;
  @Field({ description: 'The department: the code of the unit that publishes its document, e.g. 323001.' }) departmentCode!: string;
  @Field(() => Int) fiscalYear!: number;
}

@InputType()
export class SubGoalInput {
  @Field({ description: '分项目标标题' }) title!: string;
  @Field({ description: '绩效目标' }) goal!: string;
  @Field(() => [String], { description: '绩效指标: one sentence each, kept exactly, e.g. 享受就业补助人数 300人以上' }) indicators!: string[];
}

@InputType()
export class SafeguardInput {
  @Field() title!: string;
  @Field() text!: string;
}

@InputType({ description: '部门整体绩效目标: part one of the document as written.' })
export class DepartmentTargetsContentInput {
  @Field({ description: '部门名称' }) departmentName!: string;
  @Field(() => [String], { description: 'The units the document covers, e.g. ["323001", "323003"].' }) unitCodes!: string[];
  @Field({ description: '总体绩效目标' }) overallGoal!: string;
  @Field(() => [SubGoalInput], { description: '分项绩效目标' }) subGoals!: SubGoalInput[];
  @Field(() => [SafeguardInput], { description: '工作保障措施' }) safeguards!: SafeguardInput[];
}

@InputType()
export class DepartmentTargetsWriteInput extends DepartmentRefInput {
  @Field(() => DepartmentTargetsContentInput) content!: DepartmentTargetsContentInput;
}

@InputType()
export class SetDepartmentBasicExpenditureInput extends DepartmentRefInput {
  @Field(() => String, { nullable: true, description: '基本支出 in yuan, e.g. "1250000.00"; null: none.' }) amount?: string | null;
}

@InputType()
export class ApproveDepartmentTargetsStepInput extends DepartmentRefInput {
  @Field(() => ApprovalStepId, { description: 'The step being approved, e.g. OFFICE: a decision about a step no longer awaited is a CONFLICT.' }) step!: string;
  @Field(() => String, { nullable: true, description: '审核意见' }) comment?: string | null;
}

@InputType()
export class ReturnDepartmentTargetsInput extends DepartmentRefInput {
  @Field(() => ApprovalStepId, { description: 'The step deciding the return: the one the document awaits.' }) step!: string;
  @Field(() => ReturnDestination, { description: 'PREPARER, or an earlier step that decides again.' }) to!: string;
  @Field({ description: '退回原因 (required)' }) reason!: string;
}

@InputType()
export class StartDepartmentTargetsAdjustmentInput extends DepartmentRefInput {
  @Field({ description: '调整原因 (required)' }) reason!: string;
}

@InputType()
export class SubGoalLinkInput extends DepartmentRefInput {
  @Field(() => Int, { description: 'The sub-goal, from 0 (第 1 项 is 0).' }) subGoal!: number;
  @Field({ description: '项目编码 of a table of one of the department’s units' }) projectCode!: string;
}

@InputType({ description: '进度填报 of an indicator of the approved department targets (docs/department-targets.md, progress).' })
export class ReportDepartmentIndicatorProgressInput extends DepartmentRefInput {
  @Field(() => Int, { description: 'The sub-goal, from 0 (第 1 项 is 0).' }) subGoal!: number;
  @Field(() => Int, { description: 'The indicator’s position in the sub-goal, from 0.' }) index!: number;
  @Field({ description: '已完成值: a number against a figure (in its unit), words against a sentence without one.' }) value!: string;
  @Field({ description: '截至日期 YYYY-MM-DD, within the fiscal year.' }) asOf!: string;
  @Field(() => String, { nullable: true, description: '全年预计完成值 (optional).' }) expectedFullYear?: string | null;
  @Field(() => Likelihood, { nullable: true, description: '实现可能性 (optional).' }) likelihood?: Likelihood | null;
  @Field(() => String, { nullable: true, description: '说明 (optional).' }) note?: string | null;
}
