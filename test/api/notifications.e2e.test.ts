import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { seedTable3Ref } from '../support/approved-seed-table-3.js';
import { issuedNotifications, MY_NOTIFICATIONS, type NotificationItem } from '../support/issued-notifications.js';
import { patienceMs } from '../support/patience.js';
import type { TemporaryDatabase } from '../support/postgres-database.js';
import { readStores } from '../support/read-stores.js';
import { startTestSmtpServer } from '../support/test-smtp-server.js';
import { removeDataDir, RunningApi, setUpDemoDirectory, type DemoDirectory, type DemoUser } from '../support/running-api.js';

const position = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { position } }`;
const DRAFT_TABLE = position('draftTargetTable', 'TargetTableCommandInput');
const SUBMIT_TABLE = position('submitTargetTable', 'TargetTableRefInput');
const RESUBMIT_TABLE = position('resubmitTargetTable', 'TargetTableRefInput');
const APPROVE_TABLE = position('approveTargetTableStep', 'ApproveTargetTableStepInput');
const RETURN_TABLE = position('returnTargetTable', 'ReturnTargetTableInput');
const MARK_READ = position('markNotificationsRead', 'MarkNotificationsReadInput');

const ref = seedTable3Ref;
const year = ref.fiscalYear;

describe.each(readStores)('the notification centre through a fiscal year, over HTTP ($readStore read store)', ({ open }) => {
  let api: RunningApi;
  let database: TemporaryDatabase | undefined;
  let demo: DemoDirectory;
  let head = '0';
  let clockAt = '';

  async function start(dataDir?: string) {
    api = await RunningApi.start({ readStoreUrl: database?.url, ...(dataDir === undefined ? {} : { dataDir }) });
    api.freezeClock();
  }
  /** Moves the application clock; tokens are checked against it, so everyone signs in again. */
  async function moveTo(instant: string): Promise<void> {
    clockAt = instant;
    api.setClock(instant);
    for (const key of ['admin', 'preparer', 'sectionHead', 'office', 'leader'] as const) {
      const user: DemoUser = demo[key];
      demo[key] = { ...user, ...(await api.login(user.userName, user.password)) };
    }
  }
  const write = async (caller: DemoUser, mutation: string, input: object) => {
    const data = await api.must<Record<string, { position: string }>>(caller, mutation, { input });
    head = Object.values(data)[0]!.position;
  };
  const mine = async (caller: DemoUser, unread = false) => (await api.must<{ myNotifications: { unreadCount: number; items: NotificationItem[] } }>(caller, MY_NOTIFICATIONS, { unread, min: head })).myNotifications;
  const until = (caller: DemoUser, kind: string, count = 1) => issuedNotifications(api, caller, kind, head, count);

  beforeAll(async () => {
    database = await open();
    await start();
    demo = await setUpDemoDirectory(api);
    await moveTo(`${year}-01-10T02:00:00Z`);
  });
  afterAll(async () => {
    await api.stop();
    await database?.drop();
    removeDataDir(api.config.dataDir);
  });

  it('reminds the preparer once when the draft is due soon', async () => {
    await write(demo.preparer, DRAFT_TABLE, { ...ref, content: { ...seedTable3, sectionId: 'employment' } });
    expect((await mine(demo.preparer)).items).toEqual([]);
    await moveTo(`${year}-01-28T02:00:00Z`);
    const first = await mine(demo.preparer);
    expect(first.items).toEqual([expect.objectContaining({ kind: 'DUE_SOON', document: 'TARGET_TABLE', projectCode: ref.projectCode, read: false })]);
    expect(first.items[0]!.title).toBe(`即将到期：${seedTable3.name}的绩效目标表`);
    expect(first.items[0]!.body).toBe(`绩效目标表待提交，截止日期 ${year}-01-31`);
    await moveTo(`${year}-01-29T02:00:00Z`);
    expect((await mine(demo.preparer)).items.map((item) => item.id)).toEqual([first.items[0]!.id]);
    // Not the other sections' or units' people.
    expect((await mine(demo.office)).items).toEqual([]);
  });

  it('tells the deciding step of a submission, and the submitter of a return with its reason', async () => {
    await write(demo.preparer, SUBMIT_TABLE, ref);
    const [forHead] = await until(demo.sectionHead, 'INBOX_NEW');
    expect(forHead).toMatchObject({ title: `待您审核：${seedTable3.name}的绩效目标表`, read: false });
    expect((await mine(demo.office)).items).toEqual([]);

    await write(demo.sectionHead, APPROVE_TABLE, { ...ref, step: 'SECTION' });
    expect(await until(demo.office, 'INBOX_NEW')).toHaveLength(1);
    await write(demo.office, RETURN_TABLE, { ...ref, step: 'OFFICE', to: 'PREPARER', reason: '满意度指标值依据不足' });
    const [returned] = await until(demo.preparer, 'RETURNED');
    expect(returned).toMatchObject({ title: `已退回：${seedTable3.name}的绩效目标表`, body: '退回原因：满意度指标值依据不足' });
  });

  it('reminds once more when the returned table is overdue, and tells the submitter of the approval', async () => {
    await moveTo(`${year}-02-02T02:00:00Z`);
    expect((await mine(demo.preparer)).items.filter((item) => item.kind === 'OVERDUE')).toHaveLength(1);
    await write(demo.preparer, RESUBMIT_TABLE, ref);
    expect(await until(demo.sectionHead, 'INBOX_NEW', 2)).toHaveLength(2);
    await write(demo.sectionHead, APPROVE_TABLE, { ...ref, step: 'SECTION' });
    await write(demo.office, APPROVE_TABLE, { ...ref, step: 'OFFICE' });
    const [approved] = await until(demo.preparer, 'APPROVED');
    expect(approved!.title).toBe(`已批准：${seedTable3.name}的绩效目标表`);
    expect((await mine(demo.preparer)).items.map((item) => item.kind).sort()).toEqual(['APPROVED', 'DUE_SOON', 'OVERDUE', 'RETURNED']);
  });

  it('keeps read and unread per person', async () => {
    const before = await mine(demo.preparer);
    expect(before.unreadCount).toBe(4);
    await write(demo.preparer, MARK_READ, { notificationIds: before.items.slice(0, 3).map((item) => item.id) });
    const after = await mine(demo.preparer);
    expect(after.unreadCount).toBe(1);
    expect((await mine(demo.preparer, true)).items).toHaveLength(1);
    // The section head's reading is the section head's own.
    expect((await mine(demo.sectionHead)).unreadCount).toBe(2);
  });

  it('issues nothing twice after a restart', async () => {
    const ids = (await mine(demo.preparer)).items.map((item) => item.id).sort();
    const dataDir = api.config.dataDir;
    await api.stop();
    await start(dataDir);
    await moveTo(clockAt);
    // Let the restarted EventBus deliver what it delivers, then compare.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await mine(demo.preparer)).items.map((item) => item.id).sort()).toEqual(ids);
    expect((await mine(demo.sectionHead)).items).toHaveLength(2);
  });
});

describe('notification e-mail through SMTP_URL, to a real SMTP server', () => {
  let api: RunningApi;
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  let demo: DemoDirectory;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    api = await RunningApi.start({ smtpUrl: smtp.url, smtpFrom: 'jixiao@julu.example.cn' });
    demo = await setUpDemoDirectory(api);
  });
  afterAll(async () => {
    await api.stop();
    await smtp.stop();
    removeDataDir(api.config.dataDir);
  });

  it('e-mails a new inbox item to the section head who gave an address, and no one who gave none', async () => {
    const SET_EMAIL = position('setNotificationEmail', 'SetNotificationEmailInput');
    const refused = await api.refusal(demo.sectionHead, SET_EMAIL, { input: { address: 'not an address' } });
    expect(refused).toMatchObject({ code: 'VALIDATION', problems: [expect.objectContaining({ field: 'address' })] });
    await api.must(demo.sectionHead, SET_EMAIL, { input: { address: 'lisi@julu.example.cn' } });
    await api.must(demo.preparer, DRAFT_TABLE, { input: { ...ref, content: { ...seedTable3, sectionId: 'employment' } } });
    await api.must(demo.preparer, SUBMIT_TABLE, { input: ref });

    const deadline = Date.now() + patienceMs;
    while (smtp.received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.to).toEqual(['lisi@julu.example.cn']);
    expect(mail!.headers).toContain('jixiao@julu.example.cn');
    expect(mail!.text).toContain(`待您审核：${seedTable3.name}的绩效目标表`);
  });
});
