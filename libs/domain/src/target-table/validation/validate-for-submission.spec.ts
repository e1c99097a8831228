import { describe, expect, it } from '@jest/globals';
import { seedTable3 } from '../fixtures/seed-table-3.js';
import { seedTable6 } from '../fixtures/seed-table-6.js';
import { seedTable9 } from '../fixtures/seed-table-9.js';
import { seedTable10 } from '../fixtures/seed-table-10.js';
import { toContent } from '../target-table-input.js';
import type { Finding } from './finding.js';
import { validateForSubmission } from './validate-for-submission.js';

/** The seed names no sections, so every table of it first needs its owning section. */
const sectionMissing: Finding = {
  code: 'SECTION_MISSING',
  field: 'sectionId',
  message:
    '该表没有所属科室：请把 sectionId 设为项目所属的科室，以便由科室负责人审核。',
};

const howToWrite = '请写出比较符、数值和单位（例如 ≥300人、≤2420元），或写等级短语（例如 效果显著）。';

describe('validateForSubmission on the seed tables, word for word', () => {
  it('finds nothing wrong with table 3 (就业工作经费) but its missing section', () => {
    expect(validateForSubmission(toContent(seedTable3))).toEqual({ errors: [sectionMissing], warnings: [] });
    expect(validateForSubmission(toContent({ ...seedTable3, sectionId: 'employment' }))).toEqual({ errors: [], warnings: [] });
  });

  it('refuses table 6: its head-count target is the measure\'s name and its cost target a formula', () => {
    expect(validateForSubmission(toContent(seedTable6))).toEqual({
      errors: [
        sectionMissing,
        {
          code: 'TARGET_NOT_MEASURABLE',
          field: 'indicators[0].valueText',
          message: `第 1 项指标「发放人数」的指标值「劳务派遣实时在职人数」是没有数字的词语，无法衡量：${howToWrite}`,
        },
        {
          code: 'TARGET_NOT_MEASURABLE',
          field: 'indicators[3].valueText',
          message: `第 4 项指标「发放劳务派遣人员工资的标准」的指标值「最低工资标准的150%」是自由文字，无法衡量：${howToWrite}`,
        },
      ],
      warnings: [],
    });
  });

  it('refuses table 9 for its per-quarter plan and warns that its 成本 indicator is a revenue', () => {
    expect(validateForSubmission(toContent(seedTable9))).toEqual({
      errors: [
        sectionMissing,
        {
          code: 'PLAN_PER_QUARTER',
          field: 'spendingPlan',
          message:
            '资金支出计划看起来是按季度填写的，而不是累计数：3月底 75000.00 元 + 6月底 75000.00 元 + 10月底 75000.00 元 + 12月底 75000.00 元 = 300000.00 元，正好是预算数。每一栏应是截至该时点的累计计划数：请填写 75000.00 元 / 150000.00 元 / 225000.00 元 / 300000.00 元。',
        },
      ],
      warnings: [
        {
          code: 'COST_NOT_A_COST',
          field: 'indicators[3].valueText',
          message:
            '第 4 项指标「征缴收入（万元）」是成本指标，但读起来像收入或比率而不是成本：其目标值「≥2000 万元」是下限，且其内容涉及收入/征缴。成本目标应是上限或固定金额（例如 ≤2420元）：请在此说明项目的成本，收入或比率目标请放到其他二级指标下。',
        },
      ],
    });
  });

  it('refuses table 10 for its per-quarter plan and its head-count target without a number, and warns about its 成本 rate', () => {
    expect(validateForSubmission(toContent(seedTable10))).toEqual({
      errors: [
        sectionMissing,
        {
          code: 'PLAN_PER_QUARTER',
          field: 'spendingPlan',
          message:
            '资金支出计划看起来是按季度填写的，而不是累计数：3月底 5000.00 元 + 6月底 5000.00 元 + 10月底 5000.00 元 + 12月底 5000.00 元 = 20000.00 元，正好是预算数。每一栏应是截至该时点的累计计划数：请填写 5000.00 元 / 10000.00 元 / 15000.00 元 / 20000.00 元。',
        },
        {
          code: 'TARGET_NOT_MEASURABLE',
          field: 'indicators[0].valueText',
          message: `第 1 项指标「工伤待遇领取人数」的指标值「人数」是没有数字的词语，无法衡量：${howToWrite}`,
        },
      ],
      warnings: [
        {
          code: 'COST_NOT_A_COST',
          field: 'indicators[3].valueText',
          message:
            '第 4 项指标「工伤补助金」是成本指标，但读起来像收入或比率而不是成本：其目标值「≥90%」是下限。成本目标应是上限或固定金额（例如 ≤2420元）：请在此说明项目的成本，收入或比率目标请放到其他二级指标下。',
        },
      ],
    });
  });

  it('lists findings in form order whichever rule found them', () => {
    const content = toContent({
      ...seedTable10,
      budget: { total: '20000.00', fiscal: '10000.00' },
      indicators: seedTable10.indicators.map((indicator, i) => (i === 0 ? { ...indicator, basis: '' } : indicator)),
    });
    expect(validateForSubmission(content).errors.map((finding) => finding.field)).toEqual([
      'sectionId',
      'budget.total',
      'spendingPlan',
      'indicators[0].valueText',
      'indicators[0].basis',
    ]);
  });
});
