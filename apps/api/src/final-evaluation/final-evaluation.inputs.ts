import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { ApproveStepInput, ProjectRefInput, ReturnStepInput } from '../graphql/review-command.types.js';

export enum QualitativeGrade {
  ACHIEVED = 'ACHIEVED',
  PARTLY_ACHIEVED = 'PARTLY_ACHIEVED',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
}
registerEnumType(QualitativeGrade, {
  name: 'QualitativeGrade',
  valuesMap: {
    ACHIEVED: { description: '达成: 80 to 100 % of the indicator’s points' },
    PARTLY_ACHIEVED: { description: '部分达成: 60 to under 80 %' },
    NOT_ACHIEVED: { description: '未达成: 0 to under 60 %' },
  },
});

@InputType()
export class FinalEvaluationRefInput extends ProjectRefInput {}

@InputType({ description: 'The result of one indicator: `actual` for a numeric target, `grade` and `percent` for a qualitative one.' })
export class IndicatorResultInput {
  @Field(() => Int, { description: 'Position of the indicator in the approved targets, from 0.' }) index!: number;
  @Field(() => String, { nullable: true, description: '实际完成值 as a decimal, e.g. "8" or "98.5".' }) actual?: string | null;
  @Field(() => QualitativeGrade, { nullable: true }) grade?: QualitativeGrade | null;
  @Field(() => String, { nullable: true, description: 'Percent of the indicator’s points inside the grade’s band, e.g. "90".' }) percent?: string | null;
}

@InputType()
export class RecordFinalEvaluationResultsInput extends FinalEvaluationRefInput {
  @Field(() => [IndicatorResultInput]) results!: IndicatorResultInput[];
}

@InputType()
export class SetFinalEvaluationWeightsInput extends FinalEvaluationRefInput {
  @Field(() => [String], { nullable: 'items', description: 'One per indicator, in percent of its group; null for every indicator of a group split evenly. Each weighted group adds up to 100.' })
  weights!: Array<string | null>;
}

@InputType({ description: '原因 and 改进措施.' })
export class ExplanationInput {
  @Field() cause!: string;
  @Field() measure!: string;
}

@InputType()
export class IndicatorExplanationInput extends ExplanationInput {
  @Field(() => Int) index!: number;
}

@InputType()
export class ExplainFinalEvaluationInput extends FinalEvaluationRefInput {
  @Field(() => ExplanationInput, { nullable: true, description: 'Of an execution rate under 90 %.' }) execution?: ExplanationInput | null;
  @Field(() => [IndicatorExplanationInput], { defaultValue: [] }) indicators!: IndicatorExplanationInput[];
}

@InputType()
export class ApproveFinalEvaluationStepInput extends ApproveStepInput {}

@InputType()
export class ReturnFinalEvaluationInput extends ReturnStepInput {}

@InputType()
export class CorrectFinalEvaluationInput extends FinalEvaluationRefInput {
  @Field({ description: 'Why the approved evaluation is corrected.' }) reason!: string;
}
