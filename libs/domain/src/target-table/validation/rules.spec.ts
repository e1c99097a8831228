import { describe, expect, it } from '@jest/globals';
import { reviewCodes } from '../../review-assistant/review-codes.js';
import { seedTable3 } from '../fixtures/seed-table-3.js';
import type { IndicatorInput, TargetTableInput } from '../target-table.commands.js';
import { toContent } from '../target-table-input.js';
import { basisDocument } from './basis-document.js';
import { basisGiven } from './basis-given.js';
import { budgetGiven } from './budget-given.js';
import { budgetSum } from './budget-sum.js';
import { costIndicatorPresent } from './cost-indicator-present.js';
import { costIsACost } from './cost-is-a-cost.js';
import type { ValidationRule } from './finding.js';
import { goalsGiven } from './goals-given.js';
import { findingSeverity } from './finding-severity.js';
import { level1GroupsPresent } from './level1-groups-present.js';
import { level1Known } from './level1-known.js';
import { level2BelongsToLevel1 } from './level2-belongs.js';
import { planComplete } from './plan-complete.js';
import { planCumulative } from './plan-cumulative.js';
import { planEndsAtTotal } from './plan-ends-at-total.js';
import { sectionNamed } from './section-named.js';
import { targetHasUnit } from './target-has-unit.js';
import { targetMeasurable } from './target-measurable.js';
import { validateForSubmission } from './validate-for-submission.js';

/** Seed table 3 with its section: a table every rule is silent about. */
const clean: TargetTableInput = { ...seedTable3, sectionId: 'employment' };

function withIndicator(i: number, change: Partial<IndicatorInput>): TargetTableInput {
  return { ...clean, indicators: clean.indicators.map((indicator, j) => (j === i ? { ...indicator, ...change } : indicator)) };
}

const run = (rule: ValidationRule, input: TargetTableInput) => rule(toContent(input));
const codesAndFields = (rule: ValidationRule, input: TargetTableInput) => run(rule, input).map((f) => [f.code, f.field]);

describe('the error/warning split', () => {
  it('blocks on what the year cannot work with, and warns on meaning a reviewer should check', () => {
    const bySeverity = (severity: string) =>
      Object.entries(findingSeverity)
        .filter(([, s]) => s === severity)
        .map(([code]) => code);
    expect(bySeverity('warning')).toEqual(['LEVEL2_MISMATCH', 'BASIS_OTHER_DOCUMENT', 'COST_NOT_A_COST', ...reviewCodes]);
    expect(bySeverity('error')).toEqual([
      'SECTION_MISSING',
      'BUDGET_MISSING',
      'BUDGET_SUM_MISMATCH',
      'PLAN_COLUMN_MISSING',
      'PLAN_PER_QUARTER',
      'PLAN_NOT_CUMULATIVE',
      'PLAN_NOT_AT_TOTAL',
      'GOALS_MISSING',
      'LEVEL1_GROUP_MISSING',
      'LEVEL1_UNKNOWN',
      'LEVEL2_MISSING',
      'TARGET_VALUE_MISSING',
      'TARGET_NOT_MEASURABLE',
      'TARGET_UNIT_MISSING',
      'BASIS_MISSING',
      'COST_INDICATOR_MISSING',
    ]);
  });

  it('is silent about a clean table', () => {
    expect(validateForSubmission(toContent(clean))).toEqual({ errors: [], warnings: [] });
  });
});

describe('sectionNamed', () => {
  it('asks for the owning section', () => {
    expect(codesAndFields(sectionNamed, { ...clean, sectionId: null })).toEqual([['SECTION_MISSING', 'sectionId']]);
    expect(run(sectionNamed, clean)).toEqual([]);
  });
});

describe('budgetGiven', () => {
  const nothing = { mar: '0.00', jun: '0.00', oct: '0.00', dec: '0.00' };

  it('refuses a budget of 0.00 with a plan of 0.00, which every other rule lets through', () => {
    const zero = { ...clean, budget: { total: '0.00', fiscal: '0.00' }, spendingPlan: nothing };
    expect(run(budgetGiven, zero)).toEqual([
      {
        code: 'BUDGET_MISSING',
        field: 'budget.total',
        message: '预算数为 0.00 元：绩效目标表为有预算的项目而设，请填写项目批复的预算数（财政资金与其他资金之和）和相应的资金支出计划。',
      },
    ]);
    expect(validateForSubmission(toContent(zero)).errors.map((finding) => finding.code)).toEqual(['BUDGET_MISSING']);
  });

  it('accepts any budget above 0', () => {
    expect(run(budgetGiven, { ...clean, budget: { total: '0.01', fiscal: '0.01' } })).toEqual([]);
  });
});

describe('goalsGiven', () => {
  it('refuses a table without a goal, naming goals', () => {
    expect(codesAndFields(goalsGiven, { ...clean, goals: [] })).toEqual([['GOALS_MISSING', 'goals']]);
    expect(validateForSubmission(toContent({ ...clean, goals: [] })).errors.map((finding) => finding.code)).toEqual(['GOALS_MISSING']);
    expect(run(goalsGiven, clean)).toEqual([]);
  });
});

describe('budgetSum', () => {
  it('names the three amounts when fiscal and other money do not make the total', () => {
    expect(run(budgetSum, { ...clean, budget: { total: '200000.00', fiscal: '150000.00', other: '40000.00' } })).toEqual([
      {
        code: 'BUDGET_SUM_MISMATCH',
        field: 'budget.total',
        message:
          '财政资金 150000.00 元 + 其他资金 40000.00 元 = 190000.00 元，但预算数为 200000.00 元：财政资金与其他资金之和须等于预算数。',
      },
    ]);
    expect(run(budgetSum, { ...clean, budget: { total: '200000.00', fiscal: '150000.00', other: '50000.00' } })).toEqual([]);
  });
});

describe('planComplete', () => {
  it('names each missing checkpoint; a one-column plan (seed table 12) misses three', () => {
    expect(run(planComplete, { ...clean, spendingPlan: { jun: '100000.00', dec: '200000.00' } })).toEqual([
      {
        code: 'PLAN_COLUMN_MISSING',
        field: 'spendingPlan.mar',
        message: '资金支出计划（3月底）未填写：请填写截至该时点计划累计支出的金额（没有则填 0.00）。',
      },
      expect.objectContaining({ field: 'spendingPlan.oct' }),
    ]);
    expect(codesAndFields(planComplete, { ...clean, spendingPlan: { dec: '200000.00' } }).map(([, field]) => field)).toEqual([
      'spendingPlan.mar',
      'spendingPlan.jun',
      'spendingPlan.oct',
    ]);
    expect(run(planComplete, { ...clean, spendingPlan: { mar: '0', jun: '0', oct: '0', dec: '200000.00' } })).toEqual([]);
  });
});

describe('planCumulative', () => {
  it('names a column below the one before it', () => {
    expect(run(planCumulative, { ...clean, spendingPlan: { mar: '60000.00', jun: '50000.00', oct: '150000.00', dec: '200000.00' } })).toEqual([
      {
        code: 'PLAN_NOT_CUMULATIVE',
        field: 'spendingPlan.jun',
        message:
          '资金支出计划（6月底）50000.00 元 少于（3月底）60000.00 元：计划是累计数，每一栏至少等于前一栏。',
      },
    ]);
  });

  it('compares across a missing column with the last one given', () => {
    expect(codesAndFields(planCumulative, { ...clean, spendingPlan: { mar: '60000.00', oct: '50000.00', dec: '200000.00' } })).toEqual([
      ['PLAN_NOT_CUMULATIVE', 'spendingPlan.oct'],
    ]);
  });

  it('names a per-quarter plan even when its quarters differ, and only that', () => {
    const plan = { mar: '20000.00', jun: '30000.00', oct: '50000.00', dec: '100000.00' };
    expect(codesAndFields(planCumulative, { ...clean, spendingPlan: plan })).toEqual([['PLAN_PER_QUARTER', 'spendingPlan']]);
    expect(run(planEndsAtTotal, { ...clean, spendingPlan: plan })).toEqual([]);
  });

  it('accepts a cumulative plan that spends nothing for a while, or everything early', () => {
    expect(run(planCumulative, { ...clean, spendingPlan: { mar: '0', jun: '0', oct: '200000.00', dec: '200000.00' } })).toEqual([]);
    expect(run(planCumulative, { ...clean, spendingPlan: { mar: '200000.00', jun: '200000.00', oct: '200000.00', dec: '200000.00' } })).toEqual([]);
  });
});

describe('planEndsAtTotal', () => {
  it('names the last column and the budget when they differ', () => {
    expect(run(planEndsAtTotal, { ...clean, spendingPlan: { ...clean.spendingPlan, dec: '180000.00' } })).toEqual([
      {
        code: 'PLAN_NOT_AT_TOTAL',
        field: 'spendingPlan.dec',
        message: '资金支出计划（12月底）为 180000.00 元，但预算数为 200000.00 元：累计计划在年底应等于预算数。',
      },
    ]);
    expect(run(planEndsAtTotal, { ...clean, spendingPlan: { ...clean.spendingPlan, dec: null } })).toEqual([]);
  });
});

describe('level1GroupsPresent', () => {
  it('asks for each missing group with an example', () => {
    const noSatisfaction = { ...clean, indicators: clean.indicators.filter((indicator) => indicator.level1 !== '满意度指标') };
    expect(run(level1GroupsPresent, noSatisfaction)).toEqual([
      {
        code: 'LEVEL1_GROUP_MISSING',
        field: 'indicators',
        message: '满意度指标下没有任何指标：请至少增加一项，例如 服务对象满意度指标 满意率 ≥90%。',
      },
    ]);
    expect(run(level1GroupsPresent, { ...clean, indicators: [] }).map((f) => f.message.split(':')[0])).toEqual([
      '产出指标下没有任何指标：请至少增加一项，例如 数量指标 开展培训次数 10次。',
      '效益指标下没有任何指标：请至少增加一项，例如 社会效益指标 构建和谐劳动关系 效果显著。',
      '满意度指标下没有任何指标：请至少增加一项，例如 服务对象满意度指标 满意率 ≥90%。',
    ]);
  });

  it('accepts the newer layout with 成本指标 as a level 1', () => {
    const costLevel1 = withIndicator(1, { level1: '成本指标', level2: '经济成本指标' });
    expect(validateForSubmission(toContent(costLevel1))).toEqual({ errors: [], warnings: [] });
  });
});

describe('level1Known', () => {
  it('names a level 1 that is not one', () => {
    expect(run(level1Known, withIndicator(2, { level1: '数量指标' }))).toEqual([
      {
        code: 'LEVEL1_UNKNOWN',
        field: 'indicators[2].level1',
        message: '第 3 项指标「就业人数登记率」的一级指标是「数量指标」，不是规定的一级指标：请使用 产出指标、效益指标、满意度指标 或 成本指标。',
      },
    ]);
  });
});

describe('level2BelongsToLevel1', () => {
  it('warns about a level 2 filed under another level 1 and says where it belongs', () => {
    expect(run(level2BelongsToLevel1, withIndicator(4, { level2: '数量指标' }))).toEqual([
      {
        code: 'LEVEL2_MISMATCH',
        field: 'indicators[4].level2',
        message:
          '第 5 项指标「构建和谐劳动关系」归在 效益指标 /「数量指标」下，但「数量指标」不是效益指标的二级指标（它应归在产出指标下）：在效益指标下请使用 经济效益指标, 社会效益指标, 生态效益指标 or 可持续影响指标。',
      },
    ]);
  });

  it('tolerates the 指标 suffix missing, wrapped cells and the short forms under 效益', () => {
    expect(run(level2BelongsToLevel1, withIndicator(0, { level2: '数量' }))).toEqual([]);
    expect(run(level2BelongsToLevel1, withIndicator(6, { level2: '服务对象满\n意度指标' }))).toEqual([]);
    expect(run(level2BelongsToLevel1, withIndicator(4, { level2: '社会效益' }))).toEqual([]);
    expect(run(level2BelongsToLevel1, withIndicator(4, { level2: '经济' }))).toEqual([]);
  });

  it('warns about a level 2 cut short (seed table 12: 服务对象满), and refuses an empty one', () => {
    expect(run(level2BelongsToLevel1, withIndicator(6, { level2: '服务对象满' }))[0]?.message).toBe(
      '第 7 项指标「满意率」归在 满意度指标 /「服务对象满」下，但「服务对象满」不是满意度指标的二级指标：在满意度指标下请使用 服务对象满意度指标。',
    );
    expect(run(level2BelongsToLevel1, withIndicator(0, { level2: ' ' }))).toEqual([
      {
        code: 'LEVEL2_MISSING',
        field: 'indicators[0].level2',
        message: '第 1 项指标「开展就业培训数」的二级指标为空：在产出指标下请使用 数量指标, 质量指标, 时效指标 or 成本指标。',
      },
    ]);
  });

  it('leaves an unknown level 1 to level1Known', () => {
    expect(run(level2BelongsToLevel1, withIndicator(0, { level1: '数量指标', level2: '' }))).toEqual([]);
  });
});

describe('targetMeasurable', () => {
  it('refuses an empty target value', () => {
    expect(run(targetMeasurable, withIndicator(0, { valueText: ' ' }))).toEqual([
      {
        code: 'TARGET_VALUE_MISSING',
        field: 'indicators[0].valueText',
        message: '第 1 项指标「开展就业培训数」的指标值为空：请写出比较符、数值和单位（例如 ≥300人、≤2420元），或写等级短语（例如 效果显著）。',
      },
    ]);
  });

  it('accepts numbers, graded phrases and a figure after its own group name (seed table 13: 满意度90百分比), and refuses what stays text', () => {
    expect(run(targetMeasurable, clean)).toEqual([]);
    expect(run(targetMeasurable, withIndicator(6, { valueText: '满意度90百分比' }))).toEqual([]);
    expect(codesAndFields(targetMeasurable, withIndicator(6, { valueText: '最低工资标准的150%' }))).toEqual([
      ['TARGET_NOT_MEASURABLE', 'indicators[6].valueText'],
    ]);
  });
});

describe('targetHasUnit', () => {
  it('asks what a bare number counts', () => {
    expect(run(targetHasUnit, withIndicator(6, { valueText: '≥90' }))).toEqual([
      {
        code: 'TARGET_UNIT_MISSING',
        field: 'indicators[6].valueText',
        message: '第 7 项指标「满意率」的指标值「≥90」没有计量单位：请说明计的是什么，例如 ≥90% 或 ≥90人。',
      },
    ]);
    expect(run(targetHasUnit, withIndicator(4, { valueText: '效果显著' }))).toEqual([]);
  });
});

describe('basisGiven', () => {
  it('asks where an empty basis comes from', () => {
    expect(run(basisGiven, withIndicator(1, { basis: '' }))).toEqual([
      {
        code: 'BASIS_MISSING',
        field: 'indicators[1].basis',
        message:
          '第 2 项指标「人均补贴水平」的指标值确定依据为空：请说明目标值的来源，例如 县委县政府工作安排、行业标准、预算安排 或确定该值的文件文号。',
      },
    ]);
  });
});

describe('basisDocument', () => {
  const fundedBy188 = { ...clean, name: '冀财社2021年 188号提前下达2022年省级就业补助资金' };

  it('warns when the basis cites another document than the one funding the project (seed table 2)', () => {
    const input = { ...fundedBy188, indicators: fundedBy188.indicators.map((indicator, i) => (i === 4 ? { ...indicator, basis: '冀财社[2021]153号' } : indicator)) };
    expect(run(basisDocument, input)).toEqual([
      {
        code: 'BASIS_OTHER_DOCUMENT',
        field: 'indicators[4].basis',
        message: '第 5 项指标「构建和谐劳动关系」的指标值确定依据引用了 2021年153号，但本项目的资金文件是 2021年188号：请核实该依据是否属于本项目。',
      },
    ]);
  });

  it('is silent when the basis cites the project\'s own document however it is printed, or when the name cites none', () => {
    const own = { ...fundedBy188, indicators: fundedBy188.indicators.map((indicator) => ({ ...indicator, basis: '冀财社 2021年\n188号文' })) };
    expect(run(basisDocument, own)).toEqual([]);
    expect(run(basisDocument, { ...clean, indicators: clean.indicators.map((indicator) => ({ ...indicator, basis: '冀财社[2021]153号' })) })).toEqual([]);
  });
});

describe('costIndicatorPresent', () => {
  it('asks for a cost indicator when none is under 成本 (seed tables 1 and 2 file 投入成本 under 经济效益)', () => {
    const noCost = { ...clean, indicators: clean.indicators.filter((indicator) => indicator.level2 !== '成本指标') };
    expect(codesAndFields(costIndicatorPresent, noCost)).toEqual([['COST_INDICATOR_MISSING', 'indicators']]);
  });
});

describe('costIsACost', () => {
  it('is silent about a ceiling or a fixed amount', () => {
    expect(run(costIsACost, clean)).toEqual([]);
    expect(run(costIsACost, withIndicator(1, { valueText: '60000元' }))).toEqual([]);
  });

  it('warns about a revenue named in the description even with a fixed amount', () => {
    expect(codesAndFields(costIsACost, withIndicator(1, { description: '征缴社会保险的收入', valueText: '11万元' }))).toEqual([
      ['COST_NOT_A_COST', 'indicators[1].description'],
    ]);
    expect(codesAndFields(costIsACost, withIndicator(1, { level3: '征缴收入', valueText: '11万元' }))).toEqual([
      ['COST_NOT_A_COST', 'indicators[1].level3'],
    ]);
  });

  it('warns about a minimum under a 成本 level 1 too', () => {
    expect(codesAndFields(costIsACost, withIndicator(1, { level1: '成本指标', level2: '经济成本指标', valueText: '>5元' }))).toEqual([
      ['COST_NOT_A_COST', 'indicators[1].valueText'],
    ]);
  });
});
