import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { approveSeedTable3, seedTable3Ref } from '../support/approved-seed-table-3.js';
import { readStores, startApiOn } from '../support/read-stores.js';
import { reviewCalls } from '../support/review-calls.js';
import { because, workedResults, workedShortfalls } from '../support/worked-final-evaluation.js';
import { registerPerson, RunningApi, setUpDemoDirectory, type Caller, type DemoDirectory, type DemoUser } from '../support/running-api.js';

const INBOX = `query($min: String) { myInbox(minPosition: $min) {
  totalCount
  counts { kind step stepLabel count }
  items { kind projectCode fiscalYear name unitCode unitName sectionId step stepLabel role waitingSince version
    targetTable { projectCode status } midtermReview { checkpointDate status } finalEvaluation { status scorecard { total } } }
} }`;
const position = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { position } }`;
const DRAFT_TABLE = position('draftTargetTable', 'TargetTableCommandInput');
const SUBMIT_TABLE = position('submitTargetTable', 'TargetTableRefInput');
const APPROVE_TABLE = position('approveTargetTableStep', 'ApproveTargetTableStepInput');
const OPEN_MIDTERM = position('openMidtermReview', 'OpenMidtermReviewInput');
const ASSESS = position('assessMidtermIndicators', 'AssessMidtermIndicatorsInput');
const MIDTERM_EXECUTION = position('recordMidtermExecution', 'MidtermReviewRefInput');
const SUBMIT_MIDTERM = position('submitMidtermReview', 'MidtermReviewRefInput');
const APPROVE_MIDTERM = position('approveMidtermReviewStep', 'ApproveMidtermReviewStepInput');
const OPEN_EVALUATION = position('openFinalEvaluation', 'FinalEvaluationRefInput');
const RECORD_RESULTS = position('recordFinalEvaluationResults', 'RecordFinalEvaluationResultsInput');
const EVALUATION_EXECUTION = position('recordFinalEvaluationExecution', 'FinalEvaluationRefInput');
const EXPLAIN = position('explainFinalEvaluation', 'ExplainFinalEvaluationInput');
const SUBMIT_EVALUATION = position('submitFinalEvaluation', 'FinalEvaluationRefInput');
const APPROVE_EVALUATION = position('approveFinalEvaluationStep', 'ApproveFinalEvaluationStepInput');
const DISBURSE = position('recordDisbursement', 'RecordDisbursementInput');

/** A second project of the employment section, whose table is submitted while seed table 3's year is reviewed. */
const newTableRef = { projectCode: '13052922P00584010999X', fiscalYear: seedTable3Ref.fiscalYear };
const onTrack = (index: number, value: string) => ({ index, reached: value, expectedFullYear: value, likelihood: 'CERTAIN' });
const assessments = [
  { index: 0, reached: '6', expectedFullYear: '8', likelihood: 'POSSIBLE', cause: 'STAFFING', measure: '三季度增开两期培训' },
  onTrack(1, '2300'),
  onTrack(2, '100'),
  onTrack(3, '100'),
  onTrack(4, '效果显著'),
  onTrack(5, '效果显著'),
  onTrack(6, '98.5'),
];
const hour = 3_600_000;

describe.each(readStores)('one inbox for everything awaiting a decision, over HTTP ($readStore read store)', ({ open }) => {
  let api: RunningApi;
  let stop: () => Promise<void>;
  let demo: DemoDirectory;
  /** Prepares and heads the employment section: submits the final evaluation, may decide the rest. */
  let preparingHead: DemoUser;
  let otherUnitOffice: DemoUser;
  /** Position of the latest write, for read-your-writes. */
  let head = '0';
  /** What the section head's inbox said each item waits since. */
  let waitingSince: string[] = [];

  beforeAll(async () => {
    ({ api, stop } = await startApiOn(open));
    demo = await setUpDemoDirectory(api);
    preparingHead = await registerPerson(api, demo.admin, 'heping', { unitCode: '323001', sectionId: 'employment' }, ['PREPARER', 'SECTION_HEAD']);
    otherUnitOffice = await registerPerson(api, demo.admin, 'zhoufang', { unitCode: '323003', sectionId: null }, ['OFFICE']);
    await approveSeedTable3(api, demo);
    await api.must(demo.office, DISBURSE, { input: { ...seedTable3Ref, amount: '190000.00', date: '2022-06-20', voucherNumber: '记-2022-0620', payee: '巨鹿县就业服务中心' } });

    // The mid-term review is submitted first, the new table an hour later, the final evaluation an hour after that.
    const { ok } = reviewCalls(() => api, seedTable3Ref);
    await ok(demo.preparer, OPEN_MIDTERM, {});
    await ok(demo.preparer, ASSESS, { assessments });
    await ok(demo.preparer, MIDTERM_EXECUTION, {});
    await ok(demo.preparer, SUBMIT_MIDTERM, {});
    api.advanceClock(hour);
    await api.must(demo.preparer, DRAFT_TABLE, { input: { ...newTableRef, content: { ...seedTable3, name: '职业技能提升行动经费', sectionId: 'employment' } } });
    await api.must(demo.preparer, SUBMIT_TABLE, { input: newTableRef });
    api.advanceClock(hour);
    await ok(preparingHead, OPEN_EVALUATION, {});
    await ok(preparingHead, RECORD_RESULTS, { results: workedResults });
    await ok(preparingHead, EVALUATION_EXECUTION, {});
    await ok(preparingHead, EXPLAIN, { indicators: workedShortfalls.map((index) => ({ index, ...because })) });
    head = (await ok(preparingHead, SUBMIT_EVALUATION, {})).position;
  });

  afterAll(() => stop());

  async function inbox(caller: Caller) {
    return (await api.must<{ myInbox: any }>(caller, INBOX, { min: head })).myInbox;
  }

  const summary = (items: any[]) => items.map((item) => `${item.kind} ${item.projectCode} ${item.step}`);

  it('shows the section head a table, a mid-term review and a final evaluation in one inbox, oldest first, with counts', async () => {
    const { items, counts, totalCount } = await inbox(demo.sectionHead);
    expect(summary(items)).toEqual([
      `MIDTERM_REVIEW ${seedTable3Ref.projectCode} SECTION`,
      `TARGET_TABLE_REVIEW ${newTableRef.projectCode} SECTION`,
      `FINAL_EVALUATION ${seedTable3Ref.projectCode} SECTION`,
    ]);
    // The clock moved an hour between the submissions.
    waitingSince = items.map((item: any) => item.waitingSince);
    const gaps = waitingSince.slice(1).map((since, index) => Date.parse(since) - Date.parse(waitingSince[index]!));
    expect(gaps.map((gap) => gap >= hour)).toEqual([true, true]);
    expect(items[0]).toMatchObject({
      fiscalYear: 2022,
      name: '就业工作经费',
      unitCode: '323001',
      unitName: '巨鹿县人力资源和社会保障局本级',
      sectionId: 'employment',
      stepLabel: '科室负责人审核',
      role: 'SECTION_HEAD',
      version: 1,
      targetTable: null,
      midtermReview: { checkpointDate: '2022-07-31', status: 'IN_REVIEW' },
      finalEvaluation: null,
    });
    expect(items[1]).toMatchObject({ name: '职业技能提升行动经费', targetTable: { projectCode: newTableRef.projectCode, status: 'IN_REVIEW' }, midtermReview: null });
    expect(items[2]).toMatchObject({ finalEvaluation: { status: 'IN_REVIEW', scorecard: { total: '89.75' } }, targetTable: null });
    expect(counts).toEqual([
      { kind: 'TARGET_TABLE_REVIEW', step: 'SECTION', stepLabel: '科室负责人审核', count: 1 },
      { kind: 'MIDTERM_REVIEW', step: 'SECTION', stepLabel: '科室负责人审核', count: 1 },
      { kind: 'FINAL_EVALUATION', step: 'SECTION', stepLabel: '科室负责人审核', count: 1 },
    ]);
    expect(totalCount).toBe(3);
  });

  it('never shows submitters their own submission, and shows the office nothing before the section step', async () => {
    expect(summary((await inbox(preparingHead)).items)).toEqual([
      `MIDTERM_REVIEW ${seedTable3Ref.projectCode} SECTION`,
      `TARGET_TABLE_REVIEW ${newTableRef.projectCode} SECTION`,
    ]);
    expect((await inbox(demo.preparer)).totalCount).toBe(0);
    expect((await inbox(demo.office)).totalCount).toBe(0);
  });

  it('shows the office all three once the section head approved their section step; another unit’s office sees nothing', async () => {
    await api.must(demo.sectionHead, APPROVE_MIDTERM, { input: { ...seedTable3Ref, step: 'SECTION' } });
    await api.must(demo.sectionHead, APPROVE_TABLE, { input: { ...newTableRef, step: 'SECTION' } });
    head = (await api.must(demo.sectionHead, APPROVE_EVALUATION, { input: { ...seedTable3Ref, step: 'SECTION' } })).approveFinalEvaluationStep.position;

    const office = await inbox(demo.office);
    expect(summary(office.items)).toEqual([
      `MIDTERM_REVIEW ${seedTable3Ref.projectCode} OFFICE`,
      `TARGET_TABLE_REVIEW ${newTableRef.projectCode} OFFICE`,
      `FINAL_EVALUATION ${seedTable3Ref.projectCode} OFFICE`,
    ]);
    // Still waiting since the submission, not since the section step.
    expect(office.items.map((item: any) => item.waitingSince)).toEqual(waitingSince);
    expect(office.counts.map((count: any) => [count.kind, count.step, count.stepLabel, count.count])).toEqual([
      ['TARGET_TABLE_REVIEW', 'OFFICE', '办公室审核', 1],
      ['MIDTERM_REVIEW', 'OFFICE', '办公室审核', 1],
      ['FINAL_EVALUATION', 'OFFICE', '办公室审核', 1],
    ]);
    expect((await inbox(demo.sectionHead)).totalCount).toBe(0);
    expect((await inbox(otherUnitOffice)).totalCount).toBe(0);
  });
});
