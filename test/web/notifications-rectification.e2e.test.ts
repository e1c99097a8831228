import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { seedTable3Ref } from '../support/approved-seed-table-3.js';
import { RunningApi, removeDataDir, setUpDemoDirectory, type DemoDirectory, type DemoUser } from '../support/running-api.js';
import { ensureBuiltConsole, launchChromium, screenshot } from '../support/web-console.js';

const position = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { position } }`;
const ref = seedTable3Ref;
const year = ref.fiscalYear;
const name = seedTable3.name;

/**
 * The notification centre, due dates in the inbox and the 整改台账 in Debian's Chromium against
 * the real API (docs/deadlines-and-rectification.md). The application clock is set to days of
 * seed table 3's year; tokens are checked against it, so everyone signs in again after it moves.
 */
describe('web console: notifications, due dates and rectification', () => {
  let api: RunningApi;
  let demo: DemoDirectory;
  let browser: Browser;
  let clockAt = '';

  async function moveTo(instant: string): Promise<void> {
    clockAt = instant;
    api.setClock(instant);
    for (const key of ['preparer', 'sectionHead', 'office', 'auditor'] as const) {
      const user: DemoUser = demo[key];
      demo[key] = { ...user, ...(await api.login(user.userName, user.password)) };
    }
  }

  beforeAll(async () => {
    ensureBuiltConsole();
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
    await moveTo(`${year}-01-10T02:00:00Z`);
    await api.must(demo.preparer, position('draftTargetTable', 'TargetTableCommandInput'), { input: { ...ref, content: { ...seedTable3, sectionId: 'employment' } } });
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    if (api) removeDataDir(api.config.dataDir);
  });

  async function signedIn(userName: string, path = '/inbox', beforeVisit?: (page: Page) => void): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    // The console signs out when the token's time is up by the browser's clock: the browser runs on the API's day.
    await context.clock.install({ time: clockAt });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    beforeVisit?.(page);
    await page.goto(`${api.url}${path}`);
    await page.getByLabel('用户名').fill(userName);
    await page.getByLabel('密码').fill('demo-password-1');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('signed-in-user').waitFor();
    return page;
  }

  it('shows the section head a new notification live when the preparer submits, and opening it marks it read', async () => {
    // The submission comes once the bell's subscription is sent (the socket connects lazily), so what it brings is not missed.
    let subscribed!: Promise<void>;
    const head = await signedIn('lisi', '/inbox', (page) => {
      subscribed = new Promise((resolve) =>
        page.on('websocket', (socket) => socket.on('framesent', (frame) => String(frame.payload).includes('notificationAdded') && resolve())),
      );
    });
    await head.getByRole('button', { name: '通知中心，未读 0 条' }).waitFor();
    await subscribed;

    await api.must(demo.preparer, position('submitTargetTable', 'TargetTableRefInput'), { input: ref });
    // No reload: the subscription brings it.
    const bell = head.getByRole('button', { name: '通知中心，未读 1 条' });
    await bell.waitFor();
    await bell.click();
    const unread = head.getByTestId('notification-unread');
    await unread.filter({ hasText: `待您审核：${name}的绩效目标表` }).waitFor();
    expect(await unread.count()).toBe(1);
    await screenshot(head, 'notification-centre');
    await unread.click();
    await head.waitForURL(`**/target-tables/${year}/${encodeURIComponent(ref.projectCode)}`);
    await head.getByRole('button', { name: '通知中心，未读 0 条' }).waitFor();
    await head.getByRole('button', { name: '通知中心，未读 0 条' }).click();
    await head.getByTestId('notification-read').filter({ hasText: `待您审核：${name}的绩效目标表` }).waitFor();
    await head.context().close();
  });

  it('shows the due date of the awaited step, and 已逾期 once the clock has passed it', async () => {
    const before = await signedIn('lisi');
    const row = before.getByRole('row').filter({ hasText: name });
    await row.getByTestId('due').filter({ hasText: `${year}-01-15` }).waitFor();
    expect(await row.getByTestId('due').textContent()).not.toContain('逾期');
    await before.context().close();

    await moveTo(`${year}-01-17T02:00:00Z`);
    const after = await signedIn('lisi');
    const late = after.getByRole('row').filter({ hasText: name }).getByTestId('due');
    await late.filter({ hasText: '已逾期 2 天' }).waitFor();
    expect(await late.textContent()).toContain(`${year}-01-15`);
    await after.context().close();

    // The office's 逾期概况 of its unit counts it.
    const office = await signedIn('chenzr', `/deadlines?year=${year}`);
    await office.getByTestId('deadline-counts').filter({ hasText: '共 1 项，已逾期 1 项' }).waitFor();
    await office.getByRole('row').filter({ hasText: name }).getByTestId('due').filter({ hasText: '已逾期 2 天' }).waitFor();
    await office.context().close();
  });

  it('works an auditor’s finding on the 整改台账: recorded, started, reported done and closed by the office; refusals in Chinese', async () => {
    await api.must(demo.sectionHead, position('approveTargetTableStep', 'ApproveTargetTableStepInput'), { input: { ...ref, step: 'SECTION' } });
    await api.must(demo.office, position('approveTargetTableStep', 'ApproveTargetTableStepInput'), { input: { ...ref, step: 'OFFICE' } });

    const auditor = await signedIn('sunsj', `/rectifications?year=${year}&unit=323001`);
    await auditor.getByTestId('record-finding').click();
    await auditor.getByLabel('项目编码').fill(ref.projectCode);
    await auditor.getByLabel('审计发现的问题').fill('培训台账不完整');
    await auditor.getByLabel('整改期限').fill(`${year}-01-20`);
    await auditor.getByRole('button', { name: '确认登记' }).click();
    const rows = auditor.getByTestId('rectifications');
    await rows.getByText('培训台账不完整').waitFor();
    expect(await rows.getByTestId('rectification-status').first().textContent()).toBe('待整改');
    await auditor.context().close();

    // The preparer of the owner section starts it and reports it done.
    const preparer = await signedIn('zhang', `/rectifications?year=${year}`);
    const item = preparer.getByRole('row').filter({ hasText: '培训台账不完整' });
    await item.getByRole('button', { name: '开始整改' }).click();
    await preparer.getByLabel('整改措施').fill('补齐培训签到表');
    await preparer.getByRole('button', { name: '确认开始整改' }).click();
    await item.getByText('整改中', { exact: true }).waitFor();
    // Only the office or leader closes: the preparer's row offers no 销号.
    expect(await item.getByRole('button', { name: /^销\s*号$/ }).count()).toBe(0);
    await item.getByRole('button', { name: '报告已整改' }).click();
    await preparer.getByLabel('整改情况及佐证').fill('签到表已补齐，见档案 2022-07');
    await preparer.getByRole('button', { name: '确认报告已整改' }).click();
    await item.getByText('已整改', { exact: true }).waitFor();
    await item.getByText('签到表已补齐，见档案 2022-07').waitFor();
    await preparer.context().close();

    const office = await signedIn('chenzr', `/rectifications?year=${year}`);
    const closing = office.getByRole('row').filter({ hasText: '培训台账不完整' });
    await closing.getByRole('button', { name: /^销\s*号$/ }).click();
    await office.getByRole('button', { name: '确认销号' }).click();
    await closing.getByText('已销号', { exact: true }).waitFor();
    await screenshot(office, 'rectifications');
    expect(await office.getByTestId('rectification-counts').textContent()).toContain('已销号1项');
    await office.context().close();
  });

  it('shows a refusal of the API in Chinese on the page', async () => {
    const auditor = await signedIn('sunsj', `/rectifications?year=${year}&unit=323001`);
    await auditor.getByTestId('record-finding').click();
    await auditor.getByLabel('项目编码').fill('NO-SUCH-PROJECT');
    await auditor.getByLabel('审计发现的问题').fill('无此项目');
    await auditor.getByLabel('整改期限').fill(`${year}-03-31`);
    await auditor.getByRole('button', { name: '确认登记' }).click();
    const refusal = auditor.getByTestId('refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/[\u4e00-\u9fa5]/u);
    expect(await refusal.textContent()).toContain('未找到');
    await auditor.context().close();
  });

  it('lets the office name a substitute for its step on 逾期概况 (代理审批), refuse a bad one in Chinese, and revoke it with a reason', async () => {
    const office = await signedIn('chenzr', `/deadlines?year=${year}`);
    const card = office.getByTestId('delegations');
    const pick = async (label: string, person: string) => {
      await card.getByLabel(label, { exact: true }).click();
      // The list just opened is the last one in the page; the one picked before may still be closing.
      await office.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`^${person}$`) }).last().click();
    };
    await pick('被代理人', '陈主任');
    await pick('代理人', '陈主任');
    await card.getByLabel('起始日期', { exact: true }).fill(`${year}-01-01`);
    await card.getByLabel('截止日期', { exact: true }).fill(`${year}-12-31`);
    await card.getByLabel('原因', { exact: true }).fill('陈主任外出学习');
    await card.getByRole('button', { name: '指定代理人' }).click();
    await card.getByTestId('refusal').filter({ hasText: '代理人不能是被代理人本人' }).waitFor();

    // The office's step needs a substitute who reads the whole unit: the leader.
    await pick('代理人', '刘局长');
    await card.getByRole('button', { name: '指定代理人' }).click();
    const row = card.getByRole('row').filter({ hasText: '刘局长' });
    await row.getByText('有效', { exact: true }).waitFor();
    expect(await row.textContent()).toContain(`${year}-01-01 至 ${year}-12-31`);
    await row.getByRole('button', { name: /^撤\s*销$/ }).click();
    await office.getByLabel('撤销原因').fill('陈主任已返岗');
    await office.getByRole('button', { name: '确认撤销' }).click();
    await row.getByText('已撤销', { exact: true }).waitFor();
    await office.context().close();
  });
});
