import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Due } from '../deadlines/deadlines.model.js';

export enum RectificationStatus {
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  RECTIFIED = 'RECTIFIED',
  CLOSED = 'CLOSED',
}
registerEnumType(RectificationStatus, {
  name: 'RectificationStatus',
  valuesMap: { PENDING: { description: '待整改' }, IN_PROGRESS: { description: '整改中' }, RECTIFIED: { description: '已整改' }, CLOSED: { description: '已销号' } },
});

export enum RectificationSourceKind {
  MIDTERM_INDICATOR = 'MIDTERM_INDICATOR',
  MIDTERM_EXECUTION = 'MIDTERM_EXECUTION',
  FINAL_INDICATOR = 'FINAL_INDICATOR',
  FINAL_GRADE = 'FINAL_GRADE',
  AUDIT = 'AUDIT',
}
registerEnumType(RectificationSourceKind, {
  name: 'RectificationSourceKind',
  valuesMap: {
    MIDTERM_INDICATOR: { description: '中期监控：指标有偏差风险' },
    MIDTERM_EXECUTION: { description: '中期监控：预算执行亮红灯或黄灯' },
    FINAL_INDICATOR: { description: '绩效自评：指标未得满分' },
    FINAL_GRADE: { description: '绩效自评：等级低于良' },
    AUDIT: { description: '审计发现' },
  },
});

@ObjectType()
export class RectificationSource {
  @Field(() => RectificationSourceKind) kind!: RectificationSourceKind;
  @Field() label!: string;
  @Field(() => Int, { nullable: true, description: 'The version of the review or evaluation.' }) version!: number | null;
  @Field(() => Int, { nullable: true }) indicatorIndex!: number | null;
  @Field({ description: 'What was found, in words.' }) finding!: string;
}

@ObjectType()
export class RectificationEvidence {
  @Field() note!: string;
  @Field() byUserId!: string;
}

@ObjectType({ description: '整改事项: one thing found to correct, tracked until 已销号.' })
export class Rectification {
  @Field() itemId!: string;
  @Field() projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field() name!: string;
  @Field() unitCode!: string;
  @Field(() => String, { nullable: true, description: 'The owner (section); null: the unit as a whole.' }) ownerSectionId!: string | null;
  @Field(() => RectificationSource) source!: RectificationSource;
  @Field(() => String, { nullable: true, description: '整改措施' }) measure!: string | null;
  @Field(() => RectificationStatus) status!: RectificationStatus;
  @Field({ description: '待整改 / 整改中 / 已整改 / 已销号' }) statusLabel!: string;
  @Field(() => Due, { nullable: true, description: 'Where the due date stands; null once 已销号.' }) due!: Due | null;
  @Field() dueDate!: string;
  @Field(() => [RectificationEvidence]) evidence!: RectificationEvidence[];
  @Field() proposedByUserId!: string;
  @Field(() => String, { nullable: true }) rectifiedByUserId!: string | null;
  @Field(() => String, { nullable: true }) closedByUserId!: string | null;
}

@ObjectType({ description: 'Rectifications of a unit (or every unit readable) and year: open ones overdue first, then by due date, closed ones last.' })
export class RectificationList {
  @Field(() => Int) fiscalYear!: number;
  @Field(() => String, { nullable: true }) unitCode!: string | null;
  @Field(() => [Rectification]) items!: Rectification[];
  @Field(() => Int) openCount!: number;
  @Field(() => Int) overdueCount!: number;
  @Field(() => Int) closedCount!: number;
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ description: '结果应用: the previous year’s evaluation of the same project and its rectifications not yet closed.' })
export class PreviousYearResult {
  @Field(() => Int) fiscalYear!: number;
  @Field(() => String, { nullable: true, description: 'The approved evaluation’s grade label (优/良/中/差); null when not evaluated.' }) gradeLabel!: string | null;
  @Field(() => String, { nullable: true }) total!: string | null;
  @Field(() => Int) openRectificationCount!: number;
  @Field({ description: 'e.g. 上年评价：良，未销号整改 2 项' }) summary!: string;
  @Field(() => [Rectification]) openRectifications!: Rectification[];
}

@InputType()
export class RectificationRefInput {
  @Field(() => ID, { nullable: true, description: 'Send the same id when retrying; a handled id writes nothing new.' }) commandId?: string | null;
  @Field() projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field() itemId!: string;
}

@InputType()
export class RecordAuditFindingInput {
  @Field(() => ID, { nullable: true }) commandId?: string | null;
  @Field() projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field({ description: 'What the audit found.' }) finding!: string;
  @Field(() => String, { nullable: true, description: 'Owner section; the project’s own when left out.' }) ownerSectionId?: string | null;
  @Field(() => String, { nullable: true }) measure?: string | null;
  @Field({ description: 'YYYY-MM-DD' }) dueDate!: string;
}

@InputType()
export class StartRectificationInput extends RectificationRefInput {
  @Field({ description: '整改措施' }) measure!: string;
  @Field(() => String, { nullable: true, description: 'A new owner section (the unit’s office or leader only).' }) ownerSectionId?: string | null;
  @Field(() => String, { nullable: true, description: 'A new due date (YYYY-MM-DD).' }) dueDate?: string | null;
}

@InputType()
export class RectificationNoteInput extends RectificationRefInput {
  @Field({ description: 'Evidence: what was done, where it is documented.' }) note!: string;
}

@InputType()
export class ReturnRectificationInput extends RectificationRefInput {
  @Field() reason!: string;
}

@InputType()
export class CloseRectificationInput extends RectificationRefInput {
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@ObjectType({ description: 'What a rectification command did.' })
export class RectificationCommandPayload {
  @Field(() => ID) commandId!: string;
  @Field() projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => Int) revision!: number;
  @Field({ description: 'Global position written; pass it as minPosition to read your own write.' }) position!: string;
  @Field() replayed!: boolean;
}
