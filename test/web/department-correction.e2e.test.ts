import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { approveSeedTable3, position, seedTable3Ref } from '../support/approved-seed-table-3.js';
import { RunningApi, demoPassword, removeDataDir, setUpDemoDirectory, type Caller, type DemoDirectory } from '../support/running-api.js';
import { ensureBuiltConsole, launchChromium, signedInPage } from '../support/web-console.js';
import { because, workedResults, workedShortfalls } from '../support/worked-final-evaluation.js';

const ref = { departmentCode: '323001', fiscalYear: 2022 };
const content = {
  departmentName: '巨鹿县人力资源和社会保障局',
  unitCodes: ['323001'],
  overallGoal: '全力做好就业创业工作。',
  subGoals: [{ title: '就业创业', goal: '健全就业服务体系。', indicators: ['我单位开展就业培训 10次', '群众满意度达到 95%以上'] }],
  safeguards: [{ title: '加强组织领导', text: '统一思想认识。' }],
};

/**
 * 更正（新版本） of an approved 部门整体支出绩效自评 in Debian's Chromium (docs/department-evaluation.md,
 * correction): the year is set up over the API — seed table 3 evaluated and approved, the department
 * targets and their self-evaluation approved — and the preparer corrects it in the console.
 */
describe('web console: correcting the department’s approved self-evaluation', () => {
  let api: RunningApi;
  let demo: DemoDirectory;
  let browser: Browser;

  beforeAll(async () => {
    ensureBuiltConsole();
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
    await approveSeedTable3(api, demo);
    const send = (caller: Caller, name: string, input: string, fields: object) => api.must(caller, position(name, input), { input: fields });
    const project = (caller: Caller, name: string, input: string, fields: object = {}) => send(caller, name, input, { ...seedTable3Ref, ...fields });
    const department = (caller: Caller, name: string, input: string, fields: object = {}) => send(caller, name, input, { ...ref, ...fields });
    await project(demo.office, 'recordDisbursement', 'RecordDisbursementInput', { date: '2022-11-20', amount: '190000.00', voucherNumber: 'Y-1', payee: '巨鹿县就业服务中心' });
    await project(demo.preparer, 'openFinalEvaluation', 'FinalEvaluationRefInput');
    await project(demo.preparer, 'recordFinalEvaluationResults', 'RecordFinalEvaluationResultsInput', { results: workedResults });
    await project(demo.preparer, 'recordFinalEvaluationExecution', 'FinalEvaluationRefInput');
    await project(demo.preparer, 'explainFinalEvaluation', 'ExplainFinalEvaluationInput', { indicators: workedShortfalls.map((index) => ({ index, ...because })) });
    await project(demo.preparer, 'submitFinalEvaluation', 'FinalEvaluationRefInput');
    await project(demo.sectionHead, 'approveFinalEvaluationStep', 'ApproveFinalEvaluationStepInput', { step: 'SECTION' });
    await project(demo.office, 'approveFinalEvaluationStep', 'ApproveFinalEvaluationStepInput', { step: 'OFFICE' });
    await department(demo.preparer, 'draftDepartmentTargets', 'DepartmentTargetsWriteInput', { content });
    await department(demo.preparer, 'submitDepartmentTargets', 'DepartmentRefInput');
    await department(demo.office, 'approveDepartmentTargetsStep', 'ApproveDepartmentTargetsStepInput', { step: 'OFFICE' });
    await department(demo.leader, 'approveDepartmentTargetsStep', 'ApproveDepartmentTargetsStepInput', { step: 'LEADER' });
    await department(demo.preparer, 'openDepartmentEvaluation', 'DepartmentRefInput');
    await department(demo.preparer, 'recordDepartmentEvaluationResults', 'RecordDepartmentEvaluationResultsInput', { results: [{ index: 0, actual: '9' }, { index: 1, actual: '96' }] });
    await department(demo.preparer, 'submitDepartmentEvaluation', 'DepartmentRefInput');
    await department(demo.office, 'approveDepartmentEvaluationStep', 'ApproveDepartmentTargetsStepInput', { step: 'OFFICE' });
    await department(demo.leader, 'approveDepartmentEvaluationStep', 'ApproveDepartmentTargetsStepInput', { step: 'LEADER' });
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await Promise.all([browser?.close(), api?.stop()]);
    if (api) removeDataDir(api.config.dataDir);
  });

  async function evaluationTab(userName: string): Promise<Page> {
    const page = await signedInPage(browser, api.url, userName, demoPassword);
    await page.goto(`${api.url}/departments/2022/323001?tab=evaluation`);
    await page.getByTestId('evaluation-status').filter({ hasText: '已批准' }).waitFor();
    return page;
  }

  it('offers 更正（新版本） to the preparer, not the office, and starts version 2 with the approved score kept, as on the project’s 绩效自评', async () => {
    const office = await evaluationTab(demo.office.userName);
    await expect(office.getByTestId('correct').count()).resolves.toBe(0);
    await office.context().close();

    const preparer = await evaluationTab(demo.preparer.userName);
    const approvedTotal = await preparer.getByTestId('approved-score-total').textContent();
    await preparer.getByTestId('correct').click();
    await preparer.getByLabel('更正原因').fill('培训次数按人社厅最终统计口径更正');
    await preparer.getByRole('button', { name: '开始更正' }).click();
    await preparer.getByTestId('evaluation-status').filter({ hasText: '草稿' }).waitFor();
    await preparer.getByText('第 2 版，评价第 1 版目标').waitFor();
    await expect(preparer.getByTestId('approved-score-total').textContent()).resolves.toBe(approvedTotal);
    await expect(preparer.getByTestId('correct').count()).resolves.toBe(0);
    await expect(preparer.getByTestId('save-department-evaluation').count()).resolves.toBe(1);

    // The project's 绩效自评 offers the same button (components/CorrectionButton.tsx).
    await preparer.goto(`${api.url}/evaluations/${seedTable3Ref.fiscalYear}/${seedTable3Ref.projectCode}`);
    await preparer.getByTestId('review-status').filter({ hasText: '已批准' }).waitFor();
    await preparer.getByTestId('correct').click();
    await preparer.getByLabel('更正原因').fill('培训次数按人社厅最终统计口径更正');
    await preparer.getByRole('button', { name: '开始更正' }).click();
    await preparer.getByTestId('review-status').filter({ hasText: '草稿' }).waitFor();
    await expect(preparer.getByTestId('approved-score').textContent()).resolves.toContain('已定稿：第 1 版 89.75 分（良）');
    await preparer.context().close();
  });
});
