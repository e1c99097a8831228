import { describe, expect, it } from '@jest/globals';
import { refusalOf } from '../../../test/refusal.js';
import { seedTable3 } from '../../target-table/fixtures/seed-table-3.js';
import { toContent } from '../../target-table/target-table-input.js';
import type { Indicator } from '../../target-table/target-table.events.js';
import { evaluationGradeLabels } from './evaluation-grade.js';
import { shownScore } from './exact-decimal.js';
import { type IndicatorResult, type IndicatorToScore, scoreEvaluation } from './score-evaluation.js';

/**
 * Seed table 3 (就业工作经费, budget 200000.00 元): 产出 — 10次 trainings, ≤2420 元 subsidy
 * (成本), 100% registration, 100% payment; 效益 — two 效果显著; 满意度 — ≥98%.
 */
const indicators = toContent({ ...seedTable3, sectionId: 'employment' }).indicators;
const budgetFen = 20000000;

const measured = (actual: string): IndicatorResult => ({ kind: 'MEASURED', actual });
const graded = (grade: 'ACHIEVED' | 'PARTLY_ACHIEVED' | 'NOT_ACHIEVED', percent: string): IndicatorResult => ({ kind: 'GRADED', grade, percent });

const results: IndicatorResult[] = [
  measured('8'),
  measured('2662'),
  measured('100'),
  measured('100'),
  graded('ACHIEVED', '90'),
  graded('PARTLY_ACHIEVED', '70'),
  measured('99'),
];

const entries = (list: readonly Indicator[] = indicators, given: ReadonlyArray<IndicatorResult | null> = results): IndicatorToScore[] =>
  list.map((indicator, i) => ({ indicator, weight: null, result: given[i] ?? null }));

const rowsOf = (card: ReturnType<typeof scoreEvaluation>) =>
  card.rows.map((row) => [row.index, shownScore(row.points), shownScore(row.score), row.explanationReasons]);

describe('scoring the final evaluation of seed table 3', () => {
  it('worked example: 9.50 + 46.25 + 24.00 + 10.00 = 89.75, 良', () => {
    const card = scoreEvaluation({ budgetFen, executedFen: 19000000, indicators: entries() });
    expect(shownScore(card.execution.score)).toBe('9.50');
    expect(rowsOf(card)).toEqual([
      [0, '12.50', '10.00', ['SHORT_OF_FULL_POINTS']], // 8 of ≥10 trainings: 12.5 × 8 / 10
      [1, '12.50', '11.25', ['SHORT_OF_FULL_POINTS']], // 成本 2662 元 over ≤2420 元 by 10 %: 12.5 × 0.9
      [2, '12.50', '12.50', []],
      [3, '12.50', '12.50', []],
      [4, '15.00', '13.50', ['SHORT_OF_FULL_POINTS']], // 达成 at 90 % of 15
      [5, '15.00', '10.50', ['SHORT_OF_FULL_POINTS']], // 部分达成 at 70 % of 15
      [6, '10.00', '10.00', []], // 99 % of ≥98 %
    ]);
    expect(card.groups.map((group) => [group.label, shownScore(group.points), group.indicatorCount, shownScore(group.score)])).toEqual([
      ['产出指标', '50.00', 4, '46.25'],
      ['效益指标', '30.00', 2, '24.00'],
      ['满意度指标', '10.00', 1, '10.00'],
    ]);
    expect(card.redistribution).toBeNull();
    expect(shownScore(card.total)).toBe('89.75');
    expect(evaluationGradeLabels[card.grade]).toBe('良');
  });

  it('all met and everything spent is 100.00, 优, with only the full marks of the graded rows', () => {
    const full = [measured('10'), measured('2420'), measured('100'), measured('100'), graded('ACHIEVED', '100'), graded('ACHIEVED', '100'), measured('98')];
    const card = scoreEvaluation({ budgetFen, executedFen: budgetFen, indicators: entries(indicators, full) });
    expect(shownScore(card.total)).toBe('100.00');
    expect(evaluationGradeLabels[card.grade]).toBe('优');
    expect(card.rows.every((row) => row.explanationReasons.length === 0)).toBe(true);
  });

  it('over-completion at 130 % or more needs an explanation but the score stays at full points', () => {
    const over = [measured('13'), measured('1694'), ...results.slice(2)];
    const card = scoreEvaluation({ budgetFen, executedFen: budgetFen, indicators: entries(indicators, over) });
    expect(rowsOf(card).slice(0, 2)).toEqual([
      [0, '12.50', '12.50', ['OVER_COMPLETION']], // 13 of ≥10 is 130 %
      [1, '12.50', '12.50', ['OVER_COMPLETION']], // 1694 元 against ≤2420 元 is 1 − (1694 − 2420) / 2420 = 130 %
    ]);
  });

  it('actual 0 of a positive target earns 0 and needs an explanation', () => {
    const card = scoreEvaluation({ budgetFen, executedFen: budgetFen, indicators: entries(indicators, [measured('0'), ...results.slice(1)]) });
    expect(rowsOf(card)[0]).toEqual([0, '12.50', '0.00', ['SHORT_OF_FULL_POINTS']]);
  });

  it('an execution rate under 90 % needs an explanation', () => {
    expect(scoreEvaluation({ budgetFen, executedFen: 17000000, indicators: entries() }).execution.explanationNeeded).toBe(true);
  });

  it('without 满意度 its 10 points go 50 : 30 to 产出 and 效益, and the result says so', () => {
    const card = scoreEvaluation({ budgetFen, executedFen: budgetFen, indicators: entries(indicators.slice(0, 6)) });
    expect(card.groups.map((group) => shownScore(group.points))).toEqual(['56.25', '33.75']);
    expect(rowsOf(card)[2]).toEqual([2, '14.06', '14.06', []]); // 56.25 / 4 = 14.0625
    expect(card.redistribution).toContain('满意度指标（10 分）没有指标');
  });

  it('a 成本指标 printed at level 1 shares the 产出 points and counts as negative even when printed ≥', () => {
    const cost: Indicator = {
      ...indicators[1]!,
      level1: '成本指标',
      level1Kind: 'COST',
      level2: '经济成本指标',
      valueText: '≥2420元',
      target: { comparator: '>=', value: '2420', unit: '元', direction: 'POSITIVE' },
    };
    const card = scoreEvaluation({
      budgetFen,
      executedFen: budgetFen,
      indicators: entries([...indicators, cost], [...results, measured('2662')]),
    });
    expect(card.groups.map((group) => [group.label, group.indicatorCount])).toEqual([
      ['产出指标', 5],
      ['效益指标', 2],
      ['满意度指标', 1],
    ]);
    const row = card.rows[7]!;
    expect([row.direction, shownScore(row.points), shownScore(row.score)]).toEqual(['NEGATIVE', '10.00', '9.00']);
  });

  it('follows weights set for a group', () => {
    const weighted = entries().map((entry, i) => (i < 4 ? { ...entry, weight: ['40', '20', '20', '20'][i]! } : entry));
    const card = scoreEvaluation({ budgetFen, executedFen: budgetFen, indicators: weighted });
    expect(rowsOf(card).slice(0, 2)).toEqual([
      [0, '20.00', '16.00', ['SHORT_OF_FULL_POINTS']],
      [1, '10.00', '9.00', ['SHORT_OF_FULL_POINTS']],
    ]);
  });
});

describe('qualitative bands', () => {
  const withEffect = (result: IndicatorResult) => entries(indicators, [...results.slice(0, 4), result, ...results.slice(5)]);
  const scoreOf = (result: IndicatorResult) => shownScore(scoreEvaluation({ budgetFen, executedFen: budgetFen, indicators: withEffect(result) }).rows[4]!.score);

  it.each([
    [graded('ACHIEVED', '100'), '15.00'],
    [graded('ACHIEVED', '80'), '12.00'],
    [graded('PARTLY_ACHIEVED', '79.99'), '12.00'],
    [graded('PARTLY_ACHIEVED', '60'), '9.00'],
    [graded('NOT_ACHIEVED', '59.99'), '9.00'],
    [graded('NOT_ACHIEVED', '0'), '0.00'],
  ])('%j of 15 points scores %s', (result, score) => {
    expect(scoreOf(result)).toBe(score);
  });

  it.each([
    [graded('ACHIEVED', '79.99'), '「79.99」超出「达成」的范围：「达成」为该指标分值的 80% 至 100%'],
    [graded('ACHIEVED', '101'), '「101」超出「达成」的范围：「达成」为该指标分值的 80% 至 100%'],
    [graded('PARTLY_ACHIEVED', '80'), '「80」超出「部分达成」的范围：「部分达成」为该指标分值的 60% 至 80%（不含）'],
    [graded('NOT_ACHIEVED', '60'), '「60」超出「未达成」的范围：「未达成」为该指标分值的 0% 至 60%（不含）'],
    [graded('NOT_ACHIEVED', '-1'), '「-1」超出「未达成」的范围：「未达成」为该指标分值的 0% 至 60%（不含）'],
  ])('refuses %j outside its band', (result, message) => {
    expect(refusalOf(() => scoreEvaluation({ budgetFen, executedFen: budgetFen, indicators: withEffect(result) })).problems).toEqual([
      { field: 'indicators[4].percent', message },
    ]);
  });
});

describe('refused inputs', () => {
  it('names every indicator without a usable result at once', () => {
    const given = [null, graded('ACHIEVED', '90'), measured('abc'), ...results.slice(3, 4), measured('100'), ...results.slice(5)];
    const error = refusalOf(() => scoreEvaluation({ budgetFen, executedFen: budgetFen, indicators: entries(indicators, given) }));
    expect(error.code).toBe('VALIDATION');
    expect(error.problems).toEqual([
      { field: 'indicators[0].actual', message: '必填：请填写「开展就业培训数」的完成值（目标值 10次）' },
      { field: 'indicators[1].actual', message: '必填：请填写「人均补贴水平」的完成值（目标值 ≤2420 元）' },
      { field: 'indicators[2].actual', message: '「abc」不是数字：请以小数填写完成值，例如 98.5' },
      {
        field: 'indicators[4].grade',
        message: '「构建和谐劳动关系」的指标值「效果显著」没有可衡量的数字：请评定为 达成、部分达成 或 未达成，并给出得分百分比',
      },
    ]);
  });

  it('refuses an indicator whose level 1 earns no points', () => {
    const stray: Indicator = { ...indicators[0]!, level1: '其他指标', level1Kind: null };
    const error = refusalOf(() => scoreEvaluation({ budgetFen, executedFen: budgetFen, indicators: entries([stray]) }));
    expect(error.problems.map((problem) => problem.field)).toEqual(['indicators[0].level1']);
  });

  it('refuses weights that do not add up, naming the group', () => {
    const weighted = entries().map((entry, i) => (i < 4 ? { ...entry, weight: '20' } : entry));
    const error = refusalOf(() => scoreEvaluation({ budgetFen, executedFen: budgetFen, indicators: weighted }));
    expect(error.problems.map((problem) => problem.field)).toEqual(['weights.产出指标']);
  });
});
