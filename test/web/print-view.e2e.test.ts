import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { RunningApi, removeDataDir } from '../support/running-api.js';
import { ensureBuiltConsole, launchChromium, screenshot } from '../support/web-console.js';

/**
 * The print view (打印) and the Excel download of a target table in Debian's Chromium, on the
 * demo data: the page printed to PDF (page.pdf) is one A4 page holding the form's words, as
 * pdftotext (poppler-utils; .ci/run installs it) reads them.
 */
describe('print views (打印) of the forms, and the download of a target table', () => {
  let api: RunningApi;
  let browser: Browser;
  let folder: string;
  const code = '13052922P00584010316P';

  beforeAll(async () => {
    ensureBuiltConsole();
    api = await RunningApi.start({ demoData: true });
    browser = await launchChromium();
    folder = mkdtempSync(join(tmpdir(), 'pt-print-'));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    if (api) removeDataDir(api.config.dataDir);
    rmSync(folder, { recursive: true, force: true });
  });

  async function signedIn(userName: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${api.url}/inbox`);
    await page.getByLabel('用户名').fill(userName);
    await page.getByLabel('密码').fill('demo-password-1');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('signed-in-user').waitFor();
    return page;
  }

  it('downloads the .xlsx under its Chinese name from the detail page', async () => {
    const page = await signedIn('preparer');
    await page.goto(`${api.url}/target-tables/2022/${code}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('2022年_就业工作经费_绩效目标表.xlsx');
    await expect(page.getByTestId('print-view').getAttribute('href')).resolves.toBe(`/print/target-tables/2022/${code}`);
    await page.context().close();
  }, 120_000);

  it('prints 项目支出绩效目标表 on one A4 page with every indicator, the signature lines and what it shows', async () => {
    const page = await signedIn('preparer');
    await page.goto(`${api.url}/print/target-tables/2022/${code}`);
    await page.getByRole('region', { name: '项目支出绩效目标表' }).waitFor();
    await screenshot(page, 'print-view');
    const pdf = join(folder, 'table-3.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    // A4 upright (595 × 842 points), as the page's @page rule asks.
    expect(info).toMatch(/Page size:\s+594\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/gu, '');
    for (const words of ['项目支出绩效目标表', '（2022年度）', '就业工作经费', code, '20.00', '5.00', '填报人：', '审核人：', '单位（签章）：', '数据截至事件位置']) {
      expect(text).toContain(words);
    }
    for (const indicator of seedTable3.indicators) expect(text).toContain(indicator.level3.replace(/\s+/gu, ''));
    await page.context().close();
  }, 120_000);

  /** The page printed to PDF: its page count, size line and words without spaces, as pdfinfo and pdftotext read them. */
  async function printed(page: Page, name: string): Promise<{ info: string; text: string }> {
    const pdf = join(folder, `${name}.pdf`);
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    return { info: execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }), text: execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/gu, '') };
  }

  it('prints the execution overview of the year shown, A4 across, a row per unit and the total', async () => {
    const page = await signedIn('auditor');
    await page.goto(`${api.url}/execution?year=2022`);
    const href = await page.getByTestId('overview-print').getAttribute('href');
    expect(href).toBe('/print/execution-overview/2022');
    await page.goto(`${api.url}${href}`);
    await page.getByRole('region', { name: '预算执行情况表' }).waitFor();
    const { info, text } = await printed(page, 'overview');
    // A4 across (842 × 595 points), as the form asks.
    expect(info).toMatch(/Page size:\s+841\.\d+ x 594\.\d+ pts \(A4\)/);
    for (const words of ['预算执行情况表', '（2022年度）', '单位名称', '执行率', '序时进度', '323001', '323003', '合计']) expect(text).toContain(words);
    await page.context().close();
  }, 120_000);

  it('prints the audit trail of the filter in force, with the filter above its entries and the headings on every page', async () => {
    const page = await signedIn('auditor');
    await page.goto(`${api.url}/audit`);
    await page.getByTestId('trail-project').fill(code);
    await page.getByTestId('trail-search').click();
    const href = await page.getByTestId('trail-print').getAttribute('href');
    expect(href).toBe(`/print/audit-trail?projectCode=${code}`);
    await page.goto(`${api.url}${href}`);
    await page.getByRole('region', { name: '审计记录' }).waitFor();
    const { text } = await printed(page, 'trail');
    for (const words of ['审计记录', `筛选条件：项目编码：${code}`, '操作人', '导入', code]) expect(text).toContain(words);
    expect(text).not.toContain('13052922P00584010374P');
    // The whole trail runs over several pages, each opening with the column headings.
    await page.goto(`${api.url}/print/audit-trail`);
    await page.getByRole('region', { name: '审计记录' }).waitFor();
    const whole = await printed(page, 'whole-trail');
    const pages = Number(/Pages:\s+(\d+)/.exec(whole.info)![1]);
    expect(pages).toBeGreaterThan(1);
    expect(whole.text.split('操作人').length - 1).toBe(pages);
    await page.context().close();
  }, 120_000);

  it('says so when the table is not there to print', async () => {
    const page = await signedIn('preparer');
    await page.goto(`${api.url}/print/target-tables/2022/P-NONE`);
    await expect(page.getByText('无法打印').textContent()).resolves.toBe('无法打印');
    await page.context().close();
  }, 120_000);
});
