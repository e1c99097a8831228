import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { approveSeedTable3, seedTable3Ref } from '../support/approved-seed-table-3.js';
import { RunningApi, removeDataDir, setUpDemoDirectory, testAdmin, type DemoDirectory } from '../support/running-api.js';
import { targetTableMutations } from '../support/target-table-mutations.js';
import { ensureBuiltConsole, launchChromium, screenshot } from '../support/web-console.js';

/**
 * The console's execution, audit and directory pages in Debian's Chromium against the real API.
 * Seed table 3 (就业工作经费, budget 200,000.00 yuan = 20.00 万元, plan 5/10/15/20 万元 at
 * 3/6/10/12月底) is approved in the test; the office pays from it in the browser and every figure
 * asserted is worked out by hand in the comments (docs/execution.md has the same example).
 */
describe('web console: execution, audit, directory', () => {
  let api: RunningApi;
  let demo: DemoDirectory;
  let browser: Browser;
  const { projectCode, fiscalYear } = seedTable3Ref;
  const executionPath = `/execution/${fiscalYear}/${projectCode}`;
  const { DRAFT, SUBMIT, ADJUST } = targetTableMutations('position');

  beforeAll(async () => {
    ensureBuiltConsole();
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
    await approveSeedTable3(api, demo);
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    if (api) removeDataDir(api.config.dataDir);
  });

  async function signedIn(userName: string, password = 'demo-password-1'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${api.url}/inbox`);
    await page.getByLabel('用户名').fill(userName);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('signed-in-user').waitFor();
    return page;
  }

  async function chooseOption(page: Page, option: string): Promise<void> {
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) }).click();
  }

  /**
   * Searches the trail until it counts `count` entries: the trail is a view that follows the
   * store, so an entry written a moment ago may need a second search, as it would for a person.
   */
  async function searchTrail(page: Page, count: string): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      await page.getByTestId('trail-search').click();
      try {
        await page.getByTestId('trail-count').getByText(count, { exact: false }).waitFor({ timeout: 5_000 });
        return;
      } catch (error) {
        if (attempt === 12) throw new Error(`the trail should count ${count}; it says ${await page.getByTestId('trail-count').textContent()}`, { cause: error });
      }
    }
  }

  const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent()) ?? '';

  async function pay(page: Page, payment: { amount: string; unit?: '元'; date: string; voucher: string; note?: string }): Promise<void> {
    await page.getByTestId('payment-amount').fill(payment.amount);
    if (payment.unit) {
      await page.getByTestId('payment-amount').locator('xpath=..').locator('.ant-select').click();
      await chooseOption(page, payment.unit);
    }
    await page.getByTestId('payment-date').fill(payment.date);
    await page.getByTestId('payment-voucher').fill(payment.voucher);
    await page.getByTestId('payment-payee').fill('巨鹿县就业服务中心');
    if (payment.note) await page.getByTestId('payment-note').fill(payment.note);
    const rows = await page.getByTestId('ledger').locator('tbody tr.ant-table-row').count();
    await page.getByTestId('record-payment').click();
    await page.getByTestId('ledger').locator('tbody tr.ant-table-row').nth(rows).waitFor();
  }

  /** Waits until the page shows these figures (each answer read after a write may take a moment to arrive). */
  async function figures(page: Page, expected: { rate: string; ratio: string; light: string; spentYuan: string }): Promise<void> {
    await page.getByTestId('chart-summary').getByText(`累计支出 ${expected.spentYuan} 元`, { exact: false }).waitFor();
    await expect(text(page, 'figure-rate')).resolves.toBe(expected.rate);
    await expect(text(page, 'figure-ratio')).resolves.toBe(expected.ratio);
    await expect(text(page, 'figure-light')).resolves.toBe(expected.light);
    await expect(text(page, 'figure-time')).resolves.toBe('58.33%');
  }

  it('the office records payments and a reversal; rate, time progress, ratio and light are those computed by hand', async () => {
    const office = await signedIn('chenzr');
    // The auditor has the page open from the start: it follows every payment without reloading.
    const watcher = await signedIn('sunsj');
    await watcher.goto(`${api.url}${executionPath}`);
    await watcher.getByTestId('through').fill('2022-07-31');
    await watcher.getByTestId('read-at').click();
    await watcher.getByText('截至 2022-07-31 已支出（万元）').waitFor();
    await expect(watcher.getByTestId('record-payment').count()).resolves.toBe(0);
    await office.goto(`${api.url}${executionPath}`);
    await office.getByTestId('through').fill('2022-07-31');
    await office.getByTestId('read-at').click();
    await office.getByText('截至 2022-07-31 已支出（万元）').waitFor();
    expect(await text(office, 'thresholds')).toContain('红：低于 60%；黄：60% 至低于 80%；绿：80% 及以上');
    await expect(text(office, 'figure-budget')).resolves.toBe('20.00');

    await pay(office, { amount: '3', date: '2022-02-15', voucher: 'V-001' });
    await pay(office, { amount: '45000', unit: '元', date: '2022-05-20', voucher: 'V-002' });
    await pay(office, { amount: '0.8', date: '2022-06-28', voucher: 'V-003', note: '培训场地费' });
    // 83,000 of 200,000 = 41.50 %; 31 July is the 7th month: 7/12 = 58.33 %;
    // 83,000 × 12 / (200,000 × 7) = 996,000 / 1,400,000 = 0.71142… → 71.14: from 60, below 80: yellow.
    await figures(office, { rate: '41.50%', ratio: '71.14%', light: '黄灯', spentYuan: '83,000.00' });

    // 冲销 entry 3 (wrong amount) with a reason: 75,000 → 37.50 %, 900,000 / 1,400,000 = 64.29, still yellow.
    await office.getByTestId('reverse-3').click();
    await office.getByTestId('reverse-reason').fill('金额登记错误');
    await office.getByRole('button', { name: '确认冲销' }).click();
    await figures(office, { rate: '37.50%', ratio: '64.29%', light: '黄灯', spentYuan: '75,000.00' });
    const ledger = office.getByTestId('ledger');
    expect(await ledger.textContent()).toContain('冲销第 3 笔：金额登记错误');
    expect(await ledger.textContent()).toContain('已被第 4 笔冲销');

    // The right amount under the freed voucher, and July: 101,000 → 50.50 %; 1,212,000 / 1,400,000 = 86.57: green.
    await pay(office, { amount: '6000', unit: '元', date: '2022-06-28', voucher: 'V-003' });
    await pay(office, { amount: '2', date: '2022-07-15', voucher: 'V-004' });
    await figures(office, { rate: '50.50%', ratio: '86.57%', light: '绿灯', spentYuan: '101,000.00' });
    // Plan on 31 July: 100,000 + 50,000 × 31 / 123 = 112,601.63 yuan, printed 11.26 万元.
    await expect(text(office, 'figure-planned')).resolves.toBe('11.26');
    expect(await text(office, 'chart-summary')).toContain('累计计划 112,601.63 元');
    // Running totals in recording order: 30,000; 75,000; 83,000; 75,000; 81,000; 101,000.
    const running = await ledger.locator('tbody tr.ant-table-row td:nth-child(7)').allTextContents();
    expect(running).toEqual(['30,000.00', '75,000.00', '83,000.00', '75,000.00', '81,000.00', '101,000.00']);
    await office.getByTestId('execution-chart').locator('canvas').first().waitFor();
    await office.evaluate('window.scrollTo(0, 0)');
    await screenshot(office, 'execution');
    await figures(watcher, { rate: '50.50%', ratio: '86.57%', light: '绿灯', spentYuan: '101,000.00' });
    await watcher.context().close();

    // Through 30 June (6 months, 50.00 %): 81,000 → 40.50 %; 81,000 × 12 / 1,200,000 = 81.00: green.
    await office.getByTestId('through').fill('2022-06-30');
    await office.getByTestId('read-at').click();
    await office.getByText('截至 2022-06-30 已支出（万元）').waitFor();
    await expect(text(office, 'figure-rate')).resolves.toBe('40.50%');
    await expect(text(office, 'figure-time')).resolves.toBe('50.00%');
    await expect(text(office, 'figure-ratio')).resolves.toBe('81.00%');
  }, 600_000);

  it('the overview lists the project with its budget, spent, rate and light, and the unit and department totals', async () => {
    const leader = await signedIn('liuju');
    await leader.getByRole('link', { name: '执行总览' }).click();
    await leader.getByTestId('overview-year').fill('2022');
    await leader.getByTestId('overview-year').blur();
    await leader.getByTestId('through').fill('2022-07-31');
    await leader.getByTestId('read-at').click();
    const projects = leader.getByTestId('overview-projects');
    await projects.getByText('86.57%').waitFor();
    const row = await projects.locator('tbody tr.ant-table-row').first().textContent();
    for (const seen of ['就业工作经费', '20.00', '10.10', '50.50%', '86.57%', '绿灯']) expect(row).toContain(seen);
    expect(await text(leader, 'department-figures')).toContain('50.50%');
    await leader.getByTestId('overview-chart').locator('canvas').first().waitFor();
    await screenshot(leader, 'execution-overview');
  }, 300_000);

  it('the auditor finds a payment by its voucher number and opens the table as of a moment before its adjustment', async () => {
    await api.must(demo.preparer, ADJUST, { input: { ...seedTable3Ref, content: { ...seedTable3, sectionId: 'employment', name: '就业工作经费（调整）' }, reason: '年中追加任务' } });
    const auditor = await signedIn('sunsj');
    await auditor.getByRole('link', { name: '审计追踪' }).click();
    await auditor.getByTestId('trail-voucher').fill('V-003');
    await searchTrail(auditor, '共 3 条');
    const trail = await auditor.getByTestId('trail').textContent();
    for (const seen of ['支出登记', '冲销', '金额登记错误', '陈主任']) expect(trail).toContain(seen);
    await screenshot(auditor, 'audit-trail');

    await auditor.getByTestId('trail-voucher').fill('');
    await auditor.getByTestId('trail-project').fill(projectCode);
    await auditor.getByLabel('操作类别').click();
    await auditor.getByLabel('操作类别').fill('调整');
    await chooseOption(auditor, '调整');
    await searchTrail(auditor, '共 1 条');
    // The adjustment's changed fields, before and after.
    await auditor.getByTestId('trail').locator('.ant-table-row-expand-icon').first().click();
    const changes = await auditor.getByTestId('trail').textContent();
    expect(changes).toContain('就业工作经费（调整）');
    await auditor.getByTestId('trail').getByRole('button', { name: '此前的目标表' }).click();
    const asOf = auditor.getByTestId('as-of-table');
    await asOf.waitFor();
    await expect(asOf.getByTestId('sheet-name').textContent()).resolves.toBe('就业工作经费');
    expect(await asOf.textContent()).toContain('已批准');
    expect(await asOf.textContent()).toContain('第 1 版');
    await screenshot(auditor, 'audit-as-of');

    await auditor.getByRole('tab', { name: '完整性校验' }).click();
    await auditor.getByTestId('verify').click();
    await auditor.getByTestId('integrity-report').getByText('完整无损').waitFor();
    await auditor.getByRole('button', { name: '立即锚定' }).click();
    await auditor.getByTestId('anchors').locator('tbody tr.ant-table-row').first().waitFor();
    await screenshot(auditor, 'audit-integrity');
  }, 300_000);

  it('the administrator adds a user and grants a role; that user signs in and sees their inbox', async () => {
    // A 2023 table waits for the employment section's head.
    const ref2023 = { projectCode: 'P2023EXEC001', fiscalYear: 2023 };
    await api.must(demo.preparer, DRAFT, { input: { ...ref2023, content: { ...seedTable3, sectionId: 'employment' } } });
    await api.must(demo.preparer, SUBMIT, { input: ref2023 });

    const admin = await signedIn(testAdmin.userName, testAdmin.password);
    await admin.getByRole('link', { name: '组织机构' }).click();
    await admin.getByTestId('register-user').click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByTestId('new-user-name').fill('wugz');
    await dialog.getByTestId('new-display-name').fill('吴股长');
    await dialog.getByLabel('单位').click();
    await chooseOption(admin, '巨鹿县人力资源和社会保障局本级');
    await dialog.getByLabel('科室').click();
    await chooseOption(admin, '就业股');
    // Too short a password: the directory's refusal, in Chinese.
    await dialog.getByTestId('new-password').fill('short');
    await admin.getByTestId('register-save').click();
    const refusal = await admin.getByTestId('refusal').textContent();
    expect(refusal).toContain('填写有误');
    expect(refusal).toMatch(/密码/);
    await dialog.getByTestId('new-password').fill('wu-password-1');
    await admin.getByTestId('register-save').click();
    await admin.getByTestId('directory-done').getByText('已新增用户 吴股长').waitFor();
    await admin.getByTestId('grant-wugz').click();
    await chooseOption(admin, '科室负责人');
    await admin.getByTestId('directory-done').getByText('已授予 吴股长 科室负责人角色').waitFor();
    const row = admin.getByTestId('users').locator('tr', { hasText: 'wugz' });
    await row.getByText('科室负责人', { exact: true }).waitFor();
    expect(await row.textContent()).toContain('就业股');
    await screenshot(admin, 'directory');

    const newcomer = await signedIn('wugz', 'wu-password-1');
    const header = await newcomer.getByTestId('signed-in-user').textContent();
    expect(header).toContain('吴股长');
    expect(header).toContain('科室负责人');
    await newcomer.getByRole('link', { name: '就业工作经费' }).waitFor();
    await expect(text(newcomer, 'inbox-total')).resolves.toBe('1');
    // The administrator's menu entry is not theirs.
    await expect(newcomer.getByRole('link', { name: '组织机构' }).count()).resolves.toBe(0);
  }, 300_000);
});
