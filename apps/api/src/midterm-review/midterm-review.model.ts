import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ProjectCommandResult } from '../graphql/review-command.types.js';
import { TrafficLight } from '../execution/execution.models.js';
import { Indicator, ApprovalStep } from '../target-tables/target-table.model.js';
import { DeviationCause, Likelihood } from './midterm-review.inputs.js';
import { writtenViewField } from '../graphql/written-view-field.js';

@ObjectType()
export class ProgressReport {
  @Field() value!: string;
  @Field() asOf!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() reportedBy!: string;
}

@ObjectType({ description: 'Progress reported for one indicator during the year, in the order reported.' })
export class IndicatorProgress {
  @Field(() => Int) index!: number;
  @Field(() => Indicator) indicator!: Indicator;
  @Field(() => [ProgressReport]) reports!: ProgressReport[];
}

@ObjectType({ description: 'An indicator as the review assesses it at the checkpoint.' })
export class IndicatorAssessment {
  @Field(() => Int) index!: number;
  @Field(() => Indicator) indicator!: Indicator;
  @Field() reached!: string;
  @Field() expectedFullYear!: string;
  @Field(() => Likelihood) likelihood!: Likelihood;
  @Field() likelihoodLabel!: string;
  @Field(() => DeviationCause, { nullable: true }) cause!: DeviationCause | null;
  @Field(() => String, { nullable: true }) causeLabel!: string | null;
  @Field(() => String, { nullable: true }) measure!: string | null;
  @Field({ description: 'The expected full-year value misses a numeric target.' }) behind!: boolean;
  @Field({ description: 'Not 确定能, or behind.' }) atRisk!: boolean;
}

@ObjectType({ description: 'Budget execution at the checkpoint: against the plan interpolated between its columns and against time progress (序时进度).' })
export class MidtermExecution {
  @Field() through!: string;
  @Field() budget!: string;
  @Field() spent!: string;
  @Field({ description: 'The cumulative plan interpolated at the checkpoint.' }) planned!: string;
  @Field(() => String, { nullable: true, description: 'spent / planned × 100' }) planRate!: string | null;
  @Field(() => String, { nullable: true, description: 'spent / budget × 100' }) executionRate!: string | null;
  @Field({ description: '序时进度 = elapsed months / 12 × 100' }) timeProgress!: string;
  @Field(() => String, { nullable: true, description: '(spent / budget) / (months / 12) × 100' }) lightRatio!: string | null;
  @Field(() => TrafficLight, { nullable: true }) light!: TrafficLight | null;
  @Field(() => String, { nullable: true }) lightLabel!: string | null;
}

@ObjectType({ description: '绩效运行监控: progress of a project’s year and its mid-term review.' })
export class MidtermReview {
  @Field() projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field() name!: string;
  @Field() unitCode!: string;
  @Field(() => String, { nullable: true }) sectionId!: string | null;
  @Field(() => Int) baselineVersion!: number;
  @Field({ description: 'NOT_OPENED (progress only), DRAFT, IN_REVIEW, RETURNED or APPROVED' }) status!: string;
  @Field() statusLabel!: string;
  @Field(() => String, { nullable: true }) checkpointDate!: string | null;
  @Field(() => ApprovalStep, { nullable: true }) currentStep!: ApprovalStep | null;
  @Field(() => [IndicatorProgress]) progress!: IndicatorProgress[];
  @Field(() => [IndicatorAssessment]) assessments!: IndicatorAssessment[];
  @Field(() => MidtermExecution, { nullable: true }) execution!: MidtermExecution | null;
  @Field() updatedAt!: string;
  @Field() position!: string;
}

@ObjectType({ description: 'A project on the mid-term dashboard: its light and its indicators at risk.' })
export class MidtermDashboardProject {
  @Field() projectCode!: string;
  @Field() name!: string;
  @Field() unitCode!: string;
  @Field() status!: string;
  @Field(() => String, { nullable: true }) checkpointDate!: string | null;
  @Field(() => TrafficLight, { nullable: true }) light!: TrafficLight | null;
  @Field(() => String, { nullable: true }) lightLabel!: string | null;
  @Field(() => [IndicatorAssessment]) atRisk!: IndicatorAssessment[];
}

@ObjectType({ description: 'Every monitored project of a unit, or of the department when no unit is given.' })
export class MidtermDashboard {
  @Field(() => String, { nullable: true }) unitCode!: string | null;
  @Field(() => [MidtermDashboardProject]) projects!: MidtermDashboardProject[];
}

@ObjectType({ description: 'What a mid-term review command did.' })
export class MidtermReviewCommandPayload extends ProjectCommandResult {
  @Field(() => MidtermReview, writtenViewField('The monitoring')) midtermReview!: MidtermReview | null;
}
