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
    'The table names no owning section (科室): set sectionId to the section of the project, ' +
    'so that its section head (科室负责人审核) can decide it.',
};

const howToWrite = 'give a comparator, a number and a unit (e.g. ≥300人, ≤2420元) or a graded phrase (e.g. 效果显著).';

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
          message: `The 指标值 of 发放人数 is "劳务派遣实时在职人数", a word without a number, so it cannot be measured: ${howToWrite}`,
        },
        {
          code: 'TARGET_NOT_MEASURABLE',
          field: 'indicators[3].valueText',
          message: `The 指标值 of 发放劳务派遣人员工资的标准 is "最低工资标准的150%", free text, so it cannot be measured: ${howToWrite}`,
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
            '资金支出计划 looks per quarter, not cumulative: ' +
            '3月底 75000.00 元 + 6月底 75000.00 元 + 10月底 75000.00 元 + 12月底 75000.00 元 = 300000.00 元, the budget total. ' +
            'Each column is the total planned by that date: write 75000.00 元 / 150000.00 元 / 225000.00 元 / 300000.00 元.',
        },
      ],
      warnings: [
        {
          code: 'COST_NOT_A_COST',
          field: 'indicators[3].valueText',
          message:
            '征缴收入（万元） is a 成本 indicator but reads as a revenue or a rate, not a cost: ' +
            'its target "≥2000 万元" is a minimum and it speaks of 收入/征缴. ' +
            'A cost target is a ceiling or a fixed amount (e.g. ≤2420元): state what the project costs here, ' +
            'and file revenue or rate targets under another level 2.',
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
            '资金支出计划 looks per quarter, not cumulative: ' +
            '3月底 5000.00 元 + 6月底 5000.00 元 + 10月底 5000.00 元 + 12月底 5000.00 元 = 20000.00 元, the budget total. ' +
            'Each column is the total planned by that date: write 5000.00 元 / 10000.00 元 / 15000.00 元 / 20000.00 元.',
        },
        {
          code: 'TARGET_NOT_MEASURABLE',
          field: 'indicators[0].valueText',
          message: `The 指标值 of 工伤待遇领取人数 is "人数", a word without a number, so it cannot be measured: ${howToWrite}`,
        },
      ],
      warnings: [
        {
          code: 'COST_NOT_A_COST',
          field: 'indicators[3].valueText',
          message:
            '工伤补助金 is a 成本 indicator but reads as a revenue or a rate, not a cost: its target "≥90%" is a minimum. ' +
            'A cost target is a ceiling or a fixed amount (e.g. ≤2420元): state what the project costs here, ' +
            'and file revenue or rate targets under another level 2.',
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
