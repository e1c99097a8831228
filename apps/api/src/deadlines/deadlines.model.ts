import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DueStatus {
  OPEN = 'OPEN',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
}
registerEnumType(DueStatus, {
  name: 'DueStatus',
  valuesMap: { OPEN: { description: '未到期' }, DUE_SOON: { description: '即将到期: within the reminder days, the day itself included' }, OVERDUE: { description: '已逾期' } },
});

export enum AwaitedItemKind {
  TARGET_TABLE_DRAFT = 'TARGET_TABLE_DRAFT',
  TARGET_TABLE_REVIEW = 'TARGET_TABLE_REVIEW',
  MIDTERM_REVIEW_DUE = 'MIDTERM_REVIEW_DUE',
  MIDTERM_REVIEW = 'MIDTERM_REVIEW',
  FINAL_EVALUATION_DUE = 'FINAL_EVALUATION_DUE',
  FINAL_EVALUATION = 'FINAL_EVALUATION',
}
registerEnumType(AwaitedItemKind, {
  name: 'AwaitedItemKind',
  valuesMap: {
    TARGET_TABLE_DRAFT: { description: '绩效目标表待提交: a draft (or a returned table) to submit by the filing date' },
    TARGET_TABLE_REVIEW: { description: '绩效目标表待审核: a step awaits its decision' },
    MIDTERM_REVIEW_DUE: { description: '绩效运行监控待提交: from the checkpoint until submitted' },
    MIDTERM_REVIEW: { description: '绩效运行监控待审核' },
    FINAL_EVALUATION_DUE: { description: '绩效自评待提交: after the year’s end until submitted' },
    FINAL_EVALUATION: { description: '绩效自评待审核' },
  },
});

@ObjectType({ description: 'When something is due and where that stands by the application clock (China’s calendar).' })
export class Due {
  @Field({ description: 'YYYY-MM-DD: due through this whole day.' }) dueDate!: string;
  @Field(() => DueStatus) status!: DueStatus;
  @Field({ description: '未到期 / 即将到期 / 已逾期' }) statusLabel!: string;
  @Field(() => Int, { description: 'Days until the due date: 0 on the day, negative once overdue.' }) daysLeft!: number;
  @Field(() => Int, { description: 'Days past the due date; 0 unless overdue.' }) daysOverdue!: number;
  @Field(() => Int, { nullable: true, description: 'Whole days it has waited since submission; null for a document still to submit.' }) daysWaiting!: number | null;
}

@ObjectType({ description: 'The dates of a fiscal year in force for a unit (or the department): defaults, then the department’s, then the unit’s own.' })
export class FiscalCalendar {
  @Field(() => Int) fiscalYear!: number;
  @Field(() => String, { nullable: true, description: 'Null: the department’s calendar.' }) unitCode!: string | null;
  @Field({ description: '绩效目标表报送截止日期' }) targetTablesDue!: string;
  @Field({ description: '中期监控时点' }) midtermCheckpoint!: string;
  @Field({ description: '中期监控报送截止日期' }) midtermDue!: string;
  @Field({ description: '绩效自评报送截止日期 (next year)' }) finalEvaluationDue!: string;
  @Field(() => Int, { description: 'Days a step of an approval chain may wait for its decision.' }) decisionDays!: number;
  @Field(() => Int, { description: 'Days before a due date that it counts as due soon (and a reminder goes out).' }) reminderDays!: number;
  @Field(() => Int, { description: 'Days a step may be overdue before it is shown to the next level.' }) escalationDays!: number;
}

@InputType()
export class CalendarDatesInput {
  @Field(() => String, { nullable: true }) targetTablesDue?: string | null;
  @Field(() => String, { nullable: true }) midtermCheckpoint?: string | null;
  @Field(() => String, { nullable: true }) midtermDue?: string | null;
  @Field(() => String, { nullable: true }) finalEvaluationDue?: string | null;
  @Field(() => Int, { nullable: true }) decisionDays?: number | null;
  @Field(() => Int, { nullable: true }) reminderDays?: number | null;
  @Field(() => Int, { nullable: true }) escalationDays?: number | null;
}

@InputType()
export class SetFiscalCalendarInput {
  @Field(() => ID, { nullable: true, description: 'Send the same id when retrying; a handled id writes nothing new.' }) commandId?: string | null;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => String, { nullable: true, description: 'Null: the department’s dates (ADMIN); a unit: its own (ADMIN or its OFFICE).' }) unitCode?: string | null;
  @Field(() => CalendarDatesInput) dates!: CalendarDatesInput;
}

@ObjectType({ description: 'What setFiscalCalendar did.' })
export class FiscalCalendarPayload {
  @Field() commandId!: string;
  @Field(() => Int) revision!: number;
  @Field({ description: 'Global position written; pass it as minPosition to read your own write.' }) position!: string;
  @Field() replayed!: boolean;
  @Field(() => FiscalCalendar, { description: 'The calendar in force after the command.' }) calendar!: FiscalCalendar;
}

@ObjectType({ description: 'Something a project’s year awaits from someone, with its due date.' })
export class AwaitedItem {
  @Field(() => AwaitedItemKind) kind!: AwaitedItemKind;
  @Field({ description: 'e.g. 绩效目标表待审核' }) label!: string;
  @Field() projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field() name!: string;
  @Field() unitCode!: string;
  @Field(() => String, { nullable: true }) sectionId!: string | null;
  @Field(() => String, { nullable: true, description: 'The step awaited (SECTION, OFFICE, LEADER); null for a document to submit.' }) step!: string | null;
  @Field({ description: 'Who is awaited: PREPARER, SECTION_HEAD, OFFICE or LEADER.' }) role!: string;
  @Field(() => String, { nullable: true, description: 'When it was submitted, for a step.' }) since!: string | null;
  @Field(() => Due) due!: Due;
  @Field(() => String, { nullable: true, description: 'OFFICE or LEADER: the next level a step overdue by the escalation days is shown to; null otherwise.' }) escalatedTo!: string | null;
}

@ObjectType({ description: 'Per unit and year: what is awaited, overdue first, with counts.' })
export class DeadlineOverview {
  @Field(() => Int) fiscalYear!: number;
  @Field(() => String, { nullable: true, description: 'Null: every unit.' }) unitCode!: string | null;
  @Field(() => [AwaitedItem]) items!: AwaitedItem[];
  @Field(() => Int) overdueCount!: number;
  @Field(() => Int) dueSoonCount!: number;
  @Field(() => Int) totalCount!: number;
}
