import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProjectCommandResult } from '../graphql/review-command.types.js';
import { Indicator, ApprovalStep } from '../target-tables/target-table.model.js';
import { QualitativeGrade } from './final-evaluation.inputs.js';
import { writtenViewField } from '../graphql/written-view-field.js';

export enum EvaluationGrade {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  FAIR = 'FAIR',
  POOR = 'POOR',
}
registerEnumType(EvaluationGrade, {
  name: 'EvaluationGrade',
  valuesMap: {
    EXCELLENT: { description: '优: 90 and above' },
    GOOD: { description: '良: 80 to under 90' },
    FAIR: { description: '中: 60 to under 80' },
    POOR: { description: '差: below 60' },
  },
});

@ObjectType({ description: '原因 and 改进措施.' })
export class Explanation {
  @Field() cause!: string;
  @Field() measure!: string;
}

@ObjectType({ description: 'A field still to fill before the evaluation can be scored or submitted.' })
export class MissingItem {
  @Field() field!: string;
  @Field() message!: string;
}

@ObjectType({ description: 'Budget execution: 10 × executed / budget, at most 10 points.' })
export class ExecutionScore {
  @Field() budget!: string;
  @Field(() => String, { nullable: true }) executed!: string | null;
  @Field(() => String, { nullable: true, description: 'executed / budget × 100' }) ratePercent!: string | null;
  @Field() points!: string;
  @Field(() => String, { nullable: true }) score!: string | null;
  @Field({ description: 'Under 90 %: a cause and measure are required.' }) explanationNeeded!: boolean;
  @Field(() => Explanation, { nullable: true }) explanation!: Explanation | null;
}

@ObjectType({ description: 'A level-1 group: 产出 50, 效益 30, 满意度 10, after any redistribution.' })
export class ScoreGroup {
  @Field() label!: string;
  @Field() basePoints!: string;
  @Field() points!: string;
  @Field(() => Int) indicatorCount!: number;
  @Field() score!: string;
}

@ObjectType({ description: 'One row of the scorecard.' })
export class ScorecardRow {
  @Field(() => Int) index!: number;
  @Field(() => Indicator) indicator!: Indicator;
  @Field(() => String, { nullable: true }) weight!: string | null;
  @Field(() => String, { nullable: true, description: '实际完成值 of a numeric target' }) actual!: string | null;
  @Field(() => QualitativeGrade, { nullable: true }) grade!: QualitativeGrade | null;
  @Field(() => String, { nullable: true }) gradeLabel!: string | null;
  @Field(() => String, { nullable: true }) percent!: string | null;
  @Field(() => String, { nullable: true }) points!: string | null;
  @Field(() => String, { nullable: true }) score!: string | null;
  @Field(() => String, { nullable: true, description: '完成率: the completion rate in percent that the points are computed from (actual / target; for a negative or cost indicator 1 − (actual − target) / target); null for a target of 0 or a graded indicator' }) completionPercent!: string | null;
  @Field(() => [String], { description: 'SHORT_OF_FULL_POINTS, OVER_COMPLETION: why an explanation is required' }) explanationReasons!: string[];
  @Field(() => Explanation, { nullable: true }) explanation!: Explanation | null;
}

@ObjectType({ description: 'Scores computed by the domain, shown to 2 decimals; null until everything needed is recorded.' })
export class Scorecard {
  @Field(() => ExecutionScore) execution!: ExecutionScore;
  @Field(() => [ScoreGroup]) groups!: ScoreGroup[];
  @Field(() => String, { nullable: true, description: 'How the points of a level-1 group without indicators were redistributed.' })
  redistribution!: string | null;
  @Field(() => [ScorecardRow]) rows!: ScorecardRow[];
  @Field(() => String, { nullable: true }) total!: string | null;
  @Field(() => EvaluationGrade, { nullable: true }) grade!: EvaluationGrade | null;
  @Field(() => String, { nullable: true }) gradeLabel!: string | null;
  @Field(() => [MissingItem]) missing!: MissingItem[];
}

@ObjectType({ description: '绩效自评: the final evaluation of one project’s year.' })
export class FinalEvaluation {
  @Field(() => ID) id!: string;
  @Field() projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field() name!: string;
  @Field() unitCode!: string;
  @Field() unitName!: string;
  @Field(() => String, { nullable: true }) sectionId!: string | null;
  @Field(() => Int, { description: 'The approved target-table version the evaluation measures against.' }) baselineVersion!: number;
  @Field(() => Int) version!: number;
  @Field({ description: 'DRAFT, IN_REVIEW, RETURNED or APPROVED' }) status!: string;
  @Field() statusLabel!: string;
  @Field(() => ApprovalStep, { nullable: true }) currentStep!: ApprovalStep | null;
  @Field(() => Int, { nullable: true, description: 'The latest approved (final) version; stays while a correction is made.' }) approvedVersion!: number | null;
  @Field(() => String, { nullable: true }) approvedTotal!: string | null;
  @Field(() => EvaluationGrade, { nullable: true }) approvedGrade!: EvaluationGrade | null;
  @Field(() => Scorecard) scorecard!: Scorecard;
  @Field() updatedAt!: string;
  @Field() updatedBy!: string;
  @Field() position!: string;
}

@ObjectType()
export class GradeCount {
  @Field(() => EvaluationGrade) grade!: EvaluationGrade;
  @Field() label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class LowScoringIndicator {
  @Field() projectCode!: string;
  @Field() projectName!: string;
  @Field(() => Int) index!: number;
  @Field() level3!: string;
  @Field() valueText!: string;
  @Field() points!: string;
  @Field() score!: string;
  @Field() percentOfPoints!: string;
}

@ObjectType({ description: 'A project in a roll-up.' })
export class EvaluatedProject {
  @Field() projectCode!: string;
  @Field() name!: string;
  @Field() unitCode!: string;
  @Field() status!: string;
  @Field(() => String, { nullable: true }) total!: string | null;
  @Field(() => EvaluationGrade, { nullable: true }) grade!: EvaluationGrade | null;
  @Field(() => Int, { description: '未销号整改: rectification items of the project’s year not yet closed.' }) openRectificationCount!: number;
}

@ObjectType({ description: 'Roll-up of the final evaluations of a unit, or of the department when no unit is given. Averages and grade counts take final (approved) evaluations only.' })
export class EvaluationRollUp {
  @Field(() => String, { nullable: true }) unitCode!: string | null;
  @Field(() => Int) projectCount!: number;
  @Field(() => Int) finalCount!: number;
  @Field(() => String, { nullable: true }) averageScore!: string | null;
  @Field(() => String, { nullable: true, description: 'The final totals weighted by each project’s approved budget (Σ budget × total / Σ budget), 2 decimals (docs/scoring.md).' })
  budgetWeightedAverage!: string | null;
  @Field(() => [GradeCount]) countPerGrade!: GradeCount[];
  @Field(() => [LowScoringIndicator]) lowestIndicators!: LowScoringIndicator[];
  @Field(() => Int, { description: '未销号整改 of every project rolled up.' }) openRectificationCount!: number;
  @Field(() => [EvaluatedProject]) projects!: EvaluatedProject[];
}

@ObjectType({ description: 'What a final-evaluation command did.' })
export class FinalEvaluationCommandPayload extends ProjectCommandResult {
  @Field(() => FinalEvaluation, writtenViewField('The evaluation')) finalEvaluation!: FinalEvaluation | null;
}
