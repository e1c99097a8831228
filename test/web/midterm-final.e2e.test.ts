import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { approveSeedTable3, seedTable3Ref } from '../support/approved-seed-table-3.js';
import { RunningApi, removeDataDir, setUpDemoDirectory, type DemoDirectory } from '../support/running-api.js';
import { ensureBuiltConsole, launchChromium, screenshot, waitToSee } from '../support/web-console.js';
import { because, workedResults, workedShortfalls } from '../support/worked-final-evaluation.js';

const DISBURSE = `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { position } }`;

/**
 * The mid-term review and the final evaluation in Debian's Chromium against the real API on a
 * fresh data folder, asserting on what a person reads. Seed table 3 (就业工作经费, 2022) is
 * approved over the API and the office's payments are recorded there; everything else is typed.
 */
describe('web console: mid-term monitoring and final evaluation', () => {
  let api: RunningApi;
  let demo: DemoDirectory;
  let browser: Browser;
  const { projectCode, fiscalYear } = seedTable3Ref;
  const name = '就业工作经费';

  beforeAll(async () => {
    ensureBuiltConsole();
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
    await approveSeedTable3(api, demo);
    // 100000.00 paid by 31 July and 50000.00 after it (the API's mid-term test computes the same light).
    for (const [amount, date] of [
      ['100000.00', '2022-06-20'],
      ['50000.00', '2022-08-02'],
    ]) {
      await api.must(demo.office, DISBURSE, { input: { ...seedTable3Ref, amount, date, voucherNumber: `记-${date}`, payee: '巨鹿县就业服务中心' } });
    }
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

  /** Waits until the element shows the text (the page answers asynchronously), then returns all it shows. */
  async function shown(page: Page, testId: string, text: string): Promise<string> {
    const element = page.getByTestId(testId).filter({ hasText: text });
    await element.first().waitFor();
    return (await element.first().textContent()) ?? '';
  }

  async function choose(page: Page, label: string, option: string): Promise<void> {
    await page.getByLabel(label).click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) }).click();
  }

  /** The section head and then the office approve what waits in their inboxes under this kind. */
  async function approveThroughChain(kind: string): Promise<Page> {
    let office: Page | undefined;
    for (const [userName, next] of [
      ['lisi', '待 办公室审核'],
      ['chenzr', '已批准'],
    ] as const) {
      const page = await signedIn(userName);
      const row = page.getByRole('row').filter({ hasText: kind });
      await row.getByRole('link', { name }).click();
      await page.getByTestId('approve').click();
      await page.getByRole('button', { name: '确认通过' }).click();
      await waitToSee(page, next, { exact: true });
      office = page;
    }
    return office!;
  }

  it('reports progress, fills the mid-term review with execution from the ledger, submits it, and the chain approves it; the dashboard shows its light and risk', async () => {
    const preparer = await signedIn('zhang');
    await preparer.goto(`${api.url}/midterm?year=${fiscalYear}`);
    await preparer.getByTestId('midterm-projects').getByRole('link', { name }).click();

    // Progress during the year, then the review at 31 July.
    await choose(preparer, '填报指标', '1. 开展就业培训数');
    await preparer.getByLabel('已完成值').fill('4');
    await preparer.getByLabel('截至日期').fill('2022-05-31');
    await preparer.getByTestId('report-progress').click();
    await preparer.getByTestId('assessments').getByText('4（2022-05-31）').waitFor();
    await preparer.getByTestId('open-midterm').click();
    await preparer.getByText('监控时点 2022-07-31').waitFor();
    // The reached value starts from the progress reported.
    await expect(preparer.getByLabel('第1行截至监控时点完成值').inputValue()).resolves.toBe('4');

    await preparer.getByTestId('midterm-execution').click();
    const execution = preparer.getByTestId('midterm-execution-card');
    await execution.getByText('58.33%').waitFor();
    const executionText = await execution.textContent();
    for (const seen of ['2022-07-31', '10.00', '50.00%', '88.81%', '85.71%', '绿']) expect(executionText).toContain(seen);

    const rows: Array<[string, string, string]> = [
      ['6', '8', '有可能'],
      ['2300', '2400', '确定能'],
      ['100', '100', '确定能'],
      ['100', '100', '确定能'],
      ['成效初显', '效果显著', '确定能'],
      ['社会稳定', '效果显著', '确定能'],
      ['98.5', '98.5', '确定能'],
    ];
    for (const [index, [reached, expected, likelihood]] of rows.entries()) {
      await preparer.getByLabel(`第${index + 1}行截至监控时点完成值`).fill(reached);
      await preparer.getByLabel(`第${index + 1}行全年预计完成值`).fill(expected);
      await preparer.getByTestId(`likelihood-${index}`).getByText(likelihood, { exact: true }).click();
    }
    // 有可能 without cause and measure is refused with the field named.
    await preparer.getByTestId('save-assessments').click();
    expect(await shown(preparer, 'refusal', 'assessments[0].cause')).toContain('assessments[0].cause');
    await choose(preparer, '第1行偏差原因', '人员保障');
    await preparer.getByLabel('第1行纠偏措施').fill('三季度增开两期培训');
    await preparer.getByTestId('save-assessments').click();
    await waitToSee(preparer, '可能无法完成的指标');
    await screenshot(preparer, 'midterm-review');
    await preparer.getByTestId('submit').click();
    await preparer.getByText('待 科室负责人审核').waitFor();
    expect(await shown(preparer, 'review-status', '审核中')).toBe('审核中');

    const office = await approveThroughChain('绩效运行监控审核');
    expect(await shown(office, 'review-status', '已批准')).toBe('已批准');
    const history = await office.getByTestId('history').textContent();
    for (const seen of ['张经办', '李股长', '陈主任']) expect(history).toContain(seen);

    await office.goto(`${api.url}/midterm?year=${fiscalYear}`);
    const projects = office.getByTestId('midterm-projects');
    await projects.getByText('1 项').waitFor();
    const projectRow = await projects.getByRole('row').filter({ hasText: name }).textContent();
    for (const seen of ['已批准', '2022-07-31', '绿']) expect(projectRow).toContain(seen);
    const atRisk = await office.getByTestId('at-risk').textContent();
    for (const seen of ['开展就业培训数', '有可能', '人员保障', '三季度增开两期培训']) expect(atRisk).toContain(seen);
    expect(await shown(office, 'light-count-GREEN', '1')).toContain('1');
    await screenshot(office, 'midterm-dashboard');
  }, 600_000);

  it('fills the final evaluation until the scorecard reads 89.75 良, explains the shortfalls, submits, is approved and appears in the roll-up', async () => {
    // The rest of the year's payments: 190000.00 of 200000.00 in all.
    await api.must(demo.office, DISBURSE, { input: { ...seedTable3Ref, amount: '40000.00', date: '2022-11-20', voucherNumber: '记-2022-1120', payee: '巨鹿县就业服务中心' } });
    const preparer = await signedIn('zhang');
    await preparer.goto(`${api.url}/evaluations?year=${fiscalYear}`);
    await preparer.getByTestId('evaluated-projects').getByRole('link', { name }).click();
    await preparer.getByTestId('open-evaluation').click();
    await preparer.getByTestId('evaluation-execution').click();
    expect(await shown(preparer, 'executed', '19.00')).toBe('19.00');
    expect(await shown(preparer, 'score-total', '—')).toContain('—');

    // Each row's points follow the typing, before anything is saved.
    await preparer.getByLabel('第1行实际完成值').fill('8');
    expect(await shown(preparer, 'score-0', '—')).toBe('—');
    for (const result of workedResults) {
      if ('actual' in result) await preparer.getByLabel(`第${result.index + 1}行实际完成值`).fill(result.actual!);
      else {
        await preparer.getByTestId(`grade-${result.index}`).getByText(result.grade === 'ACHIEVED' ? '达成' : '部分达成', { exact: true }).click();
        await preparer.getByLabel(`第${result.index + 1}行得分比例`).fill(result.percent!);
      }
    }
    expect(await shown(preparer, 'score-0', '10.00')).toBe('10.00');
    expect(await shown(preparer, 'score-1', '11.25')).toBe('11.25');
    expect(await shown(preparer, 'score-5', '10.50')).toBe('10.50');
    expect(await shown(preparer, 'score-total', '89.75')).toContain('89.75');
    expect(await shown(preparer, 'score-grade', '良')).toContain('良');
    const groups = await preparer.getByTestId('scorecard-summary').textContent();
    for (const seen of ['预算执行 9.50 / 10.00', '46.25 / 50.00', '24.00 / 30.00', '10.00 / 10.00']) expect(groups).toContain(seen);
    expect(await shown(preparer, 'missing', '还需填写 4 项才能提交')).toContain('还需填写 4 项才能提交');

    // A percent outside its grade's band turns the card to what is wrong, and back.
    await preparer.getByLabel('第6行得分比例').fill('85');
    expect(await shown(preparer, 'missing', '部分达成')).toContain('部分达成');
    expect(await shown(preparer, 'score-total', '—')).toContain('—');
    await preparer.getByLabel('第6行得分比例').fill('70');
    expect(await shown(preparer, 'score-total', '89.75')).toContain('89.75');

    for (const index of workedShortfalls) {
      await preparer.getByLabel(`第${index + 1}行原因`).fill(because.cause);
      await preparer.getByLabel(`第${index + 1}行改进措施`).fill(because.measure);
    }
    await preparer.getByTestId('missing').waitFor({ state: 'detached' });
    await preparer.evaluate('window.scrollTo(0, 0)');
    await screenshot(preparer, 'final-evaluation');
    await preparer.getByTestId('save-evaluation').click();
    // Saved: the stored evaluation scores the same.
    await preparer.getByRole('button', { name: '提交审核' }).waitFor();
    await preparer.getByTestId('history').getByText('张经办', { exact: false }).first().waitFor();
    await preparer.getByTestId('submit').click();
    await preparer.getByText('待 科室负责人审核').waitFor();

    const office = await approveThroughChain('绩效自评审核');
    expect(await shown(office, 'approved-score', '89.75 分（良）')).toContain('89.75 分（良）');

    await office.goto(`${api.url}/evaluations?year=${fiscalYear}`);
    const projects = office.getByTestId('evaluated-projects');
    await projects.getByText('89.75').waitFor();
    const row = await projects.getByRole('row').filter({ hasText: name }).textContent();
    for (const seen of ['已批准', '89.75', '良']) expect(row).toContain(seen);
    expect(await shown(office, 'grade-counts', '良 1')).toContain('良 1');
    expect(await shown(office, 'average-score', '89.75')).toContain('89.75');
    const lowest = await office.getByTestId('lowest-indicators').textContent();
    expect(lowest).toContain('维护社会稳定');
    expect(lowest).toContain('70.00%');
    await screenshot(office, 'evaluation-roll-up');
  }, 600_000);
});
