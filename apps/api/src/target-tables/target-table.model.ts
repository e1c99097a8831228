import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApprovalStepId } from '../directory/directory.models.js';
import { ReturnDestination } from '../graphql/review-command.types.js';

export enum TargetTableStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
  ADJUSTING = 'ADJUSTING',
}
registerEnumType(TargetTableStatus, {
  name: 'TargetTableStatus',
  valuesMap: {
    DRAFT: { description: '草稿 — drafted, not yet submitted' },
    IN_REVIEW: { description: '审核中 — submitted, a step of the approval chain decides next' },
    RETURNED: { description: '已退回 — returned to the preparer with a reason' },
    APPROVED: { description: '已批准 — the approved baseline of the year' },
    ADJUSTING: { description: '调整中 — an adjustment is drafted; the baseline stays in force' },
  },
});

export enum DecidingRole {
  SECTION_HEAD = 'SECTION_HEAD',
  OFFICE = 'OFFICE',
  LEADER = 'LEADER',
}
registerEnumType(DecidingRole, {
  name: 'DecidingRole',
  valuesMap: { SECTION_HEAD: { description: '科室负责人' }, OFFICE: { description: '办公室' }, LEADER: { description: '单位负责人' } },
});

export enum StepDecisionKind {
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}
registerEnumType(StepDecisionKind, { name: 'StepDecisionKind', valuesMap: { APPROVED: { description: '审核通过' }, RETURNED: { description: '退回' } } });

export enum IndicatorLevel1Kind {
  OUTPUT = 'OUTPUT',
  EFFECT = 'EFFECT',
  SATISFACTION = 'SATISFACTION',
  COST = 'COST',
}
registerEnumType(IndicatorLevel1Kind, {
  name: 'IndicatorLevel1Kind',
  valuesMap: {
    OUTPUT: { description: '产出指标' },
    EFFECT: { description: '效益指标' },
    SATISFACTION: { description: '满意度指标' },
    COST: { description: '成本指标' },
  },
});

export enum TargetComparator {
  GTE = 'GTE',
  LTE = 'LTE',
  EQ = 'EQ',
  GT = 'GT',
  LT = 'LT',
  QUALITATIVE = 'QUALITATIVE',
  TEXT = 'TEXT',
}
registerEnumType(TargetComparator, {
  name: 'TargetComparator',
  valuesMap: {
    GTE: { description: '≥' },
    LTE: { description: '≤' },
    EQ: { description: '= (a number without a comparator)' },
    GT: { description: '>' },
    LT: { description: '<' },
    QUALITATIVE: { description: 'a graded phrase such as 效果显著' },
    TEXT: { description: 'free text without a measurable number' },
  },
});

export enum TargetDirection {
  POSITIVE = 'POSITIVE',
  NEGATIVE = 'NEGATIVE',
}
registerEnumType(TargetDirection, {
  name: 'TargetDirection',
  valuesMap: {
    POSITIVE: { description: '正向 — more is better' },
    NEGATIVE: { description: '反向 — less is better (every 成本 indicator)' },
  },
});

@ObjectType({ description: 'Amounts are decimal strings in yuan (元) with two decimals; the *Wan fields in 万元 as the form prints them, rounded to two decimals.' })
export class Budget {
  @Field({ description: '预算数' }) total!: string;
  @Field({ description: '财政资金' }) fiscal!: string;
  @Field({ description: '其他资金' }) other!: string;
  @Field({ description: '预算数（万元）' }) totalWan!: string;
  @Field({ description: '财政资金（万元）' }) fiscalWan!: string;
  @Field({ description: '其他资金（万元）' }) otherWan!: string;
}

@ObjectType({ description: '资金支出计划: cumulative planned spending in yuan at the end of each month; null where the table gives none.' })
export class SpendingPlan {
  @Field(() => String, { nullable: true, description: '3月底' }) mar!: string | null;
  @Field(() => String, { nullable: true, description: '6月底' }) jun!: string | null;
  @Field(() => String, { nullable: true, description: '10月底' }) oct!: string | null;
  @Field(() => String, { nullable: true, description: '12月底' }) dec!: string | null;
  @Field(() => String, { nullable: true, description: '3月底（万元）' }) marWan!: string | null;
  @Field(() => String, { nullable: true, description: '6月底（万元）' }) junWan!: string | null;
  @Field(() => String, { nullable: true, description: '10月底（万元）' }) octWan!: string | null;
  @Field(() => String, { nullable: true, description: '12月底（万元）' }) decWan!: string | null;
}

@ObjectType({ description: 'What a target value (指标值) says, parsed from its text.' })
export class ParsedTarget {
  @Field(() => TargetComparator) comparator!: TargetComparator;
  @Field(() => String, { nullable: true, description: 'The number exactly as printed.' }) value!: string | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => TargetDirection, { nullable: true }) direction!: TargetDirection | null;
}

@ObjectType({ description: '绩效指标: a three-level indicator with its target.' })
export class Indicator {
  @Field({ description: '一级指标 as written' }) level1!: string;
  @Field(() => IndicatorLevel1Kind, { nullable: true }) level1Kind!: IndicatorLevel1Kind | null;
  @Field({ description: '二级指标 as written' }) level2!: string;
  @Field({ description: '三级指标 as written' }) level3!: string;
  @Field({ description: '绩效指标描述' }) description!: string;
  @Field({ description: '指标值 as written' }) valueText!: string;
  @Field(() => ParsedTarget) target!: ParsedTarget;
  @Field({ description: '指标值确定依据' }) basis!: string;
}

@ObjectType({ description: 'A step of the approval chain and the role that decides it, for target tables and reviews alike.' })
export class ApprovalStep {
  @Field(() => ApprovalStepId) step!: string;
  @Field({ description: 'e.g. 科室负责人审核' }) label!: string;
  @Field(() => DecidingRole) role!: DecidingRole;
}

@ObjectType({ description: 'A decision of a step in the current submission.' })
export class StepDecision {
  @Field(() => StepDecisionKind) decision!: StepDecisionKind;
  @Field(() => ApprovalStepId) step!: string;
  @Field({ description: 'e.g. 科室负责人审核' }) stepLabel!: string;
  @Field(() => DecidingRole) role!: DecidingRole;
  @Field({ description: 'User id of who decided.' }) by!: string;
  @Field({ description: 'When (ISO-8601).' }) at!: string;
  @Field(() => String, { nullable: true, description: 'The approval comment, or the reason of a return.' }) comment!: string | null;
  @Field(() => ReturnDestination, { nullable: true, description: 'For a return: PREPARER or the earlier step that decides again.' }) to!: string | null;
}

@ObjectType({ description: 'The latest return (退回) of the table.' })
export class TargetTableReturn {
  @Field(() => ApprovalStepId) step!: string;
  @Field(() => DecidingRole) role!: DecidingRole;
  @Field() by!: string;
  @Field() at!: string;
  @Field() reason!: string;
  @Field(() => ReturnDestination) to!: string;
}

@ObjectType({ description: 'A finding of the submission checks, naming the field to fix.' })
export class ValidationFinding {
  @Field() code!: string;
  @Field({ description: 'Path of the field, e.g. indicators[3].valueText.' }) field!: string;
  @Field() message!: string;
}

@ObjectType({ description: '基线: the approved version in force.' })
export class TargetTableBaseline {
  @Field(() => Int) version!: number;
  @Field({ description: '项目名称' }) name!: string;
  @Field(() => String, { nullable: true }) sectionId!: string | null;
  @Field(() => Budget) budget!: Budget;
  @Field({ description: '资金用途' }) purpose!: string;
  @Field(() => SpendingPlan) spendingPlan!: SpendingPlan;
  @Field(() => [String], { description: '绩效目标' }) goals!: string[];
  @Field(() => [Indicator]) indicators!: Indicator[];
}

@ObjectType({ description: 'Lines of a document, from 1, inclusive.' })
export class SourceLines {
  @Field(() => Int) from!: number;
  @Field(() => Int) to!: number;
}

@ObjectType({ description: 'The document a table was imported from, and where in it the table is printed.' })
export class ImportSource {
  @Field({ description: 'The document’s name, e.g. its file name.' }) name!: string;
  @Field({ description: 'SHA-256 of the document’s text (hex).' }) documentSha256!: string;
  @Field(() => SourceLines) lines!: SourceLines;
}

@ObjectType({ description: '项目绩效目标表: the performance target table of one project in one fiscal year.' })
export class TargetTable {
  @Field(() => ID) id!: string;
  @Field({ description: '项目编码' }) projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field({ description: '项目名称' }) name!: string;
  @Field({ description: '单位编码' }) unitCode!: string;
  @Field({ description: '单位名称' }) unitName!: string;
  @Field(() => String, { nullable: true, description: 'The owning section (科室).' }) sectionId!: string | null;
  @Field(() => TargetTableStatus) status!: TargetTableStatus;
  @Field({ description: 'Status in Chinese, e.g. 草稿.' }) statusLabel!: string;
  @Field(() => ApprovalStep, { nullable: true, description: 'The step a table IN_REVIEW awaits, and who decides it.' })
  currentStep!: ApprovalStep | null;
  @Field(() => String, { nullable: true, description: 'When the version IN_REVIEW was (re)submitted.' }) submittedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'User id of the latest (re)submitter of the working version.' }) submittedBy!: string | null;
  @Field(() => [StepDecision], { description: 'The decisions of the current submission, in order.' }) decisions!: StepDecision[];
  @Field(() => TargetTableReturn, { nullable: true, description: 'The latest return, with its reason.' }) lastReturn!: TargetTableReturn | null;
  @Field(() => [ValidationFinding], { description: 'Warnings of the latest submission of the working version.' }) warnings!: ValidationFinding[];
  @Field(() => TargetTableBaseline, { nullable: true, description: 'The approved baseline, beside the working version; null before the first approval.' })
  baseline!: TargetTableBaseline | null;
  @Field(() => ImportSource, { nullable: true, description: 'The document the table was imported from; null when drafted here.' })
  importedFrom!: ImportSource | null;
  @Field(() => Int) version!: number;
  @Field(() => Int, { description: 'Revision of the table’s event stream.' }) revision!: number;
  @Field(() => Budget) budget!: Budget;
  @Field({ description: '资金用途' }) purpose!: string;
  @Field(() => SpendingPlan) spendingPlan!: SpendingPlan;
  @Field(() => [String], { description: '绩效目标' }) goals!: string[];
  @Field(() => [Indicator]) indicators!: Indicator[];
  @Field() createdAt!: string;
  @Field() createdBy!: string;
  @Field() updatedAt!: string;
  @Field() updatedBy!: string;
  @Field({ description: 'Global position of the last event applied to this row.' }) position!: string;
}
