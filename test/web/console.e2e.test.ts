import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { seedDocumentPath } from '../../apps/api/src/demo/seed-document.js';
import { RunningApi, removeDataDir, setUpDemoDirectory, testAdmin } from '../support/running-api.js';
import { ensureBuiltConsole, launchChromium, screenshot } from '../support/web-console.js';

/**
 * The web console in Debian's Chromium against the real API on a fresh data folder, asserting on
 * what a person sees. One year's table goes from draft to 已批准: a blocking problem met and fixed,
 * a return with its reason, a resubmission, two approvals, an adjustment and its diff; then the
 * seed document is checked and imported as drafts.
 */
describe('web console', () => {
  let api: RunningApi;
  let browser: Browser;
  const projectCode = 'P2023CONSOLE001';
  const name = '2023年就业技能培训';
  const detailPath = `/target-tables/2023/${projectCode}`;

  beforeAll(async () => {
    ensureBuiltConsole();
    api = await RunningApi.start();
    await setUpDemoDirectory(api);
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    if (api) removeDataDir(api.config.dataDir);
  });

  async function signedIn(userName: string, password = 'demo-password-1', contextOptions: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', ...contextOptions });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${api.url}/inbox`);
    await page.getByLabel('用户名').fill(userName);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('signed-in-user').waitFor();
    return page;
  }

  async function choose(page: Page, label: string, option: string): Promise<void> {
    await page.getByLabel(label).click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) }).click();
  }

  async function fillIndicator(page: Page, row: number, cells: { level3: string; description: string; valueText: string; basis: string }): Promise<void> {
    await page.getByLabel(`第${row}行三级指标`, { exact: true }).fill(cells.level3);
    await page.getByLabel(`第${row}行绩效指标描述`, { exact: true }).fill(cells.description);
    await page.getByLabel(`第${row}行指标值`, { exact: true }).fill(cells.valueText);
    await page.getByLabel(`第${row}行指标值确定依据`, { exact: true }).fill(cells.basis);
  }

  it('serves the console at / and at its own routes, and keeps /health and /graphql the API’s', async () => {
    const page = await browser.newPage();
    for (const path of ['/', '/target-tables/2023/ANY']) {
      const response = await page.goto(`${api.url}${path}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { name: '绩效目标管理系统' }).textContent()).resolves.toBe('绩效目标管理系统');
    }
    expect((await api.get('/health')).status).toBe(200);
    expect((await api.graphql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    await page.close();
  }, 120_000);

  it('says in Chinese that a password is wrong, and shows who signed in: name, role, unit, section', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${api.url}/`);
    await page.getByLabel('用户名').fill('zhang');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect(page.getByTestId('login-error').textContent()).resolves.toContain('用户名或密码错误');
    await screenshot(page, 'login');
    await page.getByLabel('密码').fill('demo-password-1');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    const header = await page.getByTestId('signed-in-user').textContent();
    expect(header).toContain('张经办');
    expect(header).toContain('科室经办人');
    expect(header).toContain('巨鹿县人力资源和社会保障局本级');
    expect(header).toContain('就业股');

    // Past the token's lifetime the API answers UNAUTHENTICATED: the page signs out and says why.
    api.advanceClock((api.config.tokenTtlSeconds + 60) * 1000);
    await page.reload();
    await expect(page.getByTestId('signed-out-notice').textContent()).resolves.toContain('登录已过期，请重新登录');
    await page.getByRole('heading', { name: '绩效目标管理系统' }).waitFor();
    await expect(page.evaluate('localStorage.length')).resolves.toBe(0);
    await context.close();
  }, 120_000);

  it('opens drawers and dialogs at once, without animating, when the computer asks for less motion', async () => {
    const seen: Record<string, { transition: string; animations: number }> = {};
    for (const reducedMotion of ['reduce', 'no-preference', 'the browser tests’ default'] as const) {
      const page = await signedIn('zhang', 'demo-password-1', reducedMotion === 'the browser tests’ default' ? {} : { reducedMotion });
      const bell = page.getByTestId('notification-bell');
      await bell.click();
      const drawer = page.locator('.ant-drawer-content-wrapper');
      await drawer.waitFor();
      seen[reducedMotion] = {
        transition: (await page.evaluate(`getComputedStyle(document.querySelector('[data-testid="notification-bell"]')).transitionDuration`)) as string,
        animations: (await page.evaluate(`document.querySelector('.ant-drawer-content-wrapper').getAnimations({ subtree: true }).length`)) as number,
      };
      await page.context().close();
    }
    // Nothing moves: buttons change at once, and the drawer opened without an animation left to run.
    expect(seen.reduce).toEqual({ transition: '0s', animations: 0 });
    // Otherwise antd's motion is kept (whether the drawer's slide is still running by now depends on the machine).
    expect(seen['no-preference']!.transition).not.toBe('0s');
    // Every other browser test clicks in a console that does not move (test/support/browser.ts).
    expect(seen['the browser tests’ default']).toEqual({ transition: '0s', animations: 0 });
  }, 120_000);

  it('takes a table from draft to 已批准: blocking problem fixed, live inbox, return with reason, resubmission, two approvals, adjustment', async () => {
    const preparer = await signedIn('zhang');
    const sectionHead = await signedIn('lisi');
    await expect(sectionHead.getByTestId('inbox-total').textContent()).resolves.toBe('0');

    // The preparer drafts, with the 12月底 plan short of the total.
    await preparer.goto(`${api.url}/target-tables/new`);
    await preparer.getByLabel('项目编码').fill(projectCode);
    await preparer.getByLabel('年度', { exact: true }).fill('2023');
    await preparer.getByLabel('项目名称').fill(name);
    await preparer.getByTestId('budget-total').fill('20');
    await preparer.getByTestId('budget-fiscal').fill('20');
    await preparer.getByLabel('资金用途').fill('就业技能培训补贴');
    for (const [month, wan] of [['mar', '5'], ['jun', '10'], ['oct', '15'], ['dec', '18']]) await preparer.getByTestId(`plan-${month}`).fill(wan!);
    await preparer.getByLabel('年度目标1').fill('1.开展就业技能培训300人次');
    await fillIndicator(preparer, 1, { level3: '培训人次', description: '开展就业技能培训人次', valueText: '≥300人次', basis: '县委县政府工作安排' });
    await preparer.getByTestId('add-indicator').click();
    await choose(preparer, '第2行二级指标', '成本指标');
    await fillIndicator(preparer, 2, { level3: '人均培训成本', description: '人均培训补贴', valueText: '≤700元', basis: '培训补贴标准' });
    await preparer.getByTestId('add-indicator').click();
    await choose(preparer, '第3行一级指标', '效益指标');
    await choose(preparer, '第3行二级指标', '社会效益指标');
    await fillIndicator(preparer, 3, { level3: '培训后就业率', description: '参训人员就业率', valueText: '≥80%', basis: '县委县政府工作安排' });
    await preparer.getByTestId('add-indicator').click();
    await choose(preparer, '第4行一级指标', '满意度指标');
    await choose(preparer, '第4行二级指标', '服务对象满意度指标');
    await fillIndicator(preparer, 4, { level3: '参训人员满意度', description: '参训人员满意度', valueText: '≥90%', basis: '满意度调查' });
    await screenshot(preparer, 'draft-form');
    await preparer.getByTestId('save-submit').click();

    // Saved, not submitted: the form turns to revising the stored draft, the problem is named and nothing typed is lost.
    await preparer.getByRole('heading', { name: '修改目标表' }).waitFor();
    const refusal = await preparer.getByTestId('refusal').textContent();
    expect(refusal).toContain('填写有误');
    expect(refusal).toContain('spendingPlan.dec');
    expect(refusal).toContain('12月底');
    await expect(preparer.getByTestId('plan-dec').inputValue()).resolves.toBe('18.00');
    await expect(preparer.getByLabel('第2行指标值', { exact: true }).inputValue()).resolves.toBe('≤700元');
    await preparer.getByTestId('plan-dec').fill('20');
    await preparer.getByTestId('save-submit').click();
    await preparer.getByText('待 科室负责人审核').waitFor();
    await expect(preparer.getByTestId('status-tag').textContent()).resolves.toBe('审核中');

    // The section head's inbox shows it without reloading.
    const arrived = sectionHead.getByRole('link', { name });
    await arrived.waitFor();
    await expect(sectionHead.getByTestId('inbox-total').textContent()).resolves.toBe('1');
    await screenshot(sectionHead, 'inbox');
    await arrived.click();
    await sectionHead.getByTestId('target-table-sheet').waitFor();
    await screenshot(sectionHead, 'target-table-detail');
    await sectionHead.getByTestId('return').click();
    await sectionHead.getByTestId('return-reason').fill('成本指标测算依据不足，请补充');
    await sectionHead.getByRole('button', { name: '确认退回' }).click();
    await sectionHead.getByText('退回原因：成本指标测算依据不足，请补充', { exact: false }).waitFor();
    await expect(sectionHead.getByTestId('status-tag').textContent()).resolves.toBe('已退回');

    // The preparer resubmits; section head and office approve.
    await preparer.goto(`${api.url}${detailPath}`);
    await preparer.getByText('退回原因：成本指标测算依据不足，请补充', { exact: false }).waitFor();
    await preparer.getByTestId('submit').click();
    await preparer.getByText('待 科室负责人审核').waitFor();

    await sectionHead.goto(`${api.url}/inbox`);
    await sectionHead.getByRole('link', { name }).click();
    await sectionHead.getByTestId('approve').click();
    await sectionHead.getByTestId('approve-comment').fill('同意');
    await sectionHead.getByRole('button', { name: '确认通过' }).click();
    await sectionHead.getByText('待 办公室审核').waitFor();

    const office = await signedIn('chenzr');
    await office.getByRole('link', { name }).click();
    await office.getByTestId('approve').click();
    await office.getByRole('button', { name: '确认通过' }).click();
    await office.getByText('已批准', { exact: true }).first().waitFor();
    await expect(office.getByTestId('status-tag').textContent()).resolves.toBe('已批准');
    const history = office.getByTestId('history');
    await history.getByText('陈主任', { exact: false }).first().waitFor();
    const timeline = await history.textContent();
    for (const seen of ['张经办', '李股长', '陈主任', '成本指标测算依据不足，请补充', '同意']) expect(timeline).toContain(seen);
    await expect(office.getByTestId('sheet-budget-total').textContent()).resolves.toBe('20.00');
    await expect(office.getByTestId('sheet-budget-total').locator('[data-yuan]').getAttribute('data-yuan')).resolves.toBe('200,000.00 元');
    await screenshot(office, 'approved');

    // 调整: the approved baseline beside the proposal, then the diff of the two versions.
    await preparer.goto(`${api.url}${detailPath}`);
    await preparer.getByTestId('adjust').click();
    await preparer.getByTestId('baseline').getByText(name).waitFor();
    await preparer.getByLabel('调整原因').fill('培训规模扩大');
    await preparer.getByLabel('项目名称').fill(`${name}（扩大）`);
    await screenshot(preparer, 'adjustment');
    await preparer.getByTestId('save-draft').click();
    await preparer.getByText('调整中', { exact: true }).first().waitFor();
    await preparer.getByTestId('baseline-beside').getByText('已批准的基线（第 1 版）').waitFor();
    expect(await preparer.getByTestId('baseline-beside').textContent()).toContain(`${name}（扩大）`);
    await preparer.getByRole('button', { name: '版本与对比' }).click();
    const diff = preparer.getByTestId('diff');
    await diff.getByText(`${name}（扩大）`).waitFor();
    expect(await diff.textContent()).toContain('项目名称');
    await screenshot(preparer, 'versions-diff');
  }, 600_000);

  it('checks the seed document as 2023 drafts before storing anything: each table with its lines and anomalies; then imports it', async () => {
    const admin = await signedIn(testAdmin.userName, testAdmin.password);
    await admin.goto(`${api.url}/import`);
    await admin.getByTestId('import-year').fill('2023');
    await admin.getByTestId('import-text').fill(readFileSync(seedDocumentPath(), 'utf8'));
    await admin.getByTestId('dry-run').click();
    const result = admin.getByTestId('import-result');
    await result.getByText('预检结果（2023年度）', { exact: false }).waitFor();
    const checked = await result.textContent();
    expect(checked).toContain('15 张可导入');
    expect(checked).toContain('第 260–352 行');
    expect(await result.locator('div[style*="color"]').count()).toBeGreaterThan(0);
    await result.locator('.ant-table').scrollIntoViewIfNeeded();
    await screenshot(admin, 'import-dry-run');
    await admin.getByTestId('import').click();
    await result.getByText('导入完成（2023年度）：15 张已导入').waitFor();
    await expect(result.getByRole('link', { name: '就业工作经费' }).count()).resolves.toBe(1);
  }, 300_000);
});
