import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { approveSeedTable3 } from '../support/approved-seed-table-3.js';
import { readStores, startApiOn } from '../support/read-stores.js';
import { reviewCalls } from '../support/review-calls.js';
import { because, workedResults } from '../support/worked-final-evaluation.js';
import { RunningApi, setUpDemoDirectory, type DemoDirectory } from '../support/running-api.js';

const EVALUATION_FIELDS = `
  projectCode fiscalYear name unitCode status statusLabel version baselineVersion currentStep { step label }
  approvedVersion approvedTotal approvedGrade
  scorecard {
    execution { budget executed ratePercent points score explanationNeeded explanation { cause measure } }
    groups { label points score indicatorCount }
    redistribution
    rows { index indicator { level3 valueText } actual grade gradeLabel percent points score completionPercent explanationReasons explanation { cause } }
    total grade gradeLabel missing { field message }
  }`;
const PAYLOAD = `commandId position replayed finalEvaluation { ${EVALUATION_FIELDS} }`;
const mutation = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { ${PAYLOAD} } }`;
const OPEN = mutation('openFinalEvaluation', 'FinalEvaluationRefInput');
const RECORD = mutation('recordFinalEvaluationResults', 'RecordFinalEvaluationResultsInput');
const EXECUTION = mutation('recordFinalEvaluationExecution', 'FinalEvaluationRefInput');
const EXPLAIN = mutation('explainFinalEvaluation', 'ExplainFinalEvaluationInput');
const SUBMIT = mutation('submitFinalEvaluation', 'FinalEvaluationRefInput');
const APPROVE = mutation('approveFinalEvaluationStep', 'ApproveFinalEvaluationStepInput');
const CORRECT = mutation('correctFinalEvaluation', 'CorrectFinalEvaluationInput');
const DISBURSE = `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { position } }`;
const GET = `query($code: String!, $year: Int!, $min: String) { finalEvaluation(projectCode: $code, fiscalYear: $year, minPosition: $min) { ${EVALUATION_FIELDS} } }`;
const ROLL_UP = `query($year: Int!, $unit: String, $min: String) { finalEvaluationRollUp(fiscalYear: $year, unitCode: $unit, minPosition: $min) {
  unitCode projectCount finalCount averageScore countPerGrade { grade label count }
  lowestIndicators { projectCode level3 points score percentOfPoints } projects { projectCode status total grade }
} }`;

const code = '13052922P00584010316P';
const year = 2022;
const ref = { projectCode: code, fiscalYear: year };

const results = workedResults;

describe.each(readStores)('final evaluation over HTTP ($readStore read store)', ({ open }) => {
  let api: RunningApi;
  let stop: () => Promise<void>;
  let demo: DemoDirectory;

  beforeAll(async () => {
    ({ api, stop } = await startApiOn(open));
    demo = await setUpDemoDirectory(api);
    await approveSeedTable3(api, demo);
  });

  afterAll(() => stop());

  const { ok, refused } = reviewCalls(() => api, ref);

  it('scores seed table 3 from recorded results, is decided through the chain, and rolls up', async () => {
    const opened = await ok(demo.preparer, OPEN, {});
    expect(opened.finalEvaluation).toMatchObject({ status: 'DRAFT', version: 1, baselineVersion: 1, name: '就业工作经费', scorecard: { total: null } });
    expect(opened.finalEvaluation.scorecard.rows).toHaveLength(7);

    // A grade outside its band is refused, naming the field, and nothing is written.
    const outOfBand = await refused(demo.preparer, RECORD, { results: [{ index: 5, grade: 'PARTLY_ACHIEVED', percent: '85' }] });
    expect(outOfBand.code).toBe('VALIDATION');
    expect(outOfBand.problems).toEqual([{ field: 'results[0].percent', message: '「85」超出「部分达成」的范围：「部分达成」为该指标分值的 60% 至 80%（不含）' }]);
    const unchanged = await api.must<{ finalEvaluation: any }>(demo.preparer, GET, { code, year, min: opened.position });
    expect(unchanged.finalEvaluation.scorecard.rows[5].grade).toBeNull();

    // Only a preparer of the section records; an auditor changes nothing.
    expect((await refused(demo.auditor, RECORD, { results })).code).toBe('FORBIDDEN');

    await ok(demo.preparer, RECORD, { results });
    // The office paid 190000.00 of the 200000.00 budget during the year.
    await api.must(demo.office, DISBURSE, { input: { ...ref, amount: '190000.00', date: '2022-11-20', voucherNumber: '记-2022-1120', payee: '巨鹿县就业服务中心' } });
    const executed = await ok(demo.preparer, EXECUTION, {});
    expect(executed.finalEvaluation.scorecard.execution).toEqual({
      budget: '200000.00',
      executed: '190000.00',
      ratePercent: '95.00',
      points: '10.00',
      score: '9.50',
      explanationNeeded: false,
      explanation: null,
    });
    expect(executed.finalEvaluation.scorecard.missing.map((item: { field: string }) => item.field)).toEqual([
      'explanations.indicators[0]',
      'explanations.indicators[1]',
      'explanations.indicators[4]',
      'explanations.indicators[5]',
    ]);
    const blocked = await refused(demo.preparer, SUBMIT, {});
    expect([blocked.code, blocked.problems?.length]).toEqual(['VALIDATION', 4]);

    const explained = await ok(demo.preparer, EXPLAIN, { indicators: [0, 1, 4, 5].map((index) => ({ index, ...because })) });
    const card = explained.finalEvaluation.scorecard;
    // Each row shows the completion its points come from: the cost 2662 元 of ≤2420 元 is 90.00 % (11.25 of 12.50), not 2420 / 2662.
    expect(card.rows.map((row: any) => [row.indicator.valueText, row.actual ?? row.gradeLabel, row.points, row.score, row.completionPercent])).toEqual([
      ['10次', '8', '12.50', '10.00', '80.00'],
      ['≤2420 元', '2662', '12.50', '11.25', '90.00'],
      ['100%', '100', '12.50', '12.50', '100.00'],
      ['100%', '100', '12.50', '12.50', '100.00'],
      ['效果显著', '达成', '15.00', '13.50', null],
      ['效果显著', '部分达成', '15.00', '10.50', null],
      ['≥98百分号', '99', '10.00', '10.00', '101.02'],
    ]);
    expect([card.total, card.grade, card.gradeLabel, card.missing, card.redistribution]).toEqual(['89.75', 'GOOD', '良', [], null]);

    const submitted = await ok(demo.preparer, SUBMIT, {});
    expect(submitted.finalEvaluation.currentStep).toEqual({ step: 'SECTION', label: '科室负责人审核' });
    expect((await refused(demo.office, APPROVE, { step: 'OFFICE' })).code).toBe('CONFLICT');
    await ok(demo.sectionHead, APPROVE, { step: 'SECTION' });
    const approved = await ok(demo.office, APPROVE, { step: 'OFFICE', comment: '同意' });
    expect(approved.finalEvaluation).toMatchObject({ status: 'APPROVED', approvedVersion: 1, approvedTotal: '89.75', approvedGrade: 'GOOD' });

    // Final: a change is refused; a correction is a new version and the approved score stays on record.
    expect((await refused(demo.preparer, RECORD, { results: results.slice(0, 1) })).code).toBe('CONFLICT');
    const correcting = await ok(demo.preparer, CORRECT, { reason: '培训次数按最终统计口径更正' });
    expect(correcting.finalEvaluation).toMatchObject({ status: 'DRAFT', version: 2, approvedVersion: 1, approvedTotal: '89.75' });

    const { finalEvaluationRollUp: department } = await api.must<{ finalEvaluationRollUp: any }>(demo.auditor, ROLL_UP, { year, min: correcting.position });
    // The correction is not final yet, so nothing is averaged.
    expect([department.unitCode, department.projectCount, department.finalCount, department.averageScore]).toEqual([null, 1, 0, null]);
  });

  it('once the correction (version 2) is approved, rolls up the unit: average, count per grade, lowest indicators', async () => {
    const position = await approveCorrection();
    const { finalEvaluationRollUp: unit } = await api.must<{ finalEvaluationRollUp: any }>(demo.office, ROLL_UP, { year, unit: '323001', min: position });
    expect(unit).toMatchObject({ unitCode: '323001', projectCount: 1, finalCount: 1, averageScore: '89.75' });
    expect(unit.countPerGrade).toEqual([
      { grade: 'EXCELLENT', label: '优', count: 0 },
      { grade: 'GOOD', label: '良', count: 1 },
      { grade: 'FAIR', label: '中', count: 0 },
      { grade: 'POOR', label: '差', count: 0 },
    ]);
    expect(unit.lowestIndicators[0]).toEqual({ projectCode: code, level3: '维护社会稳定', points: '15.00', score: '10.50', percentOfPoints: '70.00' });
    const { finalEvaluationRollUp: other } = await api.must<{ finalEvaluationRollUp: any }>(demo.auditor, ROLL_UP, { year, unit: '323003' });
    expect([other.projectCount, other.projects]).toEqual([0, []]);
  });

  it('is read within the caller’s scope: another section’s preparer and another unit’s roll-up are refused', async () => {
    const otherSection = await api.graphql(GET, { code, year }, demo.otherSectionPreparer);
    expect(otherSection.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(otherSection.errors?.[0]?.message).toBe(
      `查看项目 ${code} 的绩效自评需要 AUDITOR 或 ADMIN 角色、单位 323001 的 OFFICE 或 LEADER，或单位 323001 employment 科室的 PREPARER 或 SECTION_HEAD：你是单位 323001 的 labor 科室的 PREPARER。`,
    );
    const otherUnit = await api.graphql(ROLL_UP, { year, unit: '323003' }, demo.office);
    expect(otherUnit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { finalEvaluationRollUp: ownSection } = await api.must<{ finalEvaluationRollUp: any }>(demo.otherSectionPreparer, ROLL_UP, { year });
    expect(ownSection.projects).toEqual([]);
  });

  async function approveCorrection(): Promise<string> {
    await ok(demo.preparer, SUBMIT, {});
    await ok(demo.sectionHead, APPROVE, { step: 'SECTION' });
    return (await ok(demo.office, APPROVE, { step: 'OFFICE' })).position;
  }
});
