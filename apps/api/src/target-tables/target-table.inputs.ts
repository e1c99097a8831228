import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ApproveStepInput, ProjectRefInput, ReturnStepInput } from '../graphql/review-command.types.js';

@InputType({ description: 'Amounts in yuan (元) as decimal strings with at most two decimals, e.g. "200000.00".' })
export class BudgetInput {
  @Field({ description: '预算数' }) total!: string;
  @Field({ description: '财政资金' }) fiscal!: string;
  @Field(() => String, { nullable: true, description: '其他资金 (0 when absent)' }) other?: string | null;
}

@InputType({ description: 'Cumulative planned spending in yuan at the end of each month.' })
export class SpendingPlanInput {
  @Field(() => String, { nullable: true, description: '3月底' }) mar?: string | null;
  @Field(() => String, { nullable: true, description: '6月底' }) jun?: string | null;
  @Field(() => String, { nullable: true, description: '10月底' }) oct?: string | null;
  @Field(() => String, { nullable: true, description: '12月底' }) dec?: string | null;
}

@InputType()
export class IndicatorInput {
  @Field({ description: '一级指标, e.g. 产出指标' }) level1!: string;
  @Field({ description: '二级指标, e.g. 数量指标' }) level2!: string;
  @Field({ description: '三级指标' }) level3!: string;
  @Field({ description: '绩效指标描述' }) description!: string;
  @Field({ description: '指标值 as written, e.g. ≥300人' }) valueText!: string;
  @Field({ description: '指标值确定依据' }) basis!: string;
}

@InputType({ description: 'Everything a preparer writes in a target table; text is kept exactly as given.' })
export class TargetTableContentInput {
  @Field({ description: '项目名称' }) name!: string;
  @Field() unitCode!: string;
  @Field() unitName!: string;
  @Field(() => String, { nullable: true }) sectionId?: string | null;
  @Field(() => BudgetInput) budget!: BudgetInput;
  @Field({ description: '资金用途' }) purpose!: string;
  @Field(() => SpendingPlanInput) spendingPlan!: SpendingPlanInput;
  @Field(() => [String], { description: '绩效目标' }) goals!: string[];
  @Field(() => [IndicatorInput]) indicators!: IndicatorInput[];
}

@InputType()
export class TargetTableCommandInput extends ProjectRefInput {
  @Field(() => TargetTableContentInput) content!: TargetTableContentInput;
}

@InputType({ description: 'Names a target table; the command id makes a retry harmless.' })
export class TargetTableRefInput extends ProjectRefInput {}

@InputType({ description: '审核通过: approve the step the table awaits.' })
export class ApproveTargetTableStepInput extends ApproveStepInput {}

@InputType({ description: '退回: send the table back with a reason.' })
export class ReturnTargetTableInput extends ReturnStepInput {}

@InputType({ description: '调整: after approval, propose new content; the baseline stays in force until it is approved.' })
export class ProposeTargetTableAdjustmentInput extends TargetTableRefInput {
  @Field(() => TargetTableContentInput) content!: TargetTableContentInput;
  @Field({ description: '调整原因' }) reason!: string;
}
