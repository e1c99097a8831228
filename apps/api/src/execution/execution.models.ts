import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../graphql/connection.js';
import { ProjectCommandResult } from '../graphql/review-command.types.js';
import { writtenViewField } from '../graphql/written-view-field.js';

export enum LedgerEntryKind {
  PAYMENT = 'PAYMENT',
  REVERSAL = 'REVERSAL',
}
registerEnumType(LedgerEntryKind, { name: 'LedgerEntryKind', description: 'PAYMENT (支出) or REVERSAL (冲销).' });

export enum TrafficLight {
  RED = 'RED',
  YELLOW = 'YELLOW',
  GREEN = 'GREEN',
}
registerEnumType(TrafficLight, { name: 'TrafficLight', description: 'Budget execution light: RED 红, YELLOW 黄, GREEN 绿.' });

const money = { description: 'Yuan (元), a decimal string with two decimals.' } as const;
const percent = (what: string) => ({ nullable: true, description: `${what}, in percent with two decimals (rounded half away from zero); null without a budget.` });

@ObjectType({ description: 'One entry of a disbursement ledger; a reversal is an entry of its own with a negative amount.' })
export class LedgerEntry {
  @Field(() => Int, { description: 'From 1, in the order entries were recorded.' }) entryNumber!: number;
  @Field(() => LedgerEntryKind) kind!: LedgerEntryKind;
  @Field({ description: 'Yuan; negative for a reversal.' }) amount!: string;
  @Field({ description: 'Payment date (YYYY-MM-DD); a reversal carries the date of the payment it cancels.' }) date!: string;
  @Field() voucherNumber!: string;
  @Field(() => String, { nullable: true }) payee!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true, description: '冲销原因 of a reversal.' }) reason!: string | null;
  @Field(() => Int, { nullable: true, description: 'The payment a reversal cancels.' }) reversedEntryNumber!: number | null;
  @Field(() => Int, { nullable: true, description: 'The reversal that cancelled this payment (as of the moment read).' }) reversedByEntryNumber!: number | null;
  @Field({ description: 'When the entry was recorded (ISO-8601).' }) recordedAt!: string;
  @Field({ description: 'Who recorded it (user id).' }) recordedBy!: string;
}

@ObjectType({ description: 'The disbursement ledger (支出台账) of a project in a fiscal year: a page of its entries in entry order, with the whole ledger’s count and total.' })
export class Ledger extends Connection(LedgerEntry, 'LedgerEntry') {
  @Field() projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => String, { nullable: true, description: 'The moment the ledger is shown as of; null: now.' }) asOf!: string | null;
  @Field({ ...money, description: 'Sum of all entries (every page), reversals included.' }) total!: string;
}

@ObjectType({ description: 'What a ledger command did.' })
export class LedgerCommandPayload extends ProjectCommandResult {
  @Field(() => Int, { description: 'The entry the command wrote.' }) entryNumber!: number;
  @Field(() => Ledger, writtenViewField('The ledger')) ledger!: Ledger | null;
}

@ObjectType()
export class MonthSpending {
  @Field(() => Int, { description: '1 for January.' }) month!: number;
  @Field(money) spent!: string;
}

@ObjectType({ description: 'The cumulative plan at 3月底, 6月底, 10月底 or 12月底 against what was spent by then.' })
export class CheckpointExecution {
  @Field({ description: 'mar, jun, oct or dec.' }) key!: string;
  @Field({ description: '3月底, 6月底, 10月底, 12月底.' }) label!: string;
  @Field({ description: 'The checkpoint’s last day, YYYY-MM-DD.' }) date!: string;
  @Field(() => String, { nullable: true, description: 'Cumulative plan in yuan; null where the table leaves it empty.' }) planned!: string | null;
  @Field({ description: 'The date read is on or after the checkpoint’s last day.' }) passed!: boolean;
  @Field(() => String, { nullable: true, description: 'Spent through the checkpoint’s last day; null until it has passed.' }) spent!: string | null;
  @Field(() => String, { nullable: true, description: 'planned − spent once passed; negative: ahead of plan.' }) shortfall!: string | null;
}

@ObjectType({ description: 'Budget execution through a date: spending, plan, rate, time progress and light.' })
export class ExecutionFigures {
  @Field({ description: 'Payments dated up to and including this date count (YYYY-MM-DD).' }) through!: string;
  @Field(money) budget!: string;
  @Field({ description: '预算数（万元，两位小数），as the forms print it.' }) budgetWan!: string;
  @Field({ ...money, description: 'Spent through the date, reversals included.' }) spent!: string;
  @Field({ description: 'Spent, in 万元 with two decimals.' }) spentWan!: string;
  @Field(() => [MonthSpending], { description: 'January to December; a reversal counts in the month of the payment it cancels.' }) spentByMonth!: MonthSpending[];
  @Field({ description: 'The cumulative plan interpolated by days at the date (0 at 1 January), in yuan.' }) plannedToDate!: string;
  @Field({ description: 'plannedToDate in 万元 with two decimals.' }) plannedToDateWan!: string;
  @Field(() => [CheckpointExecution]) checkpoints!: CheckpointExecution[];
  @Field(() => String, percent('执行率 = spent / budget')) executionRate!: string | null;
  @Field(() => Int, { description: 'Elapsed months: the month of the date counts from its first day; 0 before the year, 12 after it.' }) elapsedMonths!: number;
  @Field({ description: '序时进度 = elapsed months / 12, in percent with two decimals.' }) timeProgress!: string;
  @Field(() => String, percent('(spent / budget) / (elapsed months / 12) × 100; also null before the year')) lightRatio!: string | null;
  @Field(() => TrafficLight, { nullable: true }) light!: TrafficLight | null;
  @Field(() => String, { nullable: true, description: '红, 黄 or 绿.' }) lightLabel!: string | null;
}

@ObjectType({ description: 'Execution of one project against its approved baseline.' })
export class ProjectExecution extends ExecutionFigures {
  @Field() projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field({ description: '项目名称' }) name!: string;
  @Field() unitCode!: string;
  @Field() unitName!: string;
  @Field(() => String, { nullable: true }) sectionId!: string | null;
  @Field(() => Int, { description: 'The approved version in force at the moment read.' }) baselineVersion!: number;
  @Field({ description: 'Spent to date is below the cumulative plan of the latest passed checkpoint.' }) behindPlan!: boolean;
  @Field(() => CheckpointExecution, { nullable: true, description: 'That checkpoint, when behind plan.' }) behindPlanAt!: CheckpointExecution | null;
}

@ObjectType({ description: 'A budget unit’s projects summed.' })
export class UnitExecution extends ExecutionFigures {
  @Field() unitCode!: string;
  @Field() unitName!: string;
  @Field(() => Int) projectCount!: number;
  @Field(() => [ProjectExecution], { description: 'The unit’s projects behind plan.' }) behindPlan!: ProjectExecution[];
  @Field(() => [ProjectExecution], { description: 'Every project of the unit shown, by project code.' }) projects!: ProjectExecution[];
}

@ObjectType()
export class LightThresholdsModel {
  @Field({ description: 'Yellow from this percent; red below it.' }) yellowFrom!: string;
  @Field({ description: 'Green from this percent.' }) greenFrom!: string;
}

@ObjectType({ description: 'Execution per unit and for the department, over the projects the caller may read.' })
export class ExecutionOverview {
  @Field(() => Int) fiscalYear!: number;
  @Field(() => String, { nullable: true, description: 'The moment read; null: now.' }) asOf!: string | null;
  @Field({ description: 'Payments dated up to and including this date count (YYYY-MM-DD).' }) through!: string;
  @Field(() => LightThresholdsModel) thresholds!: LightThresholdsModel;
  @Field(() => [UnitExecution]) units!: UnitExecution[];
  @Field(() => ExecutionFigures, { description: 'All units shown, summed.' }) department!: ExecutionFigures;
  @Field(() => [ProjectExecution], { description: 'Every project shown that is behind plan.' }) behindPlan!: ProjectExecution[];
}
