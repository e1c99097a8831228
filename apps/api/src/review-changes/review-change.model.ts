import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ReviewKind {
  MIDTERM_REVIEW = 'MIDTERM_REVIEW',
  FINAL_EVALUATION = 'FINAL_EVALUATION',
  DEPARTMENT_TARGETS = 'DEPARTMENT_TARGETS',
  DEPARTMENT_EVALUATION = 'DEPARTMENT_EVALUATION',
}
registerEnumType(ReviewKind, {
  name: 'ReviewKind',
  valuesMap: {
    MIDTERM_REVIEW: { description: '绩效运行监控 (progress and the mid-term review)' },
    FINAL_EVALUATION: { description: '绩效自评' },
    DEPARTMENT_TARGETS: { description: '部门整体绩效目标 (and its progress reports)' },
    DEPARTMENT_EVALUATION: { description: '部门整体支出绩效自评' },
  },
});

@ObjectType({
  description: "One stored change of a mid-term review (or its progress), a final evaluation, or a department's overall targets or self-evaluation, as the reviewChanged subscription delivers it.",
})
export class ReviewChange {
  @Field(() => ReviewKind) kind!: ReviewKind;
  @Field({ description: "项目编码; for a department's documents the department's code (部门编码), as the inbox names them." }) projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field({ description: '单位编码' }) unitCode!: string;
  @Field(() => String, { nullable: true, description: 'The owning section (科室).' }) sectionId!: string | null;
  @Field({ description: 'The stored event, e.g. FinalEvaluationSubmitted.' }) eventType!: string;
  @Field({ description: 'What happened, in Chinese.' }) eventLabel!: string;
  @Field({ description: 'Global position of the stored event; pass it as minPosition to read the review as it is now.' }) position!: string;
  @Field({ description: 'Display name of who made the change.' }) by!: string;
  @Field({ description: 'When the change was made (ISO-8601).' }) at!: string;
}
