import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parseTargetDocument } from '../target-document/parse-target-document.js';
import type { ReviewCode } from './review-codes.js';
import { reviewUnitYear } from './review-unit-year.js';
import { seedTables } from './test-support/reviewed-document.js';

/**
 * Every finding of the review assistant on the seed document (seeds/), checked one by one
 * against the seed examples of docs/review-assistant.md (its table of codes) and a careful
 * reading of the tables ("Measured on the seed" there). Each line: table, code, cell, other
 * table, and why a reviewer says it.
 */
const expected: ReadonlyArray<[number, ReviewCode, string, number | null, string]> = [
  [1, 'GOAL_REPEATED', 'goals[1]', null, 'the same goal sentence three times (table 1)'],
  [1, 'GOAL_REPEATED', 'goals[2]', null, 'the same goal sentence three times (table 1)'],
  [1, 'BASIS_DOCUMENT_SPELT_TWO_WAYS', 'indicators[3].basis', null, 'a basis document written two ways: 冀财社2021年 153号 / 冀财社[2021]153号'],
  [2, 'GOALS_COPIED', 'goals[0]', 1, 'table 2 copied from table 1: its goals are table 1\'s word for word'],
  [2, 'GOAL_REPEATED', 'goals[1]', null, 'the same goal sentence three times (table 2)'],
  [2, 'GOAL_REPEATED', 'goals[2]', null, 'the same goal sentence three times (table 2)'],
  [2, 'INDICATORS_COPIED', 'indicators', 1, 'an indicator set copied from table 1 with one value changed (≥300人 for 114 as for 723 万元)'],
  [3, 'DESCRIPTION_CONTRADICTS_NAME', 'indicators[2].description', null, '就业人数登记率 described as 失业人数'],
  [4, 'GOALS_OF_ANOTHER_PROJECT', 'goals[0]', 5, 'tables 4 and 5 swapped: 劳动仲裁 goal on the 劳动监察 table'],
  [4, 'LEVEL3_REPEATS_LEVEL2', 'indicators[6].level3', null, 'a level 3 that repeats its level 2 (服务对象满意度指标)'],
  [5, 'GOALS_OF_ANOTHER_PROJECT', 'goals[0]', 4, 'tables 4 and 5 swapped: 劳动监察 goal on the 劳动仲裁 table'],
  [7, 'COST_PER_WHAT_MISSING', 'indicators[1].level3', null, 'a cost with no "per what" (档案管理成本 ≤10元)'],
  [8, 'COST_WITHOUT_CURRENCY', 'indicators[1].valueText', null, 'a cost without currency (13万)'],
  [8, 'DESCRIPTION_COPIED', 'indicators[5].description', 6, 'table 8\'s 派遣 wording in a recruitment project'],
  [10, 'COST_AS_PERCENT', 'indicators[3].valueText', null, 'a cost that is a percentage (工伤补助金 ≥90%)'],
  [10, 'DESCRIPTION_COPIED', 'indicators[5].description', 11, 'table 10\'s 机关事业单位 wording in the 工伤 project'],
  [10, 'BASIS_NOT_A_SOURCE', 'indicators[6].basis', null, 'a basis that is not a source ("满意度")'],
  [11, 'COST_AS_PERCENT', 'indicators[3].valueText', null, 'a cost that is a percentage (养老金额 ≥90%)'],
  [12, 'BASIS_DOCUMENT_SPELT_TWO_WAYS', 'indicators[1].basis', null, 'a basis document written two ways (冀财社 2021年192号文 with a space)'],
  [12, 'TARGET_RATE_ABOVE_100', 'indicators[2].valueText', null, 'a rate above 100 % (≥100%)'],
  [12, 'BASIS_NOT_A_SOURCE', 'indicators[6].basis', null, 'a basis that is not a source ("满意度")'],
  [13, 'LEVEL2_MISFILED', 'indicators[2].level2', null, 'revenue under 时效 (table 13)'],
  [13, 'LEVEL2_MISFILED', 'indicators[3].level2', null, 'a timeliness rate under 成本 (table 13)'],
  [14, 'TARGET_COUNT_AS_PERCENT', 'indicators[0].valueText', null, 'a head count with a percentage (参保人数 ≥90%)'],
  [14, 'TARGET_RATE_AS_DURATION', 'indicators[2].valueText', null, 'a rate with a duration (≤31天)'],
  [14, 'COST_AS_PERCENT', 'indicators[3].valueText', null, 'a cost that is a percentage (缴费率 ≥90%)'],
  [15, 'UNIT_COST_OVER_BUDGET', 'indicators[3].valueText', null, '4元 × 7.24万人 = 28.96万元 > 20.00万元'],
  [15, 'BASIS_SAME_ON_EVERY_ROW', 'indicators[6].basis', null, 'the same basis pasted on every row'],
];

/** The findings a careful reviewer would not raise (docs/review-assistant.md): none on the seed. */
const falseAlarms: ReadonlyArray<[number, ReviewCode, string]> = [];

const tables = seedTables();
const seqOf = new Map(tables.map((table) => [table.projectCode, table.seq]));
const findings = reviewUnitYear(tables);

describe('the review of the seed document, finding by finding', () => {
  it.each(expected.map((line, k) => [k + 1, ...line] as const))('%i. table %i: %s at %s (other table %s) — %s', (_, seq, code, field, other) => {
    const found = findings.filter((f) => seqOf.get(f.projectCode) === seq && f.code === code && f.field === field);
    expect(found.map((f) => (f.otherProjectCode === null ? null : seqOf.get(f.otherProjectCode)))).toEqual([other]);
  });

  it('says nothing else: every finding is one of the list, in form order table by table', () => {
    expect(findings.map((f) => [seqOf.get(f.projectCode), f.code, f.field, f.otherProjectCode === null ? null : seqOf.get(f.otherProjectCode)])).toEqual(
      expected.map(([seq, code, field, other]) => [seq, code, field, other]),
    );
  });

  it('is silent on the tables the seed has right for a reviewer (6 and 9: what is wrong there the submission checks say)', () => {
    expect(findings.filter((f) => [6, 9].includes(seqOf.get(f.projectCode) ?? 0))).toEqual([]);
  });

  it('measures the false-alarm rate: 0 of 28 findings', () => {
    expect(findings).toHaveLength(28);
    expect(falseAlarms.length / findings.length).toBe(0);
  });

  it('names the cell and what to change in Chinese, each message unique to its cell', () => {
    for (const finding of findings) expect(finding.message).toMatch(/请/u);
    expect(new Set(findings.map((f) => `${f.projectCode} ${f.field} ${f.message}`)).size).toBe(findings.length);
  });

  it('reports the same findings in the import\'s anomaly report, each with its severity (审核错误/提示/建议)', () => {
    const sample = readFileSync(new URL('../../../../seeds/2022-julu-hrss-performance-targets.txt', import.meta.url), 'utf8');
    const { document } = parseTargetDocument(sample);
    const reviewAnomalies = document.projects.flatMap((project) => project.anomalies.filter((anomaly) => anomaly.startsWith('审核')).map((anomaly) => [project.seq, anomaly] as const));
    expect(reviewAnomalies).toHaveLength(28);
    expect(reviewAnomalies.filter(([seq]) => seq === 15).map(([, a]) => a.slice(0, 4))).toEqual(['审核错误', '审核提示']);
    expect(reviewAnomalies.filter(([seq]) => seq === 1).map(([, a]) => a.slice(0, 4))).toEqual(['审核提示', '审核提示', '审核建议']);
    expect(reviewAnomalies.find(([seq, a]) => seq === 2 && a.includes('INDICATORS') === false && a.includes('只改了 投入成本'))?.[1]).toMatch(/^审核提示（绩效指标）：/u);
  });
});
