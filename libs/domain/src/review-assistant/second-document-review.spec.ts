import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parseTargetDocument } from '../target-document/parse-target-document.js';
import type { ReviewCode } from './review-codes.js';
import { reviewUnitYear } from './review-unit-year.js';
import { reviewedTablesOf } from './test-support/reviewed-document.js';

/**
 * A document written for the review assistant (test-support/health-unit-2023.txt): another
 * unit, amounts in 元, quirks of its own, and a fourth table a reviewer would pass although it
 * holds what looks suspicious to a cruder check (按时 under 质量, a growth rate of 110 %, a capped
 * unit cost, a duration under 时效).
 */
const text = readFileSync(new URL('./test-support/health-unit-2023.txt', import.meta.url), 'utf8');
const tables = reviewedTablesOf(text);
const seqOf = new Map(tables.map((table) => [table.projectCode, table.seq]));
const findings = reviewUnitYear(tables);

const expected: ReadonlyArray<[number, ReviewCode, string, number | null]> = [
  [1, 'TARGET_COUNT_AS_PERCENT', 'indicators[1].valueText', null], // 复查人次 ≥95%
  [1, 'TARGET_RATE_ABOVE_100', 'indicators[2].valueText', null], // 体检覆盖率 ≥105%
  [1, 'UNIT_COST_OVER_BUDGET', 'indicators[4].valueText', null], // 80元 × 3000人 = 24.00万元 > 20.00万元
  [1, 'LEVEL3_REPEATS_LEVEL2', 'indicators[6].level3', null],
  [2, 'DESCRIPTION_CONTRADICTS_NAME', 'indicators[1].description', null], // 按时接种率 described as 逾期
  [2, 'BASIS_DOCUMENT_SPELT_TWO_WAYS', 'indicators[1].basis', null], // 卫疾控〔2022〕12号 / 卫疾控2022年12号
  [2, 'LEVEL2_MISFILED', 'indicators[2].level2', null], // a maintenance fee under 时效
  [2, 'COST_AS_PERCENT', 'indicators[3].valueText', null], // 冷链运行成本 ≤95%
  [2, 'BASIS_NOT_A_SOURCE', 'indicators[5].basis', null], // 接种对象满意度 as its own basis
  [3, 'GOALS_OF_ANOTHER_PROJECT', 'goals[0]', 1], // the 体检 goal on the 家庭医生签约 table
  [3, 'DESCRIPTION_COPIED', 'indicators[4].description', 2], // 疫苗冷链 wording
  [3, 'BASIS_SAME_ON_EVERY_ROW', 'indicators[5].basis', null],
];

describe('the review of a second document (a health unit, 2023, in 元)', () => {
  it('finds each quirk, on its cell, naming the other table where there is one', () => {
    expect(findings.map((f) => [seqOf.get(f.projectCode), f.code, f.field, f.otherProjectCode === null ? null : seqOf.get(f.otherProjectCode)])).toEqual(expected);
  });

  it('computes the reconciliation in 万元 from yuan: 80元 × 3000人 = 24.00万元 > 20.00万元', () => {
    expect(findings.find((f) => f.code === 'UNIT_COST_OVER_BUDGET')?.message).toContain('80元 × 第 1 项指标「体检人数」的 3000人 = 24.00万元，超过预算数 20.00万元');
  });

  it('passes table 4, which a reviewer would pass', () => {
    expect(findings.filter((f) => seqOf.get(f.projectCode) === 4)).toEqual([]);
  });

  it('the import reports table 3\'s cross-table findings among its anomalies, and none for table 4', () => {
    const { document } = parseTargetDocument(text);
    const review = (seq: number) => document.projects.find((p) => p.seq === seq)?.anomalies.filter((a) => a.startsWith('审核')) ?? [];
    expect(review(3)).toHaveLength(3);
    expect(review(3).some((a) => a.startsWith('审核提示（绩效目标第 1 项）：') && a.includes('老年人免费体检补助资金'))).toBe(true);
    expect(review(4)).toEqual([]);
  });
});
