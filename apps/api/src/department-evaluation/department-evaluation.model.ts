import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DepartmentIndicator } from '../department-targets/department-targets.model.js';
import { EvaluationGrade } from '../final-evaluation/final-evaluation.model.js';
import { QualitativeGrade } from '../final-evaluation/final-evaluation.inputs.js';
import { writtenViewField } from '../graphql/written-view-field.js';
import { ApprovalStep } from '../target-tables/target-table.model.js';

@ObjectType({ description: 'What was recorded for a department indicator: a measured value, or a grade with its percent.' })
export class DepartmentIndicatorResult {
  @Field({ description: 'MEASURED or GRADED.' }) kind!: string;
  @Field(() => String, { nullable: true }) actual!: string | null;
  @Field(() => QualitativeGrade, { nullable: true }) grade!: QualitativeGrade | null;
  @Field(() => String, { nullable: true }) percent!: string | null;
}

@ObjectType({ description: 'A department indicator as evaluated: numbered across the sub-goals, with its part, result and score.' })
export class EvaluatedDepartmentIndicator {
  @Field(() => Int, { description: 'From 0, across the sub-goals in order, as recordDepartmentEvaluationResults numbers it.' }) index!: number;
  @Field(() => Int, { description: 'The sub-goal, from 0.' }) subGoal!: number;
  @Field(() => DepartmentIndicator) indicator!: DepartmentIndicator;
  @Field({ description: 'OUTPUT (产出) or SATISFACTION (满意度).' }) part!: string;
  @Field(() => DepartmentIndicatorResult, { nullable: true }) result!: DepartmentIndicatorResult | null;
  @Field(() => String, { nullable: true, description: 'Points of the row; null until the evaluation can be scored.' }) points!: string | null;
  @Field(() => String, { nullable: true }) score!: string | null;
}

@ObjectType({ description: '预算执行, 产出, 效益 or 满意度 with its points (after any redistribution) and score.' })
export class DepartmentScorePart {
  @Field({ description: 'BUDGET_EXECUTION, OUTPUT, EFFECT or SATISFACTION.' }) part!: string;
  @Field() label!: string;
  @Field() points!: string;
  @Field() score!: string;
}

@ObjectType({ description: 'The department’s score (docs/department-evaluation.md), every figure as shown (2 decimals), money in yuan.' })
export class DepartmentScore {
  @Field() total!: string;
  @Field(() => EvaluationGrade) grade!: EvaluationGrade;
  @Field() gradeLabel!: string;
  @Field(() => [DepartmentScorePart]) parts!: DepartmentScorePart[];
  @Field({ description: 'The whole budget: approved project tables plus 基本支出 (元).' }) budget!: string;
  @Field({ description: 'Paid from it over the year (元).' }) paid!: string;
  @Field(() => Int) projectCount!: number;
  @Field(() => Int, { description: 'Approved project evaluations: only these are counted.' }) finalProjectCount!: number;
  @Field(() => String, { nullable: true, description: 'Plain average of the approved project totals.' }) projectAverage!: string | null;
  @Field(() => String, { nullable: true, description: 'Budget-weighted average W: the one the score uses.' }) projectWeightedAverage!: string | null;
}

@ObjectType()
export class BudgetExecutionExplanation {
  @Field() cause!: string;
  @Field() measure!: string;
}

@ObjectType({ description: '部门整体支出绩效自评: a department’s self-evaluation of its year.' })
export class DepartmentEvaluation {
  @Field() departmentCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field() departmentName!: string;
  @Field(() => Int) version!: number;
  @Field(() => Int, { description: 'The approved version of the department targets evaluated.' }) baselineVersion!: number;
  @Field({ description: 'DRAFT, IN_REVIEW, RETURNED or APPROVED.' }) status!: string;
  @Field() statusLabel!: string;
  @Field(() => ApprovalStep, { nullable: true }) currentStep!: ApprovalStep | null;
  @Field(() => String, { nullable: true }) returnReason!: string | null;
  @Field(() => [EvaluatedDepartmentIndicator]) indicators!: EvaluatedDepartmentIndicator[];
  @Field(() => String, { nullable: true, description: '基本支出 paid over the year (元) as entered; null until entered.' }) basicExpenditurePaid!: string | null;
  @Field(() => BudgetExecutionExplanation, { nullable: true }) executionExplanation!: BudgetExecutionExplanation | null;
  @Field(() => DepartmentScore, { nullable: true, description: 'Worked out now from the results, the approved project evaluations and the ledgers; null while something is missing (scoreProblems).' })
  score!: DepartmentScore | null;
  @Field(() => [String], { description: 'What keeps the evaluation from being scored now, in Chinese.' }) scoreProblems!: string[];
  @Field(() => DepartmentScore, { nullable: true, description: 'The score the last step approved, as recorded then.' }) approvedScore!: DepartmentScore | null;
  @Field() updatedAt!: string;
  @Field() position!: string;
}

@ObjectType({ description: 'What a command on a department’s self-evaluation did.' })
export class DepartmentEvaluationCommandPayload {
  @Field(() => ID) commandId!: string;
  @Field() departmentCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => Int) revision!: number;
  @Field({ description: 'Global position written; pass it as minPosition to read your own write.' }) position!: string;
  @Field() replayed!: boolean;
  @Field(() => DepartmentEvaluation, writtenViewField('The evaluation')) departmentEvaluation?: DepartmentEvaluation | null;
}
