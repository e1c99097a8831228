import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { fenToWanPrinted, yuanToFen } from '../../apps/web/src/lib/money.js';
import { RunningApi, removeDataDir } from '../support/running-api.js';
import { ensureBuiltConsole, launchChromium, screenshot, waitToSee } from '../support/web-console.js';

const department = '巨鹿县人力资源和社会保障局';

/** Part one of the seed document as the importer reads it (libs/domain/src/target-document/sample-document.spec.ts). */
const overallGoalStart = '坚持以习近平新时代中国特色社会主义思想为指导';
const subGoals = [
  {
    title: '是突出提升就业质量，全力做好就业创业工作',
    indicators: ['我单位开展就业培训 10次', '享受就业补助人数 300人以上', '为全县使用公益性岗位人员的单位提供岗位补贴和社保补贴', '为使用大学生见习岗位人员的单提供岗位补贴', '为我县灵活就业人员提供社保补贴。'],
  },
  { title: '完善工作机制，构建和谐劳动关系', indicators: ['办理劳动仲裁案件 60起，结案率达到 90%以上', '办理劳动监察案件 60起，结案率达到 90%。'] },
  { title: '突出科学规范有序，加强人才队伍建设', indicators: ['建设高标准档案室', '为我县进行招聘', '召开两场大型招聘会以及带领企业去外地参加招聘会一次', '为我县劳务派遣人员按时申请工资及社保。'] },
];
const safeguards = ['加强组织领导，完善工作机制', '强化预算执行，严格支出管', '健全评价机制，狠抓工作落实', '加强内部监督，规范财务管理', '强化业务培训，加大宣传力度'];

/**
 * 部门整体绩效目标 in Debian's Chromium on the demo data (docs/department-targets.md): the seed's
 * part one is the department's approved 2022 document. The preparer reads it as the form gives it,
 * links a sub-goal to its project, adjusts it with 基本支出; the adjustment waits in the office's
 * 我的待办 and then the leader's (the default chain 办公室 → 单位负责人), and once approved the
 * budget counts the new 基本支出.
 */
describe('web console: the department’s overall targets', () => {
  let api: RunningApi;
  let browser: Browser;
  let projectsYuan: string;

  beforeAll(async () => {
    ensureBuiltConsole();
    api = await RunningApi.start({ demoData: true });
    const office = await api.login('office', 'demo-password-1');
    const { departmentTargets } = await api.must<{ departmentTargets: Array<{ budget: { projects: string; basicExpenditure: string; projectCount: number } }> }>(
      office,
      `query { departmentTargets(fiscalYear: 2022, departmentCode: "323001") { budget { projects basicExpenditure projectCount } } }`,
    );
    expect(departmentTargets[0]!.budget).toMatchObject({ basicExpenditure: '0.00', projectCount: 15 });
    projectsYuan = departmentTargets[0]!.budget.projects;
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    if (api) removeDataDir(api.config.dataDir);
  });

  async function signedIn(userName: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${api.url}/inbox`);
    await page.getByLabel('用户名').fill(userName);
    await page.getByLabel('密码').fill('demo-password-1');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('signed-in-user').waitFor();
    return page;
  }

  async function statusIs(page: Page, label: string): Promise<void> {
    await page.getByTestId('status-tag').filter({ hasText: label }).first().waitFor();
  }

  const texts = async (page: Page, testId: string) => (await page.getByTestId(testId).allTextContents()).map((text) => text.trim());

  it('shows part one as the form gives it, and an adjustment goes through the office and the leader', async () => {
    const preparer = await signedIn('preparer');
    await preparer.getByRole('menuitem', { name: '部门整体目标' }).click();
    await preparer.getByLabel('年度').fill('2022');
    await preparer.getByLabel('年度').press('Enter');
    await preparer.getByRole('link', { name: department }).click();

    await preparer.getByTestId('overall-goal').waitFor();
    await statusIs(preparer, '已批准');
    await expect(preparer.getByTestId('department-title').textContent()).resolves.toBe(`${department} 2022 年度部门整体绩效目标`);
    await expect(preparer.getByTestId('overall-goal').textContent()).resolves.toMatch(new RegExp(`^${overallGoalStart}.*五是突出自身能力建设，提升服务水平。$`, 'u'));
    await expect(preparer.getByTestId('sub-goal').count()).resolves.toBe(3);
    for (const [index, subGoal] of subGoals.entries()) {
      const card = preparer.getByTestId('sub-goal').nth(index);
      await expect(card.locator('.ant-card-head-title').textContent()).resolves.toBe(`${index + 1}. ${subGoal.title}`);
      await expect(card.getByTestId('indicator-sentence').allTextContents()).resolves.toEqual(subGoal.indicators);
    }
    // 享受就业补助人数 300人以上 is read as its name, ≥ 300 人 beside the sentence.
    await expect(preparer.getByRole('row').filter({ hasText: '享受就业补助人数 300人以上' }).textContent()).resolves.toContain('≥ 300人');
    await expect(texts(preparer, 'safeguard')).resolves.toEqual(safeguards.map((title) => expect.stringMatching(new RegExp(`^${title}`, 'u'))));
    await expect(preparer.getByTestId('budget-total').textContent()).resolves.toBe(fenToWanPrinted(yuanToFen(projectsYuan)!));
    await expect(preparer.getByTestId('budget-basic').textContent()).resolves.toBe('0.00');
    await screenshot(preparer, 'department-targets');

    // The link rule suggests the 劳动仲裁 table for 和谐劳动关系 (docs/department-targets.md, the link rule); the preparer confirms it.
    await preparer.getByTestId('suggest-links').click();
    const arbitration = preparer.getByTestId('links-1').getByTestId('sub-goal-link').filter({ hasText: '仲裁' });
    await arbitration.filter({ hasText: '建议' }).waitFor();
    await arbitration.getByTestId('confirm-link').click();
    await arbitration.filter({ hasText: '已确认' }).waitFor();

    // An adjustment: a reason, then 基本支出 of 125 万元, then submission.
    await preparer.getByTestId('adjust').click();
    await preparer.getByRole('button', { name: '开始调整' }).click();
    await preparer.getByText('请填写调整原因').waitFor();
    await preparer.getByTestId('adjust-reason').fill('年中追加基本支出');
    await preparer.getByRole('button', { name: '开始调整' }).click();
    await statusIs(preparer, '调整中');
    await preparer.getByTestId('baseline-beside').waitFor();
    await preparer.getByTestId('set-basic-expenditure').click();
    await preparer.getByTestId('basic-expenditure').fill('125');
    await preparer.getByRole('button', { name: /保\s*存/ }).click();
    await preparer.getByTestId('submit').click();
    await statusIs(preparer, '审核中');
    await preparer.getByText('待 办公室审核').waitFor();
    // The baseline stays in force while the adjustment is reviewed: its 基本支出 (none) is counted.
    await expect(preparer.getByTestId('budget-basic').textContent()).resolves.toBe('0.00');

    for (const [userName, next] of [
      ['office', '待 单位负责人审核'],
      ['leader', '已批准'],
    ] as const) {
      const decider = await signedIn(userName);
      const row = decider.getByRole('row').filter({ hasText: '部门整体绩效目标审核' });
      await expect(row.textContent()).resolves.toContain('部门 323001');
      await row.getByRole('link', { name: `${department} 部门整体绩效目标` }).click();
      await decider.getByTestId('approve').click();
      await decider.getByRole('button', { name: '确认通过' }).click();
      await waitToSee(decider, next, { exact: true });
      if (userName === 'leader') {
        await expect(decider.getByTestId('budget-basic').textContent()).resolves.toBe('125.00');
        await expect(decider.getByTestId('budget-total').textContent()).resolves.toBe(fenToWanPrinted(yuanToFen(projectsYuan)! + 125_000_000n));
        await decider.getByTestId('history').getByText('意见/原因：年中追加基本支出').waitFor();
      }
      await decider.context().close();
    }
    // The preparer's page, open all along, follows the decisions as they are pushed (reviewChanged), without a reload.
    await preparer.getByTestId('budget-basic').filter({ hasText: '125.00' }).waitFor();
    await statusIs(preparer, '已批准');
    await preparer.context().close();
  });

  it('shows the monitoring of the approved document: its 3 sub-goals and the execution the API gives', async () => {
    type Figures = { budget: string; spent: string; executionRate: string | null } | null;
    const office = await api.login('office', 'demo-password-1');
    const { departmentMonitoring } = await api.must<{ departmentMonitoring: { execution: NonNullable<Figures>; subGoals: Array<{ title: string; execution: Figures; projects: Array<{ projectCode: string }> }> } }>(
      office,
      `query { departmentMonitoring(fiscalYear: 2022, departmentCode: "323001") {
        execution { budget spent executionRate }
        subGoals { title execution { budget spent executionRate } projects { projectCode } }
      } }`,
    );
    // The link confirmed above is in the approved version: sub-goal 2 has a project and so an execution.
    expect(departmentMonitoring.subGoals.map((subGoal) => subGoal.title)).toEqual(subGoals.map((subGoal) => subGoal.title));
    expect(departmentMonitoring.subGoals[1]!.projects.length).toBeGreaterThan(0);
    expect(departmentMonitoring.subGoals[1]!.execution).not.toBeNull();

    const preparer = await signedIn('preparer');
    await preparer.goto(`${api.url}/departments/2022/323001`);
    await preparer.getByRole('tab', { name: '运行监控' }).click();
    await preparer.getByTestId('department-monitoring').waitFor();
    await expect(preparer.getByTestId('monitored-sub-goal').count()).resolves.toBe(3);
    const wan = (yuan: string) => fenToWanPrinted(yuanToFen(yuan)!);
    const shows = async (testId: string, figures: NonNullable<Figures>) => {
      await expect(preparer.getByTestId(`${testId}-budget`).textContent()).resolves.toBe(wan(figures.budget));
      await expect(preparer.getByTestId(`${testId}-spent`).textContent()).resolves.toBe(wan(figures.spent));
      await expect(preparer.getByTestId(`${testId}-rate`).textContent()).resolves.toBe(figures.executionRate === null ? '—' : `${figures.executionRate}%`);
    };
    await shows('department-execution', departmentMonitoring.execution);
    for (const [index, subGoal] of departmentMonitoring.subGoals.entries()) {
      const card = preparer.getByTestId('monitored-sub-goal').nth(index);
      await expect(card.locator('.ant-card-head-title').textContent()).resolves.toBe(`${index + 1}. ${subGoal.title}`);
      if (subGoal.execution === null) await card.getByText('无已关联且已批准的项目，不测算执行进度').waitFor();
      else await shows(`sub-goal-execution-${index}`, subGoal.execution);
      await expect(card.getByTestId(`linked-projects-${index}`).getByRole('row').count()).resolves.toBe(subGoal.projects.length === 0 ? 0 : subGoal.projects.length + 1);
    }
    await screenshot(preparer, 'department-monitoring');
    await preparer.context().close();
  });

  it('takes a progress report of a department indicator and shows it as the API reads it', async () => {
    const preparer = await signedIn('preparer');
    await preparer.goto(`${api.url}/departments/2022/323001?tab=monitoring`);
    await preparer.getByTestId('department-monitoring').waitFor();
    const subsidy = preparer.getByTestId('monitored-sub-goal').first().getByRole('row').filter({ hasText: '享受就业补助人数 300人以上' });
    await subsidy.getByText('未填报').first().waitFor();
    await preparer.getByLabel('填报指标').click();
    await preparer.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: /^1\.2 享受就业补助人数$/u }).click();
    await preparer.getByLabel('已完成值').fill('180');
    await preparer.getByLabel('截至日期').fill('2022-06-30');
    await preparer.getByLabel('全年预计').fill('320');
    await preparer.getByTestId('report-progress').click();
    await subsidy.getByText('180（截至 2022-06-30）').waitFor();
    // 180 of ≥300 is not reached yet; 320 expected reaches it: 正常.
    const cells = (await subsidy.getByRole('cell').allTextContents()).map((text) => text.trim());
    expect(cells).toEqual(['享受就业补助人数 300人以上', '180（截至 2022-06-30）', '否', '180（2022-06-30）', '320', '—', '正常']);
    // A date outside the year is refused in the API's words, and nothing more is shown.
    await preparer.getByLabel('填报指标').click();
    await preparer.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: /^1\.2 享受就业补助人数$/u }).click();
    await preparer.getByLabel('已完成值').fill('200');
    await preparer.getByLabel('截至日期').fill('2023-01-05');
    await preparer.getByTestId('report-progress').click();
    await preparer.getByTestId('refusal').locator('li').filter({ hasText: 'asOf："2023-01-05" 不是 2022 年度的日期' }).waitFor();
    await expect(subsidy.getByRole('cell').nth(3).textContent()).resolves.toBe('180（2022-06-30）');
    await preparer.context().close();
  });

  it('opens the 整体自评 after the year and records the department’s results as typed', async () => {
    const preparer = await signedIn('preparer');
    await preparer.goto(`${api.url}/departments/2022/323001?tab=evaluation`);
    await preparer.getByTestId('open-department-evaluation').click();
    await preparer.getByTestId('department-evaluation').waitFor();
    await expect(preparer.getByTestId('evaluation-status').textContent()).resolves.toBe('草稿');
    // The eleven sentences numbered across the sub-goals (docs/department-evaluation.md, results); a header row above.
    await expect(preparer.getByTestId('department-results').getByRole('row').count()).resolves.toBe(12);
    await preparer.getByLabel('第1项实际完成值').fill('9');
    await preparer.getByTestId('grade-2').getByText('达成', { exact: true }).click();
    await preparer.getByLabel('第3项得分比例').fill('100');
    const saved = preparer.waitForResponse(async (response) => (response.request().postData() ?? '').includes('recordDepartmentEvaluationResults'));
    await preparer.getByTestId('save-department-evaluation').click();
    const { data } = (await (await saved).json()) as { data: { recordDepartmentEvaluationResults: { position: string } } };

    const office = await api.login('office', 'demo-password-1');
    // Read at the position the save wrote, as the page does (minPosition).
    const read = () =>
      api.must<{ departmentEvaluation: { indicators: Array<{ result: { actual: string | null; grade: string | null; percent: string | null } | null }>; scoreProblems: string[] } }>(
        office,
        `query { departmentEvaluation(fiscalYear: 2022, departmentCode: "323001", minPosition: "${data.recordDepartmentEvaluationResults.position}") {
          indicators { result { actual grade percent } } scoreProblems
        } }`,
      );
    await expect(read().then(({ departmentEvaluation }) => departmentEvaluation.indicators.slice(0, 3).map((row) => row.result))).resolves.toEqual([
      { actual: '9', grade: null, percent: null },
      null,
      { actual: null, grade: 'ACHIEVED', percent: '100' },
    ]);
    // Not every result is in: the page says what keeps the score from being worked out, as the API does.
    const { scoreProblems } = (await read()).departmentEvaluation;
    expect(scoreProblems.length).toBeGreaterThan(0);
    // The page re-reads at the save's position; once it shows that read, its list is the API's.
    const shown = `JSON.stringify([...document.querySelectorAll('[data-testid="score-problems"] li')].map((li) => li.textContent))`;
    await preparer.waitForFunction(`${shown} === ${JSON.stringify(JSON.stringify(scoreProblems))}`).catch(() => undefined);
    await expect(preparer.getByTestId('score-problems').locator('li').allTextContents()).resolves.toEqual(scoreProblems);
    await screenshot(preparer, 'department-evaluation');
    await preparer.context().close();
  });
});
