import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DepartmentTargets } from '../department-targets/department-targets.model.js';
import { DepartmentEvaluation } from '../department-evaluation/department-evaluation.model.js';
import { FinalEvaluation } from '../final-evaluation/final-evaluation.model.js';
import { MidtermReview } from '../midterm-review/midterm-review.model.js';
import { ApprovalStepId } from '../directory/directory.models.js';
import { DecidingRole, TargetTable } from '../target-tables/target-table.model.js';

export enum InboxItemKind {
  TARGET_TABLE_REVIEW = 'TARGET_TABLE_REVIEW',
  MIDTERM_REVIEW = 'MIDTERM_REVIEW',
  FINAL_EVALUATION = 'FINAL_EVALUATION',
  DEPARTMENT_TARGETS = 'DEPARTMENT_TARGETS',
  DEPARTMENT_EVALUATION = 'DEPARTMENT_EVALUATION',
}
registerEnumType(InboxItemKind, {
  name: 'InboxItemKind',
  valuesMap: {
    TARGET_TABLE_REVIEW: { description: '绩效目标表审核: a target table awaits your step' },
    MIDTERM_REVIEW: { description: '绩效运行监控审核: a mid-term review awaits your step' },
    FINAL_EVALUATION: { description: '绩效自评审核: a final evaluation awaits your step' },
    DEPARTMENT_TARGETS: { description: '部门整体绩效目标审核: the department’s overall targets await your step (projectCode is then the department’s code)' },
    DEPARTMENT_EVALUATION: { description: '部门整体支出绩效自评审核: the department’s self-evaluation awaits your step (projectCode is then the department’s code)' },
  },
});

@ObjectType({ description: 'Something that waits for your decision: the document of one kind for a project’s year, at the step you decide.' })
export class InboxItem {
  @Field(() => InboxItemKind) kind!: InboxItemKind;
  @Field({ description: '项目编码; the department’s code for DEPARTMENT_TARGETS and DEPARTMENT_EVALUATION.' }) projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field({ description: '项目名称' }) name!: string;
  @Field() unitCode!: string;
  @Field() unitName!: string;
  @Field(() => String, { nullable: true, description: 'The owning section; null for a project of the whole unit.' }) sectionId!: string | null;
  @Field(() => ApprovalStepId, { description: 'The step you are to decide, e.g. SECTION.' }) step!: string;
  @Field({ description: 'e.g. 科室负责人审核' }) stepLabel!: string;
  @Field(() => DecidingRole) role!: DecidingRole;
  @Field({ description: 'When it was (re)submitted (ISO-8601).' }) waitingSince!: string;
  @Field(() => Int, { description: 'The version submitted: of the table, the mid-term review or the final evaluation.' }) version!: number;
  @Field(() => String, { nullable: true, description: '代理审批: the user you would decide for as substitute; null when the step is your own role’s.' }) asSubstituteFor!: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. 代理（代 陈主任）; null when the step is your own role’s.' }) substituteMark!: string | null;
  @Field(() => TargetTable, { nullable: true, description: 'The table, for TARGET_TABLE_REVIEW.' }) targetTable!: TargetTable | null;
  @Field(() => MidtermReview, { nullable: true, description: 'The review, for MIDTERM_REVIEW.' }) midtermReview!: MidtermReview | null;
  @Field(() => FinalEvaluation, { nullable: true, description: 'The evaluation, for FINAL_EVALUATION.' }) finalEvaluation!: FinalEvaluation | null;
  @Field(() => DepartmentTargets, { nullable: true, description: 'The department’s overall targets, for DEPARTMENT_TARGETS.' }) departmentTargets!: DepartmentTargets | null;
  @Field(() => DepartmentEvaluation, { nullable: true, description: 'The department’s self-evaluation, for DEPARTMENT_EVALUATION.' }) departmentEvaluation!: DepartmentEvaluation | null;
}

@ObjectType({ description: 'How many items of a kind wait, at which step.' })
export class InboxCount {
  @Field(() => InboxItemKind) kind!: InboxItemKind;
  @Field(() => ApprovalStepId) step!: string;
  @Field() stepLabel!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'What waits for your decision, oldest first.' })
export class Inbox {
  @Field(() => [InboxItem]) items!: InboxItem[];
  @Field(() => [InboxCount], { description: 'Per kind (tables, mid-term reviews, final evaluations) and step.' }) counts!: InboxCount[];
  @Field(() => Int) totalCount!: number;
}
