import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { seedTable3Ref } from '../support/approved-seed-table-3.js';
import { readStores, startApiOn } from '../support/read-stores.js';
import { setUpDemoDirectory, type DemoDirectory, type DemoUser, type RunningApi } from '../support/running-api.js';

const position = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { position } }`;
const DRAFT_TABLE = position('draftTargetTable', 'TargetTableCommandInput');
const SUBMIT_TABLE = position('submitTargetTable', 'TargetTableRefInput');
const APPROVE_TABLE = position('approveTargetTableStep', 'ApproveTargetTableStepInput');
const SET_CALENDAR = `mutation($input: SetFiscalCalendarInput!) { setFiscalCalendar(input: $input) { position replayed calendar { unitCode targetTablesDue midtermDue decisionDays reminderDays } } }`;
const CALENDAR = `query($year: Int!, $unit: String) { fiscalCalendar(fiscalYear: $year, unitCode: $unit) { unitCode targetTablesDue midtermCheckpoint midtermDue finalEvaluationDue decisionDays reminderDays escalationDays } }`;
const DUE = 'due { dueDate status statusLabel daysLeft daysOverdue daysWaiting }';
const OVERVIEW = `query($year: Int!, $unit: String, $min: String) { deadlineOverview(fiscalYear: $year, unitCode: $unit, minPosition: $min) {
  unitCode overdueCount dueSoonCount totalCount items { kind label projectCode sectionId step role since escalatedTo ${DUE} } } }`;
const MINE = `query($year: Int!, $min: String) { myDeadlines(fiscalYear: $year, minPosition: $min) { kind projectCode ${DUE} } }`;
const INBOX = `query($min: String) { myInbox(minPosition: $min) { items { kind projectCode waitingSince ${DUE} } } }`;

const year = seedTable3Ref.fiscalYear;
const ref = seedTable3Ref;

describe.each(readStores)('due dates through a fiscal year, over HTTP ($readStore read store)', ({ open }) => {
  let api: RunningApi;
  let stop: () => Promise<void>;
  let demo: DemoDirectory;
  let head = '0';

  /**
   * Moves the application clock to an instant of the fiscal year. Tokens are checked against the
   * same clock, so everyone signs in again at the new time.
   */
  async function moveTo(instant: string): Promise<void> {
    api.setClock(instant);
    for (const key of ['admin', 'preparer', 'sectionHead', 'office', 'leader', 'auditor', 'preparer323003'] as const) {
      const user: DemoUser = demo[key];
      demo[key] = { ...user, ...(await api.login(user.userName, user.password)) };
    }
  }
  const overview = async (caller: DemoUser = demo.office) =>
    (await api.must<{ deadlineOverview: any }>(caller, OVERVIEW, { year, unit: '323001', min: head })).deadlineOverview;
  const write = async (caller: DemoUser, mutation: string, input: object) => {
    const data = await api.must<Record<string, { position: string }>>(caller, mutation, { input });
    head = Object.values(data)[0]!.position;
  };

  beforeAll(async () => {
    ({ api, stop } = await startApiOn(open));
    api.freezeClock();
    demo = await setUpDemoDirectory(api);
    await moveTo(`${year}-01-10T02:00:00Z`);
  });
  afterAll(() => stop());

  it('keeps the documented defaults until an administrator or the unit’s office sets dates', async () => {
    const before = await api.must<{ fiscalCalendar: object }>(demo.preparer, CALENDAR, { year, unit: '323001' });
    expect(before.fiscalCalendar).toEqual({
      unitCode: '323001',
      targetTablesDue: `${year}-01-31`,
      midtermCheckpoint: `${year}-07-31`,
      midtermDue: `${year}-08-31`,
      finalEvaluationDue: `${year + 1}-03-31`,
      decisionDays: 5,
      reminderDays: 7,
      escalationDays: 3,
    });
    await api.must(demo.admin, SET_CALENDAR, { input: { fiscalYear: year, dates: { midtermDue: `${year}-08-20` } } });
    const unit = await api.must<{ setFiscalCalendar: { replayed: boolean; calendar: object } }>(demo.office, SET_CALENDAR, {
      input: { fiscalYear: year, unitCode: '323001', dates: { decisionDays: 3 } },
    });
    expect(unit.setFiscalCalendar.calendar).toEqual({ unitCode: '323001', targetTablesDue: `${year}-01-31`, midtermDue: `${year}-08-20`, decisionDays: 3, reminderDays: 7 });
    const other = await api.must<{ fiscalCalendar: { decisionDays: number; midtermDue: string } }>(demo.preparer323003, CALENDAR, { year, unit: '323003' });
    expect(other.fiscalCalendar).toMatchObject({ decisionDays: 5, midtermDue: `${year}-08-20` });
  });

  it('refuses the calendar to whoever may not set it, and a date that is not one, in Chinese with the field', async () => {
    const byLeader = await api.refusal(demo.leader, SET_CALENDAR, { input: { fiscalYear: year, unitCode: '323001', dates: { decisionDays: 4 } } });
    expect(byLeader.code).toBe('FORBIDDEN');
    expect(byLeader.message).toContain('办公室');
    const otherUnit = await api.refusal(demo.office, SET_CALENDAR, { input: { fiscalYear: year, unitCode: '323003', dates: { decisionDays: 4 } } });
    expect(otherUnit.code).toBe('FORBIDDEN');
    const badDate = await api.refusal(demo.admin, SET_CALENDAR, { input: { fiscalYear: year, dates: { targetTablesDue: `${year}-02-30` } } });
    expect(badDate.code).toBe('VALIDATION');
    expect(badDate.problems).toEqual([expect.objectContaining({ field: 'dates.targetTablesDue', message: expect.stringContaining('YYYY-MM-DD') })]);
    expect((await api.refusal(demo.office, CALENDAR, { year, unit: '323003' })).code).toBe('FORBIDDEN');
  });

  it('shows a draft open, due soon, then overdue as the filing date passes', async () => {
    await write(demo.preparer, DRAFT_TABLE, { ...ref, content: { ...seedTable3, sectionId: 'employment' } });
    const open = await overview();
    expect(open.items).toEqual([expect.objectContaining({ kind: 'TARGET_TABLE_DRAFT', label: '绩效目标表待提交', projectCode: ref.projectCode, role: 'PREPARER' })]);
    expect(open.items[0].due).toEqual({ dueDate: `${year}-01-31`, status: 'OPEN', statusLabel: '未到期', daysLeft: 21, daysOverdue: 0, daysWaiting: null });

    await moveTo(`${year}-01-28T02:00:00Z`);
    const mine = await api.must<{ myDeadlines: any[] }>(demo.preparer, MINE, { year, min: head });
    expect(mine.myDeadlines.map((item) => `${item.kind} ${item.due.status}`)).toEqual(['TARGET_TABLE_DRAFT DUE_SOON']);
    const notTheOtherUnits = await api.must<{ myDeadlines: any[] }>(demo.preparer323003, MINE, { year, min: head });
    expect(notTheOtherUnits.myDeadlines).toEqual([]);

    await moveTo(`${year}-02-02T02:00:00Z`);
    const late = await overview(demo.leader);
    expect(late).toMatchObject({ overdueCount: 1, dueSoonCount: 0, totalCount: 1 });
    expect(late.items[0].due).toMatchObject({ status: 'OVERDUE', statusLabel: '已逾期', daysOverdue: 2 });
  });

  it('gives a step the unit’s decision days in the inbox and the overview', async () => {
    await write(demo.preparer, SUBMIT_TABLE, ref);
    const inbox = await api.must<{ myInbox: { items: any[] } }>(demo.sectionHead, INBOX, { min: head });
    expect(inbox.myInbox.items).toEqual([expect.objectContaining({ kind: 'TARGET_TABLE_REVIEW', projectCode: ref.projectCode })]);
    expect(inbox.myInbox.items[0].due).toMatchObject({ dueDate: `${year}-02-05`, status: 'OPEN', daysLeft: 3, daysWaiting: 0 });

    await moveTo(`${year}-02-07T02:00:00Z`);
    const [late] = (await api.must<{ myInbox: { items: any[] } }>(demo.sectionHead, INBOX, { min: head })).myInbox.items;
    expect(late.due).toMatchObject({ status: 'OVERDUE', daysOverdue: 2, daysWaiting: 5 });
    const seen = await overview();
    expect(seen.items).toEqual([expect.objectContaining({ kind: 'TARGET_TABLE_REVIEW', step: 'SECTION', role: 'SECTION_HEAD', since: late.waitingSince, escalatedTo: null })]);
    // Overdue by the escalation days: the office sees it as escalated to it.
    await moveTo(`${year}-02-08T02:00:00Z`);
    expect((await overview()).items).toEqual([expect.objectContaining({ kind: 'TARGET_TABLE_REVIEW', escalatedTo: 'OFFICE', due: expect.objectContaining({ daysOverdue: 3 }) })]);
    const escalated = await api.must<{ myDeadlines: any[] }>(demo.office, MINE, { year, min: head });
    expect(escalated.myDeadlines.map((item) => item.kind)).toEqual(['TARGET_TABLE_REVIEW']);
  });

  it('awaits the mid-term review from its checkpoint and the final evaluation after the year’s end', async () => {
    await write(demo.sectionHead, APPROVE_TABLE, { ...ref, step: 'SECTION' });
    await write(demo.office, APPROVE_TABLE, { ...ref, step: 'OFFICE' });
    expect((await overview()).items).toEqual([]);

    await moveTo(`${year}-08-01T02:00:00Z`);
    const midterm = await overview();
    expect(midterm.items.map((item: any) => `${item.kind} ${item.due.dueDate} ${item.due.status}`)).toEqual([`MIDTERM_REVIEW_DUE ${year}-08-20 OPEN`]);

    await moveTo(`${year + 1}-01-05T02:00:00Z`);
    const afterYearEnd = await overview(demo.auditor);
    expect(afterYearEnd.items.map((item: any) => `${item.kind} ${item.due.status}`)).toEqual(['MIDTERM_REVIEW_DUE OVERDUE', 'FINAL_EVALUATION_DUE OPEN']);
  });

  it('shows the overview to the unit’s office and leader, auditors and administrators only', async () => {
    expect((await api.refusal(demo.preparer, OVERVIEW, { year, unit: '323001' })).code).toBe('FORBIDDEN');
    expect((await api.refusal(demo.sectionHead, OVERVIEW, { year, unit: '323001' })).code).toBe('FORBIDDEN');
    const all = await api.must<{ deadlineOverview: { unitCode: string | null; totalCount: number } }>(demo.admin, OVERVIEW, { year });
    expect(all.deadlineOverview).toMatchObject({ unitCode: null, totalCount: 2 });
  });
});
