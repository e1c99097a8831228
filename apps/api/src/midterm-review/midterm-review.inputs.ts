import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { ApproveStepInput, ProjectRefInput, ReturnStepInput } from '../graphql/review-command.types.js';

export enum Likelihood {
  CERTAIN = 'CERTAIN',
  POSSIBLE = 'POSSIBLE',
  IMPOSSIBLE = 'IMPOSSIBLE',
}
registerEnumType(Likelihood, {
  name: 'Likelihood',
  valuesMap: { CERTAIN: { description: '确定能' }, POSSIBLE: { description: '有可能' }, IMPOSSIBLE: { description: '完全不可能' } },
});

export enum DeviationCause {
  FUNDING = 'FUNDING',
  POLICY = 'POLICY',
  STAFFING = 'STAFFING',
  FACILITIES = 'FACILITIES',
  OTHER = 'OTHER',
}
registerEnumType(DeviationCause, {
  name: 'DeviationCause',
  valuesMap: {
    FUNDING: { description: '经费保障' },
    POLICY: { description: '制度保障' },
    STAFFING: { description: '人员保障' },
    FACILITIES: { description: '硬件条件保障' },
    OTHER: { description: '其他' },
  },
});

@InputType()
export class MidtermReviewRefInput extends ProjectRefInput {}

@InputType()
export class ReportIndicatorProgressInput extends MidtermReviewRefInput {
  @Field(() => Int, { description: 'Position of the indicator in the approved targets, from 0.' }) index!: number;
  @Field({ description: 'The value reached: a number for a numeric target, words for a qualitative one.' }) value!: string;
  @Field({ description: 'YYYY-MM-DD within the fiscal year.' }) asOf!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class OpenMidtermReviewInput extends MidtermReviewRefInput {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; 31 July of the fiscal year when left out.' }) checkpointDate?: string | null;
}

@InputType()
export class IndicatorAssessmentInput {
  @Field(() => Int) index!: number;
  @Field({ description: '截至检查点的完成值' }) reached!: string;
  @Field({ description: '全年预计完成值' }) expectedFullYear!: string;
  @Field(() => Likelihood) likelihood!: Likelihood;
  @Field(() => DeviationCause, { nullable: true, description: 'Required where the likelihood is not 确定能 or the expected value misses the target.' })
  cause?: DeviationCause | null;
  @Field(() => String, { nullable: true, description: '纠偏措施; required with a cause.' }) measure?: string | null;
}

@InputType()
export class AssessMidtermIndicatorsInput extends MidtermReviewRefInput {
  @Field(() => [IndicatorAssessmentInput]) assessments!: IndicatorAssessmentInput[];
}

@InputType()
export class ApproveMidtermReviewStepInput extends ApproveStepInput {}

@InputType()
export class ReturnMidtermReviewInput extends ReturnStepInput {}
