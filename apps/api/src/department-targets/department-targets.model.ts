import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApprovalStep } from '../target-tables/target-table.model.js';
import { writtenViewField } from '../graphql/written-view-field.js';

@ObjectType({ description: 'An indicator of a sub-goal: the sentence exactly as written, and what could be read from it.' })
export class DepartmentIndicator {
  @Field({ description: 'The sentence as the document prints it.' }) sentence!: string;
  @Field({ description: '三级指标 name (the sentence where no figure was read).' }) name!: string;
  @Field(() => String, { nullable: true, description: '≥, ≤, =, > or <; null without a figure.' }) comparator!: string | null;
  @Field(() => String, { nullable: true, description: 'Exact decimal.' }) value!: string | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
}

@ObjectType({ description: 'A project table serving a sub-goal.' })
export class SubGoalLink {
  @Field() projectCode!: string;
  @Field({ description: 'SUGGESTED (by the rule) or CONFIRMED (by a person).' }) status!: string;
  @Field(() => String, { nullable: true, description: 'The words the table’s name shares with the sub-goal, for a suggestion.' }) reason!: string | null;
}

@ObjectType({ description: '分项绩效目标' })
export class SubGoal {
  @Field(() => Int, { description: 'From 0, as mutations name it.' }) index!: number;
  @Field() title!: string;
  @Field() goal!: string;
  @Field(() => [DepartmentIndicator]) indicators!: DepartmentIndicator[];
  @Field(() => [SubGoalLink]) links!: SubGoalLink[];
}

@ObjectType({ description: '工作保障措施' })
export class Safeguard {
  @Field() title!: string;
  @Field() text!: string;
}

@ObjectType({ description: 'A version of the document’s content.' })
export class DepartmentTargetsVersion {
  @Field(() => Int) version!: number;
  @Field() departmentName!: string;
  @Field(() => [String]) unitCodes!: string[];
  @Field({ description: '总体绩效目标' }) overallGoal!: string;
  @Field(() => [SubGoal]) subGoals!: SubGoal[];
  @Field(() => [Safeguard]) safeguards!: Safeguard[];
  @Field(() => String, { nullable: true, description: '基本支出 in yuan; null when none is entered.' }) basicExpenditure!: string | null;
}

@ObjectType({ description: 'The department’s total budget (docs/department-targets.md): its units’ approved project tables plus 基本支出, in yuan and 万元.' })
export class DepartmentBudget {
  @Field({ description: 'Sum of the approved tables’ 预算数 (元).' }) projects!: string;
  @Field({ description: '基本支出 (元), 0.00 when none.' }) basicExpenditure!: string;
  @Field({ description: 'projects + basicExpenditure (元).' }) total!: string;
  @Field({ description: 'total in 万元, as the form prints it.' }) totalWan!: string;
  @Field(() => Int, { description: 'How many approved tables the projects’ sum adds.' }) projectCount!: number;
}

@ObjectType({ description: '部门整体绩效目标: the department’s overall targets of a year, as a living document.' })
export class DepartmentTargets {
  @Field() departmentCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field({ description: 'DRAFT, IN_REVIEW, RETURNED, APPROVED or ADJUSTING.' }) status!: string;
  @Field() statusLabel!: string;
  @Field(() => DepartmentTargetsVersion, { description: 'The working version: the draft, the version under review, or the approved one.' }) working!: DepartmentTargetsVersion;
  @Field(() => DepartmentTargetsVersion, { nullable: true, description: 'The approved version in force (基线), readable while an adjustment is reviewed; null before approval.' })
  baseline!: DepartmentTargetsVersion | null;
  @Field(() => ApprovalStep, { nullable: true }) currentStep!: ApprovalStep | null;
  @Field(() => String, { nullable: true, description: 'Why it was returned, while it is back with the preparer.' }) returnReason!: string | null;
  @Field(() => DepartmentBudget, { description: 'Of the baseline’s 基本支出 once approved, of the working version’s before.' }) budget!: DepartmentBudget;
  @Field() updatedAt!: string;
  @Field() position!: string;
}

@ObjectType({ description: 'What a command on a department’s overall targets did.' })
export class DepartmentTargetsCommandPayload {
  @Field(() => ID) commandId!: string;
  @Field() departmentCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => Int, { description: 'Revision of the document’s stream after the command.' }) revision!: number;
  @Field({ description: 'Global position written; pass it as minPosition to read your own write.' }) position!: string;
  @Field({ description: 'True when this command id had been handled already and nothing new was written.' }) replayed!: boolean;
  @Field(() => DepartmentTargets, writtenViewField('The document')) departmentTargets?: DepartmentTargets | null;
}
