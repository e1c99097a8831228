import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { RunningApi, removeDataDir } from '../support/running-api.js';
import { ensureBuiltConsole, launchChromium } from '../support/web-console.js';

/**
 * The review assistant in the console (docs/review-assistant.md): on the demo data, the office
 * opens seed table 3 and sees 就业人数登记率's contradiction beside the form, under 提示, then
 * keeps the cell as it is with a reason; the cells findings name are marked on the form.
 */
describe('review findings on the target table page', () => {
  let api: RunningApi;
  let browser: Browser;

  beforeAll(async () => {
    ensureBuiltConsole();
    api = await RunningApi.start({ demoData: true });
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    if (api) removeDataDir(api.config.dataDir);
  });

  async function signedIn(userName: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${api.url}/inbox`);
    await page.getByLabel('用户名').fill(userName);
    await page.getByLabel('密码').fill('demo-password-1');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('signed-in-user').waitFor();
    return page;
  }

  it("shows seed table 3's finding by severity, naming its cell, and lets the office keep it with a reason", async () => {
    const page = await signedIn('office');
    await page.goto(`${api.url}/target-tables/2022/13052922P00584010316P`);
    const card = page.getByTestId('review-findings');
    const finding = card.getByTestId('review-finding-DESCRIPTION_CONTRADICTS_NAME');
    await finding.waitFor();
    await expect(card.textContent()).resolves.toContain('提示');
    await expect(finding.textContent()).resolves.toContain('第 3 项指标的绩效指标描述');
    await expect(finding.textContent()).resolves.toContain('失业');
    await finding.getByRole('button', { name: /保留原样/ }).click();
    await page.getByTestId('accept-reason').fill('沿用上级文件的指标名称');
    await page.getByRole('button', { name: /确\s*认/ }).click();
    await card.getByText('已确认保留原样').waitFor();
    await expect(finding.textContent()).resolves.toContain('理由：沿用上级文件的指标名称');
    await page.context().close();
  });

  it('marks on the form the cells the findings name: a repeated goal line, a merged 二级指标 cell', async () => {
    // The auditor reads both units' tables.
    const page = await signedIn('auditor');
    const card = page.getByTestId('review-findings');
    // Seed table 1 (323001): its 2nd and 3rd goal lines repeat the 1st.
    await page.goto(`${api.url}/target-tables/2022/13052922P00584010036K`);
    await card.getByTestId('review-finding-GOAL_REPEATED').first().waitFor();
    await expect(card.textContent()).resolves.toContain('绩效目标第 2 项');
    await expect(Promise.all([0, 1, 2].map((goal) => markedForAFinding(page.getByTestId(`sheet-goal-${goal}`))))).resolves.toEqual([false, true, true]);
    // Seed table 13 (323003): revenue under 时效 (row 3) and a timeliness rate under 成本 (row 4).
    await page.goto(`${api.url}/target-tables/2022/13052922P00584010711T`);
    await card.getByTestId('review-finding-LEVEL2_MISFILED').first().waitFor();
    await expect(page.getByTestId('sheet-level2-2').textContent()).resolves.toBe('时效指标');
    await expect(page.getByTestId('sheet-level2-3').textContent()).resolves.toBe('成本指标');
    await expect(Promise.all([1, 2, 3].map((row) => markedForAFinding(page.getByTestId(`sheet-level2-${row}`))))).resolves.toEqual([false, true, true]);
    await page.context().close();
  });
});

/** Whether the sheet marks the cell as one a finding names (TargetTableSheet's #fff7e6). */
const markedForAFinding = async (cell: Locator) => /background: rgb\(255, 247, 230\)/u.test((await cell.getAttribute('style')) ?? '');
