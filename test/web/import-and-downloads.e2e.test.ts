import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { demoPassword } from '../../apps/api/src/demo/demo-directory.js';
import { seedDocumentPath } from '../../apps/api/src/demo/seed-document.js';
import { seedTable3Ref } from '../support/approved-seed-table-3.js';
import { download, workbookOf } from '../support/downloads.js';
import { RunningApi, removeDataDir } from '../support/running-api.js';
import { ensureBuiltConsole, launchChromium, screenshot } from '../support/web-console.js';

/**
 * The official forms in and out through the console (docs/exports.md) on the demo data: the 15
 * approved 2022 tables, downloaded as one workbook, uploaded as .xlsx, checked and imported; the
 * seed document saved as GBK read as GB18030; the final evaluation downloaded under its Chinese name.
 */
describe('web console: Excel and GBK files in, forms out', () => {
  let api: RunningApi;
  let browser: Browser;
  let yearBook: Buffer;
  const { projectCode, fiscalYear } = seedTable3Ref;

  beforeAll(async () => {
    ensureBuiltConsole();
    api = await RunningApi.start({ demoData: true });
    const auditor = await api.login('auditor', demoPassword);
    yearBook = (await download(api, '/exports/target-tables/2022.xlsx', auditor)).body;
    const preparer = await api.login('preparer', demoPassword);
    const open = await api.graphql(`mutation($input: FinalEvaluationRefInput!) { openFinalEvaluation(input: $input) { position } }`, { input: seedTable3Ref }, preparer);
    expect(open.errors).toBeUndefined();
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    if (api) removeDataDir(api.config.dataDir);
  });

  /** Every cell of a workbook's first sheet, a line each. */
  async function textOf(file: Buffer): Promise<string> {
    const cells: string[] = [];
    (await workbookOf(file)).worksheets[0]!.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value))));
    return cells.join('\n');
  }

  async function signedIn(userName: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${api.url}/inbox`);
    await page.getByLabel('用户名').fill(userName);
    await page.getByLabel('密码').fill(demoPassword);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('signed-in-user').waitFor();
    return page;
  }

  it('uploads the 2022 tables as .xlsx: the dry run lists the 15 tables without storing, then imports them as 2023 drafts', async () => {
    const admin = await signedIn('demo-admin');
    await admin.goto(`${api.url}/import`);
    await admin.getByTestId('import-year').fill('2023');
    await admin.locator('input[type=file]').setInputFiles({ name: '2022年目标表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: yearBook });
    await admin.getByTestId('chosen-workbook').getByText('2022年目标表.xlsx', { exact: false }).waitFor();
    await admin.getByTestId('dry-run').click();
    const result = admin.getByTestId('import-result');
    await result.getByText('预检结果（2023年度）', { exact: false }).waitFor();
    const checked = await result.textContent();
    expect(checked).toContain('15 张可导入');
    // Anomalies are named by worksheet and cell, not by line.
    expect(checked).toMatch(/!B10）/u);
    await expect(result.getByText('可导入', { exact: true }).count()).resolves.toBe(15);
    await expect(result.getByRole('link', { name: '就业工作经费' }).count()).resolves.toBe(0);
    await screenshot(admin, 'import-workbook-dry-run');
    await admin.getByTestId('import').click();
    await result.getByText('导入完成（2023年度）：15 张已导入').waitFor();
    await expect(result.getByRole('link', { name: '就业工作经费' }).count()).resolves.toBe(1);
    await admin.context().close();
  }, 300_000);

  it('reads the seed document saved as GBK as GB18030 and checks its 15 tables', async () => {
    const admin = await signedIn('demo-admin');
    await admin.goto(`${api.url}/import`);
    await admin.getByTestId('import-year').fill('2024');
    const gbk = iconv.encode(readFileSync(seedDocumentPath(), 'utf8'), 'gbk');
    await admin.locator('input[type=file]').setInputFiles({ name: '2022年绩效目标.txt', mimeType: 'text/plain', buffer: gbk });
    await expect(admin.getByTestId('text-encoding').textContent()).resolves.toBe('已按 GB18030（GBK）读取');
    expect(await admin.getByTestId('import-text').inputValue()).toContain('就业工作经费');
    await admin.getByTestId('dry-run').click();
    const result = admin.getByTestId('import-result');
    await result.getByText('预检结果（2024年度）', { exact: false }).waitFor();
    expect(await result.textContent()).toContain('15 张可导入');
    await admin.context().close();
  }, 300_000);

  it('downloads the final evaluation from its page under the Chinese form name', async () => {
    const preparer = await signedIn('preparer');
    await preparer.goto(`${api.url}/evaluations/${fiscalYear}/${projectCode}`);
    const [file] = await Promise.all([preparer.waitForEvent('download'), preparer.getByTestId('download-xlsx').click()]);
    expect(file.suggestedFilename()).toBe('2022年_就业工作经费_绩效自评表.xlsx');
    await expect(preparer.getByTestId('print-view').getAttribute('href')).resolves.toBe(`/print/final-evaluations/${fiscalYear}/${projectCode}`);
    await preparer.context().close();
  }, 120_000);

  it('downloads the execution overview of the year shown and the audit trail of the filter in force', async () => {
    const auditor = await signedIn('auditor');
    await auditor.goto(`${api.url}/execution?year=2022`);
    const [overview] = await Promise.all([auditor.waitForEvent('download'), auditor.getByTestId('overview-download').click()]);
    expect(overview.suggestedFilename()).toMatch(/^2022年_预算执行情况表_截至\d{4}-\d{2}-\d{2}\.xlsx$/u);

    await auditor.goto(`${api.url}/audit`);
    await auditor.getByTestId('trail-project').fill(projectCode);
    await auditor.getByTestId('trail-search').click();
    const [trail] = await Promise.all([auditor.waitForEvent('download'), auditor.getByTestId('trail-download').click()]);
    expect(trail.suggestedFilename()).toMatch(/^审计记录_.+\.xlsx$/u);
    const filtered = await textOf(readFileSync(await trail.path()));
    // The filter is printed above the entries, and another project's entries, there without it, are not.
    expect(filtered).toContain(projectCode);
    const unfiltered = await textOf((await download(api, '/exports/audit-trail.xlsx', await api.login('auditor', demoPassword))).body);
    expect(unfiltered).toContain('13052922P00584010374P');
    expect(filtered).not.toContain('13052922P00584010374P');
    await auditor.context().close();
  }, 120_000);
});
