import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ContentFieldChange as DomainContentFieldChange } from '@app/domain';
import { Budget, Indicator, SpendingPlan, ValidationFinding } from '../target-tables/target-table.model.js';

export enum TargetTableVersionStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  RETURNED = 'RETURNED',
  WITHDRAWN = 'WITHDRAWN',
  APPROVED = 'APPROVED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(TargetTableVersionStatus, {
  name: 'TargetTableVersionStatus',
  valuesMap: {
    DRAFT: { description: '草稿 — drafted or proposed, not yet submitted' },
    IN_REVIEW: { description: '审核中 — submitted, its approval chain decides' },
    RETURNED: { description: '已退回 — returned to the preparer with a reason' },
    WITHDRAWN: { description: '已撤回 — the preparer took the submission back; a draft again' },
    APPROVED: { description: '已批准（基线） — the approved baseline in force' },
    SUPERSEDED: { description: '已被调整替代 — was the baseline until a later adjustment was approved' },
  },
});

@ObjectType({ description: 'One version of a target table: the first draft is version 1, each adjustment (调整) one more.' })
export class TargetTableVersion {
  @Field({ description: '项目编码' }) projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => Int) version!: number;
  @Field(() => TargetTableVersionStatus, { description: 'How the version ended or stands.' }) status!: TargetTableVersionStatus;
  @Field({ description: 'The status in Chinese, e.g. 已批准（基线）.' }) statusLabel!: string;
  @Field({ description: '项目名称' }) name!: string;
  @Field({ description: '单位编码' }) unitCode!: string;
  @Field({ description: '单位名称' }) unitName!: string;
  @Field(() => String, { nullable: true, description: 'The owning section (科室).' }) sectionId!: string | null;
  @Field(() => Budget) budget!: Budget;
  @Field({ description: '资金用途' }) purpose!: string;
  @Field(() => SpendingPlan) spendingPlan!: SpendingPlan;
  @Field(() => [String], { description: '绩效目标' }) goals!: string[];
  @Field(() => [Indicator]) indicators!: Indicator[];
  @Field(() => Int, { nullable: true, description: 'For an adjustment, the approved version it is to replace.' }) baselineVersion!: number | null;
  @Field(() => String, { nullable: true, description: '调整原因 of an adjustment.' }) adjustmentReason!: string | null;
  @Field({ description: 'When the version was drafted or proposed (ISO-8601).' }) createdAt!: string;
  @Field({ description: 'User id of who drafted or proposed it.' }) createdBy!: string;
  @Field(() => String, { nullable: true, description: 'When it was last (re)submitted.' }) submittedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'User id of its latest (re)submitter.' }) submittedBy!: string | null;
  @Field(() => [ValidationFinding], { description: 'Warnings of its latest submission.' }) warnings!: ValidationFinding[];
  @Field(() => String, { nullable: true }) approvedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'When a later approved adjustment replaced it.' }) supersededAt!: string | null;
  @Field(() => Int, { nullable: true, description: 'The adjustment that replaced it.' }) supersededByVersion!: number | null;
  @Field() updatedAt!: string;
  @Field({ description: 'Global position of the last event applied to this version.' }) position!: string;
}

export enum ContentChangeKind {
  CHANGED = 'CHANGED',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(ContentChangeKind, {
  name: 'ContentChangeKind',
  valuesMap: { CHANGED: { description: '修改' }, ADDED: { description: '新增' }, REMOVED: { description: '删除' } },
});

@ObjectType({ description: 'One field that differs between two versions.' })
export class ContentFieldChange {
  @Field({ description: 'Path of the field, e.g. budget.total or indicators[2].valueText; an index counts in the version it is found in.' })
  field!: string;
  @Field({ description: 'The field as the form names it, e.g. 预算数 or 绩效指标第3项「开展就业培训数」的指标值.' }) label!: string;
  @Field(() => ContentChangeKind) change!: ContentChangeKind;
  @Field(() => String, { nullable: true, description: 'As people read it (amounts in yuan); null where the version gives nothing.' })
  before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

export function contentFieldChangeOf(change: DomainContentFieldChange): ContentFieldChange {
  return { ...change, change: ContentChangeKind[change.change] };
}

@ObjectType({ description: 'What changed from one version of a table to another, field by field in form order.' })
export class TargetTableVersionDiff {
  @Field() projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => Int) fromVersion!: number;
  @Field(() => Int) toVersion!: number;
  @Field(() => [ContentFieldChange]) changes!: ContentFieldChange[];
}
