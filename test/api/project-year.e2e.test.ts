import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { approveSeedTable3, seedTable3Ref } from '../support/approved-seed-table-3.js';
import { readStores, startApiOn } from '../support/read-stores.js';
import { reviewCalls } from '../support/review-calls.js';
import { RunningApi, setUpDemoDirectory, type Caller, type DemoDirectory } from '../support/running-api.js';

/**
 * One project's whole year, end to end over HTTP: seed table 3 (就业工作经费, budget
 * 200000.00 yuan, cumulative plan 50000.00 / 100000.00 / 150000.00 / 200000.00 at
 * 3月底 / 6月底 / 10月底 / 12月底) approved through the chain in January, paid from in six
 * months with one reversal, reviewed at 31 July, evaluated after year end and rolled up for
 * its unit. The API's clock walks through the year. Every expected figure is worked out by
 * hand in the comments; every refused input is shown refused with nothing written.
 */
const ref = seedTable3Ref;
const { projectCode: code, fiscalYear: year } = ref;

const position = (name: string, input: string, fields = '') => `mutation($input: ${input}!) { ${name}(input: $input) { position ${fields} } }`;
const RECORD = position('recordDisbursement', 'RecordDisbursementInput', 'entryNumber');
const REVERSE = position('reverseDisbursement', 'ReverseDisbursementInput', 'entryNumber');
const LEDGER = `query($code: String!, $year: Int!) { disbursements(projectCode: $code, fiscalYear: $year) {
  total edges { node { entryNumber kind amount date voucherNumber reason reversedEntryNumber reversedByEntryNumber } } } }`;
const EXECUTION = `query($code: String!, $year: Int!, $through: String) { projectExecution(projectCode: $code, fiscalYear: $year, through: $through) {
  through budget spent spentByMonth { month spent } plannedToDate checkpoints { key planned passed spent shortfall }
  executionRate elapsedMonths timeProgress lightRatio light lightLabel behindPlan behindPlanAt { key planned spent shortfall } } }`;

const REVIEW = `status statusLabel checkpointDate currentStep { step }
  assessments { index reached expectedFullYear likelihoodLabel causeLabel measure behind atRisk }
  execution { through budget spent planned planRate executionRate timeProgress lightRatio light lightLabel }`;
const midterm = (name: string, input: string) => position(name, input, `midtermReview { ${REVIEW} }`);
const OPEN_REVIEW = midterm('openMidtermReview', 'OpenMidtermReviewInput');
const ASSESS = midterm('assessMidtermIndicators', 'AssessMidtermIndicatorsInput');
const REVIEW_EXECUTION = midterm('recordMidtermExecution', 'MidtermReviewRefInput');
const SUBMIT_REVIEW = midterm('submitMidtermReview', 'MidtermReviewRefInput');
const APPROVE_REVIEW = midterm('approveMidtermReviewStep', 'ApproveMidtermReviewStepInput');
const GET_REVIEW = `query($code: String!, $year: Int!) { midtermReview(projectCode: $code, fiscalYear: $year) { ${REVIEW} } }`;
const DASHBOARD = `query($year: Int!, $unit: String) { midtermDashboard(fiscalYear: $year, unitCode: $unit) {
  projects { projectCode status light lightLabel atRisk { index likelihoodLabel causeLabel expectedFullYear } } } }`;

const SCORECARD = `status version currentStep { step } approvedVersion approvedTotal approvedGrade scorecard {
  execution { budget executed ratePercent points score explanationNeeded }
  groups { label points score indicatorCount }
  rows { indicator { valueText } actual gradeLabel percent points score explanationReasons }
  total grade gradeLabel missing { field } }`;
const evaluation = (name: string, input: string) => position(name, input, `finalEvaluation { ${SCORECARD} }`);
const OPEN_EVALUATION = evaluation('openFinalEvaluation', 'FinalEvaluationRefInput');
const RECORD_RESULTS = evaluation('recordFinalEvaluationResults', 'RecordFinalEvaluationResultsInput');
const EVALUATION_EXECUTION = evaluation('recordFinalEvaluationExecution', 'FinalEvaluationRefInput');
const EXPLAIN = evaluation('explainFinalEvaluation', 'ExplainFinalEvaluationInput');
const SUBMIT_EVALUATION = evaluation('submitFinalEvaluation', 'FinalEvaluationRefInput');
const APPROVE_EVALUATION = evaluation('approveFinalEvaluationStep', 'ApproveFinalEvaluationStepInput');
const GET_EVALUATION = `query($code: String!, $year: Int!) { finalEvaluation(projectCode: $code, fiscalYear: $year) { ${SCORECARD} } }`;
const ROLL_UP = `query($year: Int!, $unit: String) { finalEvaluationRollUp(fiscalYear: $year, unitCode: $unit) {
  projectCount finalCount averageScore countPerGrade { grade label count } lowestIndicators { level3 points score percentOfPoints } } }`;

const payee = '巨鹿县就业服务中心';
/** Twelve months of spending with the given months filled in. */
const months = (spent: Record<number, string>) => Array.from({ length: 12 }, (_, index) => ({ month: index + 1, spent: spent[index + 1] ?? '0.00' }));

describe.each(readStores)('one project’s year, from approved targets to the unit roll-up ($readStore read store)', ({ open }) => {
  let api: RunningApi;
  let stop: () => Promise<void>;
  let demo: DemoDirectory;
  /** Position of the latest write: every read waits for the views to reach it. */
  let head = '0';
  const { ok, refused } = reviewCalls(() => api, ref);

  beforeAll(async () => {
    // Sign-in tokens must outlive the year the clock walks through.
    ({ api, stop } = await startApiOn(open, { tokenTtlSeconds: 2 * 366 * 24 * 3600 }));
    api.setClock('2022-01-04T01:00:00.000Z');
    demo = await setUpDemoDirectory(api);
    api.setClock('2022-01-10T01:00:00.000Z');
    head = await approveSeedTable3(api, demo);
  });

  afterAll(() => stop());

  /** A mutation that must succeed; its position becomes the one reads wait for. */
  async function write(caller: Caller, mutation: string, input: Record<string, unknown>): Promise<any> {
    const data = await api.must<Record<string, any>>(caller, mutation, { input: { ...ref, ...input } });
    const payload = Object.values(data)[0]!;
    head = payload.position;
    return payload;
  }

  async function read(caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<any> {
    const response = await api.graphql<Record<string, any>>(query, { code, year, ...variables }, caller, { 'x-min-position': head });
    if (response.errors) throw new Error(`read failed: ${JSON.stringify(response.errors)}`);
    return Object.values(response.data!)[0];
  }

  async function pay(on: string, amount: string, voucherNumber: string): Promise<number> {
    api.setClock(`${on}T03:00:00.000Z`);
    return (await write(demo.office, RECORD, { amount, date: on, voucherNumber, payee })).entryNumber;
  }

  it('pays from the approved targets in several months, reversing one wrong entry; a preparer paying and a second reversal are refused', async () => {
    expect(await read(demo.auditor, `query($code: String!, $year: Int!) { targetTable(projectCode: $code, fiscalYear: $year) { status version } }`)).toEqual({
      status: 'APPROVED',
      version: 1,
    });
    expect(await pay('2022-02-15', '30000.00', 'V-001')).toBe(1);
    expect(await pay('2022-05-20', '45000.00', 'V-002')).toBe(2);
    expect(await pay('2022-06-28', '8000.00', 'V-003')).toBe(3);
    // Entry 3 should have been 6000.00: it is reversed (entry 4, dated as the payment) and paid again.
    api.setClock('2022-06-29T03:00:00.000Z');
    expect((await write(demo.office, REVERSE, { entryNumber: 3, reason: '金额录入错误，应为6000.00' })).entryNumber).toBe(4);
    expect(await pay('2022-06-28', '6000.00', 'V-003')).toBe(5);
    expect(await pay('2022-07-15', '20000.00', 'V-004')).toBe(6);

    const byPreparer = await api.graphql(RECORD, { input: { ...ref, amount: '1000.00', date: '2022-07-20', voucherNumber: 'V-X', payee } }, demo.preparer);
    expect(byPreparer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const again = await api.graphql(REVERSE, { input: { ...ref, entryNumber: 3, reason: '重复冲销' } }, demo.office);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const ledger = await read(demo.auditor, LEDGER);
    // 30000.00 + 45000.00 + 8000.00 − 8000.00 + 6000.00 + 20000.00 = 101000.00; nothing of the refused two.
    expect(ledger.total).toBe('101000.00');
    expect(ledger.edges.map(({ node: entry }: any) => [entry.entryNumber, entry.kind, entry.amount, entry.date, entry.reversedEntryNumber, entry.reversedByEntryNumber])).toEqual([
      [1, 'PAYMENT', '30000.00', '2022-02-15', null, null],
      [2, 'PAYMENT', '45000.00', '2022-05-20', null, null],
      [3, 'PAYMENT', '8000.00', '2022-06-28', null, 4],
      [4, 'REVERSAL', '-8000.00', '2022-06-28', 3, null],
      [5, 'PAYMENT', '6000.00', '2022-06-28', null, null],
      [6, 'PAYMENT', '20000.00', '2022-07-15', null, null],
    ]);
  });

  it('reviews the year at 31 July with one indicator at risk, with the execution light, approved through the chain', async () => {
    api.setClock('2022-08-05T02:00:00.000Z');
    expect((await write(demo.preparer, OPEN_REVIEW, {})).midtermReview).toMatchObject({ status: 'DRAFT', checkpointDate: '2022-07-31' });

    // 有可能 without cause and measure is refused, and nothing is written.
    const trainings = { index: 0, reached: '5', expectedFullYear: '9', likelihood: 'POSSIBLE' };
    const missing = await refused(demo.preparer, ASSESS, { assessments: [trainings] });
    expect([missing.code, missing.problems?.map((problem) => problem.field)]).toEqual(['VALIDATION', ['assessments[0].cause', 'assessments[0].measure']]);
    expect((await read(demo.preparer, GET_REVIEW)).assessments).toEqual([]);

    const onTrack = (index: number, reached: string, expectedFullYear: string) => ({ index, reached, expectedFullYear, likelihood: 'CERTAIN' });
    const assessed = await write(demo.preparer, ASSESS, {
      assessments: [
        { ...trainings, cause: 'STAFFING', measure: '四季度增开两期培训' },
        onTrack(1, '2350', '2380'),
        onTrack(2, '100', '100'),
        onTrack(3, '100', '100'),
        onTrack(4, '成效初显', '效果显著'),
        onTrack(5, '社会稳定', '效果显著'),
        onTrack(6, '98.5', '98.5'),
      ],
    });
    // 9 trainings expected of the 10 targeted: behind, and at risk; 2380 ≤ 2420 元 is on track.
    expect(assessed.midtermReview.assessments.map((row: any) => [row.index, row.likelihoodLabel, row.causeLabel, row.behind, row.atRisk])).toEqual([
      [0, '有可能', '人员保障', true, true],
      [1, '确定能', null, false, false],
      [2, '确定能', null, false, false],
      [3, '确定能', null, false, false],
      [4, '确定能', null, false, false],
      [5, '确定能', null, false, false],
      [6, '确定能', null, false, false],
    ]);

    const executed = await write(demo.preparer, REVIEW_EXECUTION, {});
    expect(executed.midtermReview.execution).toEqual({
      through: '2022-07-31',
      budget: '200000.00',
      // Paid by 31 July: 30000.00 + 45000.00 + 6000.00 (June, net of the reversal) + 20000.00.
      spent: '101000.00',
      // The plan interpolated between 6月底 (30 June, 100000.00) and 10月底 (31 October, 150000.00):
      // 31 of the 123 days have passed, 100000.00 + 50000.00 × 31 / 123 = 100000.00 + 12601.626… → 112601.63.
      planned: '112601.63',
      // 101000.00 / 112601.63 = 0.896967… → 89.70 %.
      planRate: '89.70',
      // 101000.00 / 200000.00 = 50.50 %.
      executionRate: '50.50',
      // 序时进度: 7 of 12 months = 58.333… → 58.33 %.
      timeProgress: '58.33',
      // Light ratio (spent / budget) / (months / 12) × 100 = 50.5 × 12 / 7 = 606 / 7 = 86.571… → 86.57: 80 and above is green.
      lightRatio: '86.57',
      light: 'GREEN',
      lightLabel: '绿',
    });
    expect(await read(demo.preparer, EXECUTION, { through: '2022-07-31' })).toEqual({
      through: '2022-07-31',
      budget: '200000.00',
      spent: '101000.00',
      // June: 8000.00 − 8000.00 + 6000.00.
      spentByMonth: months({ 2: '30000.00', 5: '45000.00', 6: '6000.00', 7: '20000.00' }),
      plannedToDate: '112601.63',
      checkpoints: [
        // By 31 March 30000.00 of 50000.00; by 30 June 81000.00 of 100000.00.
        { key: 'mar', planned: '50000.00', passed: true, spent: '30000.00', shortfall: '20000.00' },
        { key: 'jun', planned: '100000.00', passed: true, spent: '81000.00', shortfall: '19000.00' },
        { key: 'oct', planned: '150000.00', passed: false, spent: null, shortfall: null },
        { key: 'dec', planned: '200000.00', passed: false, spent: null, shortfall: null },
      ],
      executionRate: '50.50',
      elapsedMonths: 7,
      timeProgress: '58.33',
      lightRatio: '86.57',
      light: 'GREEN',
      lightLabel: '绿',
      // 101000.00 spent to date has caught up with the 100000.00 of 6月底.
      behindPlan: false,
      behindPlanAt: null,
    });

    await write(demo.preparer, SUBMIT_REVIEW, {});
    expect((await refused(demo.preparer, APPROVE_REVIEW, { step: 'SECTION' })).code).toBe('FORBIDDEN');
    await write(demo.sectionHead, APPROVE_REVIEW, { step: 'SECTION' });
    expect((await write(demo.office, APPROVE_REVIEW, { step: 'OFFICE' })).midtermReview).toMatchObject({ status: 'APPROVED', statusLabel: '已批准', currentStep: null });
    expect((await read(demo.office, DASHBOARD, { unit: '323001' })).projects).toEqual([
      {
        projectCode: code,
        status: 'APPROVED',
        light: 'GREEN',
        lightLabel: '绿',
        atRisk: [{ index: 0, likelihoodLabel: '有可能', causeLabel: '人员保障', expectedFullYear: '9' }],
      },
    ]);
  });

  it('pays the rest of the year and shows execution at year end against the whole plan', async () => {
    expect(await pay('2022-09-10', '40000.00', 'V-005')).toBe(7);
    expect(await pay('2022-12-05', '45000.00', 'V-006')).toBe(8);
    expect(await read(demo.office, EXECUTION, { through: '2022-12-31' })).toEqual({
      through: '2022-12-31',
      budget: '200000.00',
      // 101000.00 by July, then 40000.00 and 45000.00.
      spent: '186000.00',
      spentByMonth: months({ 2: '30000.00', 5: '45000.00', 6: '6000.00', 7: '20000.00', 9: '40000.00', 12: '45000.00' }),
      plannedToDate: '200000.00',
      checkpoints: [
        { key: 'mar', planned: '50000.00', passed: true, spent: '30000.00', shortfall: '20000.00' },
        { key: 'jun', planned: '100000.00', passed: true, spent: '81000.00', shortfall: '19000.00' },
        // 81000.00 + 20000.00 + 40000.00 = 141000.00 by 31 October.
        { key: 'oct', planned: '150000.00', passed: true, spent: '141000.00', shortfall: '9000.00' },
        { key: 'dec', planned: '200000.00', passed: true, spent: '186000.00', shortfall: '14000.00' },
      ],
      // 186000.00 / 200000.00 = 93.00 %; 12 of 12 months = 100.00 %; 93.00 / 100.00 × 100 = 93.00, green.
      executionRate: '93.00',
      elapsedMonths: 12,
      timeProgress: '100.00',
      lightRatio: '93.00',
      light: 'GREEN',
      lightLabel: '绿',
      behindPlan: true,
      behindPlanAt: { key: 'dec', planned: '200000.00', spent: '186000.00', shortfall: '14000.00' },
    });
  });

  it('refuses the final evaluation before year end, then scores it after, and it is approved through the chain', async () => {
    api.setClock('2022-12-20T02:00:00.000Z');
    const early = await refused(demo.preparer, OPEN_EVALUATION, {});
    expect([early.code, early.message]).toEqual(['CONFLICT', '2022 年度的绩效自评在年度结束（2022-12-31）之后才能开始；今天是 2022-12-20。']);
    const none = await api.graphql(GET_EVALUATION, { code, year }, demo.preparer, { 'x-min-position': head });
    expect(none.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    api.setClock('2023-01-10T02:00:00.000Z');
    expect((await write(demo.preparer, OPEN_EVALUATION, {})).finalEvaluation).toMatchObject({ status: 'DRAFT', version: 1 });
    await write(demo.preparer, RECORD_RESULTS, {
      results: [
        { index: 0, actual: '9' },
        { index: 1, actual: '2300' },
        { index: 2, actual: '96' },
        { index: 3, actual: '100' },
        { index: 4, grade: 'ACHIEVED', percent: '95' },
        { index: 5, grade: 'ACHIEVED', percent: '85' },
        { index: 6, actual: '99' },
      ],
    });
    const executed = await write(demo.preparer, EVALUATION_EXECUTION, {});
    // 10 points × 186000.00 / 200000.00 = 9.30; 93 % is not under 90 %, so no explanation is needed.
    expect(executed.finalEvaluation.scorecard.execution).toEqual({
      budget: '200000.00',
      executed: '186000.00',
      ratePercent: '93.00',
      points: '10.00',
      score: '9.30',
      explanationNeeded: false,
    });

    // Four rows short of full points need a cause and a measure: submitting without them is refused, nothing written.
    const unexplained = await refused(demo.preparer, SUBMIT_EVALUATION, {});
    expect([unexplained.code, unexplained.problems?.map((problem) => problem.field)]).toEqual([
      'VALIDATION',
      ['explanations.indicators[0]', 'explanations.indicators[2]', 'explanations.indicators[4]', 'explanations.indicators[5]'],
    ]);
    expect(await read(demo.preparer, GET_EVALUATION)).toMatchObject({ status: 'DRAFT', currentStep: null });

    const because = { cause: '部分培训因场地调整顺延', measure: '次年一季度补足并按月跟踪' };
    const explained = await write(demo.preparer, EXPLAIN, { indicators: [0, 2, 4, 5].map((index) => ({ index, ...because })) });
    const card = explained.finalEvaluation.scorecard;
    // 产出 50 points over four indicators: 12.50 each; 效益 30 over two: 15.00 each; 满意度 10 over one.
    expect(card.rows.map((row: any) => [row.indicator.valueText, row.actual ?? `${row.gradeLabel} ${row.percent}`, row.points, row.score])).toEqual([
      // 9 of 10 trainings: 12.50 × 9 / 10 = 11.25.
      ['10次', '9', '12.50', '11.25'],
      // A cost at or under its ceiling (2300 ≤ 2420) scores full points.
      ['≤2420 元', '2300', '12.50', '12.50'],
      // 12.50 × 96 / 100 = 12.00.
      ['100%', '96', '12.50', '12.00'],
      ['100%', '100', '12.50', '12.50'],
      // 达成 graded at 95 % of 15.00 = 14.25, and at 85 % = 12.75.
      ['效果显著', '达成 95', '15.00', '14.25'],
      ['效果显著', '达成 85', '15.00', '12.75'],
      // 99 ≥ 98: full points.
      ['≥98百分号', '99', '10.00', '10.00'],
    ]);
    expect(card.groups.map((group: any) => [group.label, group.points, group.score, group.indicatorCount])).toEqual([
      // 11.25 + 12.50 + 12.00 + 12.50 = 48.25; 14.25 + 12.75 = 27.00; 10.00.
      ['产出指标', '50.00', '48.25', 4],
      ['效益指标', '30.00', '27.00', 2],
      ['满意度指标', '10.00', '10.00', 1],
    ]);
    // 9.30 + 48.25 + 27.00 + 10.00 = 94.55: 90 and above is 优.
    expect([card.total, card.grade, card.gradeLabel, card.missing]).toEqual(['94.55', 'EXCELLENT', '优', []]);

    expect((await write(demo.preparer, SUBMIT_EVALUATION, {})).finalEvaluation.currentStep).toEqual({ step: 'SECTION' });
    expect((await refused(demo.office, APPROVE_EVALUATION, { step: 'OFFICE' })).code).toBe('CONFLICT');
    await write(demo.sectionHead, APPROVE_EVALUATION, { step: 'SECTION' });
    const approved = await write(demo.office, APPROVE_EVALUATION, { step: 'OFFICE' });
    expect(approved.finalEvaluation).toMatchObject({ status: 'APPROVED', approvedVersion: 1, approvedTotal: '94.55', approvedGrade: 'EXCELLENT' });
  });

  it('rolls the approved evaluation up for its unit', async () => {
    expect(await read(demo.office, ROLL_UP, { unit: '323001' })).toEqual({
      projectCount: 1,
      finalCount: 1,
      // One final evaluation: the average is its total.
      averageScore: '94.55',
      countPerGrade: [
        { grade: 'EXCELLENT', label: '优', count: 1 },
        { grade: 'GOOD', label: '良', count: 0 },
        { grade: 'FAIR', label: '中', count: 0 },
        { grade: 'POOR', label: '差', count: 0 },
      ],
      // Lowest share of its points first: 12.75 / 15.00 = 85 %, then 11.25 / 12.50 = 90 %, 14.25 / 15.00 = 95 %, 12.00 / 12.50 = 96 %.
      lowestIndicators: expect.arrayContaining([{ level3: '维护社会稳定', points: '15.00', score: '12.75', percentOfPoints: '85.00' }]),
    });
    const { lowestIndicators } = await read(demo.office, ROLL_UP, { unit: '323001' });
    expect(lowestIndicators.slice(0, 4).map((row: any) => [row.level3, row.percentOfPoints])).toEqual([
      ['维护社会稳定', '85.00'],
      ['开展就业培训数', '90.00'],
      ['构建和谐劳动关系', '95.00'],
      ['就业人数登记率', '96.00'],
    ]);
  });
});
