import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { approveSeedTable3, seedTable3Ref } from '../support/approved-seed-table-3.js';
import { patienceMs } from '../support/patience.js';
import { readStores, startApiOn } from '../support/read-stores.js';
import { reviewCalls } from '../support/review-calls.js';
import { setUpDemoDirectory, type Caller, type DemoDirectory, type RunningApi } from '../support/running-api.js';
import { because, workedResults, workedShortfalls } from '../support/worked-final-evaluation.js';

const position = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { position } }`;
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
const DRAFT_TABLE = position('draftTargetTable', 'TargetTableCommandInput');
const START = position('startRectification', 'StartRectificationInput');
const EVIDENCE = position('addRectificationEvidence', 'RectificationNoteInput');
const REPORT = position('reportRectified', 'RectificationNoteInput');
const CLOSE = position('closeRectification', 'CloseRectificationInput');
const AUDIT = position('recordAuditFinding', 'RecordAuditFindingInput');
const ITEM = 'itemId projectCode status statusLabel measure ownerSectionId dueDate source { kind label finding version indicatorIndex } due { status daysOverdue } evidence { note byUserId } rectifiedByUserId closedByUserId';
const LIST = `query($year: Int!, $unit: String, $min: String) { rectifications(fiscalYear: $year, unitCode: $unit, minPosition: $min) {
  openCount overdueCount closedCount totalCount items { ${ITEM} } } }`;

const ref = seedTable3Ref;
const year = ref.fiscalYear;
const assessments = [
  { index: 0, reached: '6', expectedFullYear: '8', likelihood: 'POSSIBLE', cause: 'STAFFING', measure: '三季度增开两期培训' },
  ...[
    [1, '2300'],
    [2, '100'],
    [3, '100'],
    [4, '效果显著'],
    [5, '效果显著'],
    [6, '98.5'],
  ].map(([index, value]) => ({ index, reached: value, expectedFullYear: value, likelihood: 'CERTAIN' })),
];

describe.each(readStores)('rectifications from review to closure, over HTTP ($readStore read store)', ({ open }) => {
  let api: RunningApi;
  let stop: () => Promise<void>;
  let demo: DemoDirectory;
  let head = '0';
  const calls = reviewCalls(() => api, ref);
  const ok = async (caller: Caller, mutation: string, input: Record<string, unknown>) => {
    head = (await calls.ok(caller, mutation, input)).position;
  };
  const list = async (caller: Caller = demo.office) => (await api.must<{ rectifications: any }>(caller, LIST, { year, unit: '323001', min: head })).rectifications;
  /** The proposals are written after the approval is stored, by the application: wait for them. */
  async function listOnceItHas(ids: string[]) {
    const until = Date.now() + patienceMs;
    for (;;) {
      const found = await list();
      const has = new Set(found.items.map((item: any) => item.itemId));
      if (ids.every((id) => has.has(id)) || Date.now() > until) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  beforeAll(async () => {
    ({ api, stop } = await startApiOn(open));
    demo = await setUpDemoDirectory(api);
    await approveSeedTable3(api, demo);
    await api.must(demo.office, DISBURSE, { input: { ...ref, amount: '190000.00', date: `${year}-06-20`, voucherNumber: '记-0620', payee: '巨鹿县就业服务中心' } });
  });
  afterAll(() => stop());

  it('proposes the indicator at risk of an approved mid-term review, with its measure and source', async () => {
    await ok(demo.preparer, OPEN_MIDTERM, {});
    await ok(demo.preparer, ASSESS, { assessments });
    await ok(demo.preparer, MIDTERM_EXECUTION, {});
    await ok(demo.preparer, SUBMIT_MIDTERM, {});
    expect((await list()).totalCount).toBe(0);
    await ok(demo.sectionHead, APPROVE_MIDTERM, { step: 'SECTION' });
    await ok(demo.office, APPROVE_MIDTERM, { step: 'OFFICE' });
    const found = await listOnceItHas(['MIDTERM-v1-I0']);
    const item = found.items.find((candidate: any) => candidate.itemId === 'MIDTERM-v1-I0');
    expect(item).toMatchObject({
      projectCode: ref.projectCode,
      status: 'PENDING',
      statusLabel: '待整改',
      measure: '三季度增开两期培训',
      ownerSectionId: 'employment',
      dueDate: `${year}-12-31`,
      source: { kind: 'MIDTERM_INDICATOR', version: 1, indicatorIndex: 0 },
    });
    expect(item.source.finding).toContain('偏差风险');
    // The application's clock is past the end of that year: the item is overdue.
    expect(item.due.status).toBe('OVERDUE');
  });

  it('proposes each indicator of the approved final evaluation short of full points, once', async () => {
    await ok(demo.preparer, OPEN_EVALUATION, {});
    await ok(demo.preparer, RECORD_RESULTS, { results: workedResults });
    await ok(demo.preparer, EVALUATION_EXECUTION, {});
    await ok(demo.preparer, EXPLAIN, { indicators: workedShortfalls.map((index) => ({ index, ...because })) });
    await ok(demo.preparer, SUBMIT_EVALUATION, {});
    await ok(demo.sectionHead, APPROVE_EVALUATION, { step: 'SECTION' });
    await ok(demo.office, APPROVE_EVALUATION, { step: 'OFFICE' });
    const finalIds = workedShortfalls.map((index) => `FINAL-v1-I${index}`);
    const found = await listOnceItHas(finalIds);
    const ids: string[] = found.items.map((item: any) => item.itemId);
    expect(ids).toEqual(expect.arrayContaining(['MIDTERM-v1-I0', ...finalIds]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => id === 'FINAL-v1-GRADE')).toBe(false); // 89.75 is 良
    const evaluation = await api.must<{ finalEvaluation: { rectifications: Array<{ itemId: string }> } }>(
      demo.preparer,
      `query($p: String!, $y: Int!) { finalEvaluation(projectCode: $p, fiscalYear: $y) { rectifications { itemId } } }`,
      { p: ref.projectCode, y: year },
    );
    expect(evaluation.finalEvaluation.rectifications.map((item) => item.itemId).sort()).toEqual([...ids].sort());
  });

  it('is worked by the section and closed only by the office or leader, never by whoever reported it done', async () => {
    const item = { itemId: 'MIDTERM-v1-I0' };
    await ok(demo.preparer, START, { ...item, measure: '三季度增开两期培训，十月底前完成' });
    await ok(demo.preparer, EVIDENCE, { ...item, note: '第三期培训 9 月开班，见培训台账' });
    await ok(demo.preparer, REPORT, { ...item, note: '已增开两期培训，共 10 期' });
    expect((await calls.refused(demo.sectionHead, CLOSE, item)).code).toBe('FORBIDDEN');
    expect((await calls.refused(demo.preparer, CLOSE, item)).code).toBe('FORBIDDEN');
    await ok(demo.office, CLOSE, item);

    const own = { itemId: 'FINAL-v1-I0' };
    await ok(demo.office, START, { ...own, measure: '次年一季度补足培训' });
    await ok(demo.office, REPORT, { ...own, note: '一季度补足两期培训' });
    const separation = await calls.refused(demo.office, CLOSE, own);
    expect(separation.code).toBe('FORBIDDEN');
    expect(separation.message).toContain('报告整改完成的人不能自己销号');
    await ok(demo.leader, CLOSE, own);

    const after = await list();
    const closed = after.items.filter((candidate: any) => candidate.status === 'CLOSED');
    expect(closed.map((candidate: any) => candidate.itemId).sort()).toEqual(['FINAL-v1-I0', 'MIDTERM-v1-I0']);
    expect(closed.find((candidate: any) => candidate.itemId === 'MIDTERM-v1-I0')).toMatchObject({
      statusLabel: '已销号',
      due: null,
      closedByUserId: demo.office.userId,
      rectifiedByUserId: demo.preparer.userId,
      evidence: [
        { note: '第三期培训 9 月开班，见培训台账', byUserId: demo.preparer.userId },
        { note: '已增开两期培训，共 10 期', byUserId: demo.preparer.userId },
      ],
    });
    // Open ones first (overdue first), closed ones last.
    expect(after.items.slice(-2).every((candidate: any) => candidate.status === 'CLOSED')).toBe(true);
    // The final evaluation's items were due by 31 July of the next year, long past by the application clock.
    expect(after).toMatchObject({ openCount: 3, closedCount: 2, totalCount: 5, overdueCount: 3 });
  });

  it('takes an auditor’s finding by hand, and no one else’s', async () => {
    const finding = { finding: '培训补贴发放台账不完整', dueDate: `${year + 1}-06-30` };
    expect((await calls.refused(demo.office, AUDIT, finding)).code).toBe('FORBIDDEN');
    const badDate = await calls.refused(demo.auditor, AUDIT, { ...finding, dueDate: '六月底' });
    expect(badDate).toMatchObject({ code: 'VALIDATION', problems: [expect.objectContaining({ field: 'dueDate' })] });
    await ok(demo.auditor, AUDIT, finding);
    const found = await list(demo.auditor);
    expect(found.items.find((item: any) => item.itemId === 'AUDIT-1')).toMatchObject({ source: { kind: 'AUDIT', label: '审计发现', finding: '培训补贴发放台账不完整' }, status: 'PENDING' });
  });

  it('shows last year’s result and open rectifications on next year’s table of the same project', async () => {
    const next = { projectCode: ref.projectCode, fiscalYear: year + 1 };
    const drafted = await api.must<{ draftTargetTable: { position: string } }>(demo.preparer, DRAFT_TABLE, { input: { ...next, content: { ...seedTable3, sectionId: 'employment' } } });
    const table = await api.must<{ targetTable: { previousYearResult: any } }>(
      demo.preparer,
      `query($p: String!, $y: Int!, $min: String) { targetTable(projectCode: $p, fiscalYear: $y, minPosition: $min) { previousYearResult { fiscalYear gradeLabel total openRectificationCount summary openRectifications { itemId } } } }`,
      { p: next.projectCode, y: next.fiscalYear, min: drafted.draftTargetTable.position },
    );
    expect(table.targetTable.previousYearResult).toMatchObject({ fiscalYear: year, gradeLabel: '良', total: '89.75', openRectificationCount: 4, summary: '上年评价：良，未销号整改 4 项' });
    // Counted in the year's roll-up too, per project and in all.
    const { finalEvaluationRollUp: rollUp } = await api.must<{ finalEvaluationRollUp: { openRectificationCount: number; projects: Array<{ projectCode: string; openRectificationCount: number }> } }>(
      demo.office,
      `query($y: Int!, $unit: String, $min: String) { finalEvaluationRollUp(fiscalYear: $y, unitCode: $unit, minPosition: $min) { openRectificationCount projects { projectCode openRectificationCount } } }`,
      { y: year, unit: '323001', min: drafted.draftTargetTable.position },
    );
    expect(rollUp.projects.find((project) => project.projectCode === ref.projectCode)?.openRectificationCount).toBe(4);
    expect(rollUp.openRectificationCount).toBe(rollUp.projects.reduce((count, project) => count + project.openRectificationCount, 0));
    expect(rollUp.openRectificationCount).toBeGreaterThanOrEqual(4);
  });

  it('lists a unit’s rectifications only to whoever reads its tables', async () => {
    expect((await api.refusal(demo.preparer323003, LIST, { year, unit: '323001' })).code).toBe('FORBIDDEN');
    const own = await api.must<{ rectifications: { totalCount: number } }>(demo.preparer323003, LIST, { year });
    expect(own.rectifications.totalCount).toBe(0);
  });
});
