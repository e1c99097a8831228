import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ExecutionFigures, LightThresholdsModel, TrafficLight } from '../execution/execution.models.js';
import { Likelihood } from '../midterm-review/midterm-review.inputs.js';
import { ProgressReport } from '../midterm-review/midterm-review.model.js';
import { DepartmentIndicator } from './department-targets.model.js';

@ObjectType({ description: 'A progress report of a department indicator (docs/department-targets.md, progress).' })
export class DepartmentProgressReport extends ProgressReport {
  @Field(() => String, { nullable: true, description: '全年预计完成值, when reported.' }) expectedFullYear!: string | null;
  @Field(() => Likelihood, { nullable: true }) likelihood!: Likelihood | null;
}

@ObjectType({ description: 'A department indicator’s progress at the monitoring date (docs/department-evaluation.md).' })
export class DepartmentIndicatorProgress {
  @Field(() => Int, { description: 'Position in the sub-goal’s list, from 0.' }) index!: number;
  @Field(() => DepartmentIndicator) indicator!: DepartmentIndicator;
  @Field(() => String, { nullable: true, description: '截至监控时点完成值: the latest report dated the monitoring date or before; null until reported.' }) reached!: string | null;
  @Field(() => String, { nullable: true, description: 'The date the value reached stands at (YYYY-MM-DD).' }) asOf!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'The value reached already reaches the figure; null without a figure or a number reached.' }) targetReached!: boolean | null;
  @Field(() => [DepartmentProgressReport], { description: 'The reports counted, in the order made.' }) reports!: DepartmentProgressReport[];
  @Field(() => String, { nullable: true, description: '全年预计完成值.' }) expectedFullYear!: string | null;
  @Field(() => Likelihood, { nullable: true }) likelihood!: Likelihood | null;
  @Field() reported!: boolean;
  @Field({ description: 'The expected full-year value misses the figure.' }) behind!: boolean;
  @Field({ description: 'Not 确定能, or behind (the project mid-term review’s rule).' }) atRisk!: boolean;
}

@ObjectType({ description: 'A project table linked to a sub-goal, with its execution through the monitoring date.' })
export class LinkedProjectMonitoring {
  @Field() projectCode!: string;
  @Field() name!: string;
  @Field({ description: 'Yuan.' }) budget!: string;
  @Field({ description: 'Yuan, spent through the date.' }) spent!: string;
  @Field(() => String, { nullable: true }) executionRate!: string | null;
  @Field(() => String, { nullable: true }) lightRatio!: string | null;
  @Field(() => TrafficLight, { nullable: true }) light!: TrafficLight | null;
  @Field({ description: 'Spent to date below the cumulative plan of the latest passed checkpoint.' }) behindPlan!: boolean;
  @Field(() => Int, { description: 'How many of its own indicators its mid-term review finds at risk.' }) atRiskIndicatorCount!: number;
}

@ObjectType({ description: 'A sub-goal (分项绩效目标) as monitored: indicators, linked projects and their summed execution.' })
export class SubGoalMonitoring {
  @Field(() => Int, { description: 'From 0.' }) index!: number;
  @Field() title!: string;
  @Field(() => [DepartmentIndicatorProgress]) indicators!: DepartmentIndicatorProgress[];
  @Field(() => [LinkedProjectMonitoring], { description: 'The confirmed links with an approved table, each once.' }) projects!: LinkedProjectMonitoring[];
  @Field(() => [String], { description: 'Linked codes without an approved table of the year.' }) unapprovedProjectCodes!: string[];
  @Field(() => ExecutionFigures, { nullable: true, description: 'The linked projects summed; null without any.' }) execution!: ExecutionFigures | null;
  @Field(() => TrafficLight, { nullable: true }) light!: TrafficLight | null;
  @Field(() => [String], { description: 'The at-risk items, in Chinese, in the documented order.' }) atRisk!: string[];
}

@ObjectType({ description: '部门整体绩效运行监控: the approved department targets against the linked projects’ execution and mid-term reviews.' })
export class DepartmentMonitoring {
  @Field() departmentCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field() departmentName!: string;
  @Field(() => Int, { description: 'The approved version (基线) monitored: an adjustment under review is not.' }) baselineVersion!: number;
  @Field({ description: 'Payments dated up to and including this date count (YYYY-MM-DD).' }) through!: string;
  @Field(() => LightThresholdsModel) thresholds!: LightThresholdsModel;
  @Field(() => [SubGoalMonitoring]) subGoals!: SubGoalMonitoring[];
  @Field(() => ExecutionFigures, { description: 'Every approved project of the covered units once.' }) execution!: ExecutionFigures;
  @Field() position!: string;
}
