import type { Budget, Indicator, SpendingPlan, TargetTableContent } from './target-table.events.js';
import type { TargetTableStatus } from './target-table.state.js';
import type { TargetTableVersionStatus } from './target-table-version-status.js';

/** The one place for the words people see for a target table's statuses and fields (roles and steps: approval/approval-labels.ts). */

export const targetTableStatusLabels: Readonly<Record<TargetTableStatus, string>> = {
  DRAFT: '草稿',
  IN_REVIEW: '审核中',
  RETURNED: '已退回',
  APPROVED: '已批准',
  ADJUSTING: '调整中',
};

export const targetTableVersionStatusLabels: Readonly<Record<TargetTableVersionStatus, string>> = {
  DRAFT: '草稿',
  IN_REVIEW: '审核中',
  RETURNED: '已退回',
  WITHDRAWN: '已撤回',
  APPROVED: '已批准（基线）',
  SUPERSEDED: '已被调整替代',
};

/** The names a target table form prints for its fields (项目绩效目标表). */
export const contentFieldLabels: Readonly<Record<Exclude<keyof TargetTableContent, 'budget' | 'spendingPlan' | 'goals' | 'indicators'>, string>> = {
  name: '项目名称',
  unitCode: '单位编码',
  unitName: '单位名称',
  sectionId: '所属科室',
  purpose: '资金用途',
};

export const budgetFieldLabels: Readonly<Record<keyof Budget, string>> = { total: '预算数', fiscal: '财政资金', other: '其他资金' };

export const spendingPlanFieldLabels: Readonly<Record<keyof SpendingPlan, string>> = {
  mar: '资金支出计划（3月底）',
  jun: '资金支出计划（6月底）',
  oct: '资金支出计划（10月底）',
  dec: '资金支出计划（12月底）',
};

/** The cells of an indicator a person writes. */
export const indicatorCellLabels: Readonly<Record<'level1' | 'level2' | 'level3' | 'description' | 'valueText' | 'basis', string>> = {
  level1: '一级指标',
  level2: '二级指标',
  level3: '三级指标',
  description: '绩效指标描述',
  valueText: '指标值',
  basis: '指标值确定依据',
};

/** 绩效目标第2项, counting from 1 as people do. */
export function goalLabel(index: number): string {
  return `绩效目标第${index + 1}项`;
}

/** 绩效指标第3项「开展就业培训数」: by its place and its 三级指标, so a change names the indicator. */
export function indicatorLabel(index: number, indicator: Pick<Indicator, 'level3'>): string {
  return `绩效指标第${index + 1}项「${indicator.level3}」`;
}
