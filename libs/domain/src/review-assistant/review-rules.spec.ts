import { describe, expect, it } from '@jest/globals';
import type { Indicator, TargetTableContent } from '../target-table/target-table.events.js';
import { parseTarget } from '../target-table/indicator-target.js';
import { basisDocumentSpeltOnce, basisIsASource, basisNotPastedEverywhere } from './basis-checks.js';
import { descriptionsNotCopied, goalsAboutOwnProject, goalsNotCopied, indicatorsNotCopied } from './copies-across-tables.js';
import { costReconciles } from './cost-reconciles.js';
import { descriptionFitsName } from './description-fits-name.js';
import { goalsRepeated } from './goals-repeated.js';
import { indicatorKind, targetKind } from './indicator-kind.js';
import { level2Misfiled, level3RepeatsLevel2 } from './level-placement.js';
import type { ReviewedTable, TableReviewRule, UnitYearReviewRule } from './review-finding.js';
import { similarity } from './review-text.js';
import { costTargetFits, targetKindFits } from './target-kind-fits.js';
import { seedTables } from './test-support/reviewed-document.js';

const seed = seedTables();

function table(seq: number): ReviewedTable {
  const found = seed.find((t) => t.seq === seq);
  if (found === undefined) throw new Error(`seed table ${seq} missing`);
  return found;
}

/** Seed table n's content with row i changed as a preparer would correct it (the target re-read from its text). */
function corrected(seq: number, i: number, change: Partial<Indicator>): TargetTableContent {
  const { content } = table(seq);
  return {
    ...content,
    indicators: content.indicators.map((indicator, j) => {
      if (j !== i) return indicator;
      const next = { ...indicator, ...change };
      return { ...next, target: parseTarget(next.valueText, next.level1Kind, next.level2) };
    }),
  };
}

/** given(content).when(rule) → [code, field] of what it says. */
const when = (rule: TableReviewRule, content: TargetTableContent) => rule(content).map((f) => [f.code, f.field]);
const whenAcross = (rule: UnitYearReviewRule, tables: ReviewedTable[]) => rule(tables).map((f) => [f.projectCode, f.code, f.field, f.otherProjectCode]);

describe('the vocabulary of kinds', () => {
  it.each([
    ['享受就业补助人员数量', 'count'],
    ['参保人数', 'count'],
    ['举办招聘会次数', 'count'],
    ['就业人数登记率', 'rate'],
    ['资金发放到位率（%）', 'rate'],
    ['发放时间', 'duration'],
    ['档案管理成本', 'money'],
    ['工伤补助金', 'money'],
    ['维护社会稳定', null],
  ])('reads %s as %s', (level3, kind) => {
    expect(indicatorKind({ level3, description: '' })).toBe(kind);
  });

  it.each([
    ['%', 'rate'],
    ['天', 'duration'],
    ['元', 'money'],
    ['万元', 'money'],
    ['人', 'count'],
    ['万人', 'count'],
    ['万', null],
    [null, null],
  ])('reads the unit %s as %s', (unit, kind) => {
    expect(targetKind(unit)).toBe(kind);
  });

  it('compares texts without numbering, spacing and punctuation', () => {
    expect(similarity('1.落实政策，做好援助。', '2. 落实政策 做好援助')).toBe(1);
    expect(similarity('劳务派遣人员在工作中发挥的作用', '招聘派遣人员在工作中发挥的作用')).toBeGreaterThan(0.75);
    expect(similarity('提高劳动仲裁办案质量和效率', '健全就业服务体系')).toBeLessThan(0.2);
  });
});

describe('goalsRepeated', () => {
  it('given seed table 1 (one goal three times), names goals 2 and 3', () => {
    expect(when(goalsRepeated, table(1).content)).toEqual([
      ['GOAL_REPEATED', 'goals[1]'],
      ['GOAL_REPEATED', 'goals[2]'],
    ]);
  });
  it('given the goal once, is silent', () => {
    expect(when(goalsRepeated, { ...table(1).content, goals: table(1).content.goals.slice(0, 1) })).toEqual([]);
  });
});

describe('targetKindFits', () => {
  it('given seed table 14, names the head count with a percentage and the rate with a duration', () => {
    expect(when(targetKindFits, table(14).content)).toEqual([
      ['TARGET_COUNT_AS_PERCENT', 'indicators[0].valueText'],
      ['TARGET_RATE_AS_DURATION', 'indicators[2].valueText'],
    ]);
  });
  it('given seed table 14 with ≥30000人 and ≥95%, is silent', () => {
    const fixed = corrected(14, 0, { valueText: '≥30000人' });
    const both = { ...fixed, indicators: fixed.indicators.map((ind, j) => (j === 2 ? { ...ind, valueText: '≥95%', target: parseTarget('≥95%', ind.level1Kind, ind.level2) } : ind)) };
    expect(when(targetKindFits, both)).toEqual([]);
  });
  it('given seed table 12 (资金发放到位率 ≥100%), names a rate above 100 %; =100% passes', () => {
    expect(when(targetKindFits, table(12).content)).toEqual([['TARGET_RATE_ABOVE_100', 'indicators[2].valueText']]);
    expect(when(targetKindFits, corrected(12, 2, { valueText: '=100%' }))).toEqual([]);
  });
  it('lets a growth rate exceed 100 %', () => {
    expect(when(targetKindFits, corrected(12, 2, { level3: '参保人数增长率', valueText: '≥120%' }))).toEqual([]);
  });
});

describe('costTargetFits', () => {
  it('given seed table 14 (缴费率 ≥90% as cost), names a cost that is a percentage', () => {
    expect(when(costTargetFits, table(14).content)).toEqual([['COST_AS_PERCENT', 'indicators[3].valueText']]);
  });
  it('given seed table 8 (招聘费用标准 13万), names a cost without currency; 13万元 passes', () => {
    expect(when(costTargetFits, table(8).content)).toEqual([['COST_WITHOUT_CURRENCY', 'indicators[1].valueText']]);
    expect(when(costTargetFits, corrected(8, 1, { valueText: '≤13万元' }))).toEqual([]);
  });
  it('given seed table 7 (档案管理成本 ≤10元 of 15 万元), asks per what; 每份档案管理成本 passes', () => {
    expect(when(costTargetFits, table(7).content)).toEqual([['COST_PER_WHAT_MISSING', 'indicators[1].level3']]);
    expect(when(costTargetFits, corrected(7, 1, { level3: '每份档案管理成本' }))).toEqual([]);
  });
  it('given seed table 13, leaves the timeliness rate under 成本 to level2Misfiled', () => {
    expect(when(costTargetFits, table(13).content)).toEqual([]);
  });
  it('given seed tables 3, 4 and 15 (人均 2420元, 60000元 of 6 万元, 每人4元), is silent', () => {
    expect([3, 4, 15].flatMap((seq) => when(costTargetFits, table(seq).content))).toEqual([]);
  });
});

describe('costReconciles', () => {
  it('given seed table 15, names 4元 × 7.24万人 = 28.96万元 above the 20.00万元 budget', () => {
    const [finding] = costReconciles(table(15).content);
    expect(finding?.code).toBe('UNIT_COST_OVER_BUDGET');
    expect(finding?.severity).toBe('error');
    expect(finding?.field).toBe('indicators[3].valueText');
    expect(finding?.message).toContain('4元 × 第 1 项指标「我县人数全部认证」的 7.24万人 = 28.96万元，超过预算数 20.00万元');
  });
  it('given 2元 a person, 14.48万元 fits the budget and it is silent', () => {
    expect(when(costReconciles, corrected(15, 3, { valueText: '2元' }))).toEqual([]);
  });
  it('given a capped unit cost (≤4元), it multiplies nothing: the product is no lower bound', () => {
    expect(when(costReconciles, corrected(15, 3, { valueText: '≤4元' }))).toEqual([]);
  });
  it('given a total cost above the budget (seed table 4 with 80000元 of 6 万元), names it', () => {
    expect(when(costReconciles, corrected(4, 1, { valueText: '80000元' }))).toEqual([['COST_OVER_BUDGET', 'indicators[1].valueText']]);
    expect(when(costReconciles, table(4).content)).toEqual([]);
  });
});

describe('level2Misfiled and level3RepeatsLevel2', () => {
  it('given seed table 13, names the revenue under 时效 and the timeliness rate under 成本', () => {
    const findings = level2Misfiled(table(13).content);
    expect(findings.map((f) => [f.code, f.field])).toEqual([
      ['LEVEL2_MISFILED', 'indicators[2].level2'],
      ['LEVEL2_MISFILED', 'indicators[3].level2'],
    ]);
    expect(findings[0]?.message).toContain('请移到「经济效益指标」下');
    expect(findings[1]?.message).toContain('请移到「时效指标」下');
  });
  it('given seed tables 1, 9 and 11 (到位率 and 按时 under 时效, 按时足额 under 质量), is silent', () => {
    expect([1, 9, 11].flatMap((seq) => when(level2Misfiled, table(seq).content))).toEqual([]);
  });
  it('given seed table 4, names 服务对象满意度指标 as a level 3; 群众满意度 passes', () => {
    expect(when(level3RepeatsLevel2, table(4).content)).toEqual([['LEVEL3_REPEATS_LEVEL2', 'indicators[6].level3']]);
    expect(when(level3RepeatsLevel2, corrected(4, 6, { level3: '群众满意度' }))).toEqual([]);
  });
});

describe('the basis checks', () => {
  it('given seed tables 10 and 12, names 满意度 as no source; 调查问卷 passes', () => {
    expect(when(basisIsASource, table(10).content)).toEqual([['BASIS_NOT_A_SOURCE', 'indicators[6].basis']]);
    expect(when(basisIsASource, table(12).content)).toEqual([['BASIS_NOT_A_SOURCE', 'indicators[6].basis']]);
    expect(when(basisIsASource, corrected(10, 6, { basis: '调查问卷' }))).toEqual([]);
  });
  it('given seed table 15, names one basis pasted on all seven rows; a survey for 满意度 passes', () => {
    expect(when(basisNotPastedEverywhere, table(15).content)).toEqual([['BASIS_SAME_ON_EVERY_ROW', 'indicators[6].basis']]);
    expect(when(basisNotPastedEverywhere, corrected(15, 6, { basis: '调查问卷' }))).toEqual([]);
  });
  it('given seed tables 4 to 9 (one basis except for the 满意度 row), is silent', () => {
    expect([4, 5, 6, 7, 8, 9].flatMap((seq) => when(basisNotPastedEverywhere, table(seq).content))).toEqual([]);
  });
  it('given seed table 1, names 冀财社[2021]153号 beside the name\'s 冀财社2021年 153号', () => {
    const [finding] = basisDocumentSpeltOnce(table(1).content);
    expect([finding?.code, finding?.field]).toEqual(['BASIS_DOCUMENT_SPELT_TWO_WAYS', 'indicators[3].basis']);
    expect(finding?.message).toContain('「冀财社2021年153号」、「冀财社[2021]153号」');
    expect(when(basisDocumentSpeltOnce, corrected(1, 3, { basis: '冀财社2021年153号' }))).toEqual([]);
  });
  it('given seed table 12, names a basis column that spells 192号 with and without a space', () => {
    expect(when(basisDocumentSpeltOnce, table(12).content)).toEqual([['BASIS_DOCUMENT_SPELT_TWO_WAYS', 'indicators[1].basis']]);
  });
});

describe('descriptionFitsName', () => {
  it('given seed table 3, names 就业人数登记率 described as 失业人数', () => {
    expect(when(descriptionFitsName, table(3).content)).toEqual([['DESCRIPTION_CONTRADICTS_NAME', 'indicators[2].description']]);
    expect(when(descriptionFitsName, corrected(3, 2, { level3: '失业人数登记率' }))).toEqual([]);
  });
  it('leaves a name measured through its opposite alone (就业局势稳定 as 城镇登记失业率)', () => {
    expect(when(descriptionFitsName, corrected(3, 2, { level3: '就业局势稳定', description: '城镇登记失业率' }))).toEqual([]);
  });
});

describe('across the tables of a unit\'s year', () => {
  const unit323001 = seed.filter((t) => t.content.unitCode === '323001');
  const unit323003 = seed.filter((t) => t.content.unitCode === '323003');
  const code = (seq: number) => table(seq).projectCode;

  it('given seed tables 1 and 2, names table 2\'s indicator set as table 1\'s with one value changed', () => {
    const [finding] = indicatorsNotCopied([table(1), table(2)]);
    expect([finding?.projectCode, finding?.code, finding?.field, finding?.otherProjectCode]).toEqual([code(2), 'INDICATORS_COPIED', 'indicators', code(1)]);
    expect(finding?.message).toContain('只改了 投入成本（本表 114万元，对方 723万元）');
    expect(finding?.message).toContain('享受就业补助人员数量 ≥300人');
  });
  it('given the whole of unit 323001 and of 323003, names no other copied set (tables 4 and 5, 9 and 13 differ enough)', () => {
    expect(whenAcross(indicatorsNotCopied, unit323001)).toEqual([[code(2), 'INDICATORS_COPIED', 'indicators', code(1)]]);
    expect(whenAcross(indicatorsNotCopied, unit323003)).toEqual([]);
  });
  it('given seed tables 1 and 2, names table 2\'s goal as table 1\'s', () => {
    expect(whenAcross(goalsNotCopied, unit323001)).toEqual([[code(2), 'GOALS_COPIED', 'goals[0]', code(1)]]);
    expect(whenAcross(goalsNotCopied, unit323003)).toEqual([]);
  });
  it('given unit 323001, names table 8\'s 派遣 wording from table 6; given 323003, table 10\'s 机关事业单位 wording from table 11', () => {
    expect(whenAcross(descriptionsNotCopied, unit323001)).toEqual([[code(8), 'DESCRIPTION_COPIED', 'indicators[5].description', code(6)]]);
    expect(whenAcross(descriptionsNotCopied, unit323003)).toEqual([[code(10), 'DESCRIPTION_COPIED', 'indicators[5].description', code(11)]]);
  });
  it('passes boilerplate shared by four tables (使广大参保人员少了后顾之忧，促进了社会稳定)', () => {
    const boilerplate = unit323003.filter((t) => [11, 14, 15].includes(t.seq));
    expect(whenAcross(descriptionsNotCopied, boilerplate)).toEqual([]);
  });
  it('given seed tables 4 and 5, names each one\'s goals as the other\'s, swapped', () => {
    const findings = goalsAboutOwnProject(unit323001);
    expect(findings.map((f) => [f.projectCode, f.code, f.field, f.otherProjectCode])).toEqual([
      [code(4), 'GOALS_OF_ANOTHER_PROJECT', 'goals[0]', code(5)],
      [code(5), 'GOALS_OF_ANOTHER_PROJECT', 'goals[0]', code(4)],
    ]);
    expect(findings[0]?.message).toContain('说的是「劳动仲裁」');
    expect(findings[0]?.message).toContain('两张表的目标看起来对调了');
  });
  it('given table 4 with its own goal, is silent about it and no longer calls table 5\'s a swap', () => {
    const fixed = { ...table(4), content: { ...table(4).content, goals: ['1.提高劳动监察执法办案质量和效率。'] } };
    const findings = goalsAboutOwnProject([fixed, table(5)]);
    expect(findings.map((f) => f.projectCode)).toEqual([code(5)]);
    expect(findings[0]?.message).not.toContain('对调');
  });
});
