import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { approveSeedTable3 } from '../support/approved-seed-table-3.js';
import { readStores, startApiOn } from '../support/read-stores.js';
import { reviewCalls } from '../support/review-calls.js';
import { RunningApi, setUpDemoDirectory, type DemoDirectory } from '../support/running-api.js';

const ASSESSMENT = 'index indicator { level3 valueText } reached expectedFullYear likelihood likelihoodLabel cause causeLabel measure behind atRisk';
const REVIEW_FIELDS = `
  projectCode name status statusLabel checkpointDate baselineVersion currentStep { step label }
  progress { index reports { value asOf note reportedBy } }
  assessments { ${ASSESSMENT} }
  execution { through budget spent planned planRate executionRate timeProgress lightRatio light lightLabel }`;
const PAYLOAD = `position midtermReview { ${REVIEW_FIELDS} }`;
const mutation = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { ${PAYLOAD} } }`;
const REPORT = mutation('reportIndicatorProgress', 'ReportIndicatorProgressInput');
const OPEN = mutation('openMidtermReview', 'OpenMidtermReviewInput');
const ASSESS = mutation('assessMidtermIndicators', 'AssessMidtermIndicatorsInput');
const EXECUTION = mutation('recordMidtermExecution', 'MidtermReviewRefInput');
const SUBMIT = mutation('submitMidtermReview', 'MidtermReviewRefInput');
const APPROVE = mutation('approveMidtermReviewStep', 'ApproveMidtermReviewStepInput');
const DISBURSE = `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { position } }`;
const GET = `query($code: String!, $year: Int!, $min: String) { midtermReview(projectCode: $code, fiscalYear: $year, minPosition: $min) { ${REVIEW_FIELDS} } }`;
const DASHBOARD = `query($year: Int!, $unit: String, $min: String) { midtermDashboard(fiscalYear: $year, unitCode: $unit, minPosition: $min) {
  unitCode projects { projectCode name status checkpointDate light lightLabel atRisk { index likelihoodLabel causeLabel expectedFullYear } }
} }`;

const code = '13052922P00584010316P';
const year = 2022;
const ref = { projectCode: code, fiscalYear: year };
const onTrack = (index: number, reached: string, expectedFullYear: string) => ({ index, reached, expectedFullYear, likelihood: 'CERTAIN' });
const assessments = [
  { index: 0, reached: '6', expectedFullYear: '8', likelihood: 'POSSIBLE', cause: 'STAFFING', measure: '三季度增开两期培训' },
  onTrack(1, '2300', '2400'),
  onTrack(2, '100', '100'),
  onTrack(3, '100', '100'),
  onTrack(4, '成效初显', '效果显著'),
  onTrack(5, '社会稳定', '效果显著'),
  onTrack(6, '98.5', '98.5'),
];

describe.each(readStores)('mid-term review over HTTP ($readStore read store)', ({ open }) => {
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

  it('reports progress, reviews at 31 July with the light, is decided through the chain and shows on the dashboard', async () => {
    const reported = await ok(demo.preparer, REPORT, { index: 0, value: '4', asOf: '2022-05-31', note: '第二期培训已结束' });
    expect(reported.midtermReview).toMatchObject({ status: 'NOT_OPENED', checkpointDate: null });
    expect(reported.midtermReview.progress[0].reports).toEqual([{ value: '4', asOf: '2022-05-31', note: '第二期培训已结束', reportedBy: expect.any(String) }]);
    expect((await refused(demo.otherSectionPreparer, REPORT, { index: 0, value: '5', asOf: '2022-06-30' })).code).toBe('FORBIDDEN');

    const opened = await ok(demo.preparer, OPEN, {});
    expect(opened.midtermReview).toMatchObject({ status: 'DRAFT', statusLabel: '草稿', checkpointDate: '2022-07-31', baselineVersion: 1 });

    // A likelihood other than 确定能 without cause and measure is refused, and nothing is written.
    const missing = await refused(demo.preparer, ASSESS, { assessments: [{ index: 0, reached: '6', expectedFullYear: '8', likelihood: 'POSSIBLE' }] });
    expect([missing.code, missing.problems?.map((problem) => problem.field)]).toEqual(['VALIDATION', ['assessments[0].cause', 'assessments[0].measure']]);
    const unchanged = await api.must<{ midtermReview: any }>(demo.preparer, GET, { code, year, min: opened.position });
    expect(unchanged.midtermReview.assessments).toEqual([]);

    const assessed = await ok(demo.preparer, ASSESS, { assessments });
    expect(assessed.midtermReview.assessments[0]).toEqual({
      index: 0,
      indicator: { level3: '开展就业培训数', valueText: '10次' },
      reached: '6',
      expectedFullYear: '8',
      likelihood: 'POSSIBLE',
      likelihoodLabel: '有可能',
      cause: 'STAFFING',
      causeLabel: '人员保障',
      measure: '三季度增开两期培训',
      behind: true,
      atRisk: true,
    });

    // 100000.00 paid by 31 July, and 50000.00 after it: against the plan interpolated at 112601.63
    // and time progress 7 / 12, (50 %) / (58.33 %) = 85.71, green.
    await api.must(demo.office, DISBURSE, { input: { ...ref, amount: '100000.00', date: '2022-06-20', voucherNumber: '记-2022-0620', payee: '巨鹿县就业服务中心' } });
    await api.must(demo.office, DISBURSE, { input: { ...ref, amount: '50000.00', date: '2022-08-02', voucherNumber: '记-2022-0802', payee: '巨鹿县就业服务中心' } });
    const executed = await ok(demo.preparer, EXECUTION, {});
    expect(executed.midtermReview.execution).toEqual({
      through: '2022-07-31',
      budget: '200000.00',
      spent: '100000.00',
      planned: '112601.63',
      planRate: '88.81',
      executionRate: '50.00',
      timeProgress: '58.33',
      lightRatio: '85.71',
      light: 'GREEN',
      lightLabel: '绿',
    });

    await ok(demo.preparer, SUBMIT, {});
    expect((await refused(demo.preparer, APPROVE, { step: 'SECTION' })).code).toBe('FORBIDDEN');
    await ok(demo.sectionHead, APPROVE, { step: 'SECTION' });
    const approved = await ok(demo.office, APPROVE, { step: 'OFFICE' });
    expect(approved.midtermReview).toMatchObject({ status: 'APPROVED', statusLabel: '已批准', currentStep: null });

    const { midtermDashboard } = await api.must<{ midtermDashboard: any }>(demo.office, DASHBOARD, { year, unit: '323001', min: approved.position });
    expect(midtermDashboard).toEqual({
      unitCode: '323001',
      projects: [
        {
          projectCode: code,
          name: '就业工作经费',
          status: 'APPROVED',
          checkpointDate: '2022-07-31',
          light: 'GREEN',
          lightLabel: '绿',
          atRisk: [{ index: 0, likelihoodLabel: '有可能', causeLabel: '人员保障', expectedFullYear: '8' }],
        },
      ],
    });
    const { midtermDashboard: otherUnit } = await api.must<{ midtermDashboard: any }>(demo.auditor, DASHBOARD, { year, unit: '323003' });
    expect(otherUnit.projects).toEqual([]);
    // Read within the caller's scope, as target tables are.
    expect((await api.graphql(DASHBOARD, { year, unit: '323003' }, demo.office)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.graphql(GET, { code, year }, demo.otherSectionPreparer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
