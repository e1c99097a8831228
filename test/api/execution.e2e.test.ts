import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EventStore } from '@app/event-store';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { EVENT_STORE } from '../../apps/api/src/storage/storage.tokens.js';
import { readStores, startApiOn } from '../support/read-stores.js';
import { RunningApi, setUpDemoDirectory, type Caller, type DemoDirectory } from '../support/running-api.js';

/**
 * Seed table 3 (就业工作经费, 20.00 万元 = 200000.00 yuan, planned 50000.00 / 100000.00 /
 * 150000.00 / 200000.00 at 3月底 / 6月底 / 10月底 / 12月底), approved, then paid from.
 * Every expected figure below is worked out by hand in the comments.
 */
const code = '13052922P00584010316P';
const year = 2022;
const table3 = { ...seedTable3, sectionId: 'employment' };

const ENTRY = 'entryNumber kind amount date voucherNumber payee note reason reversedEntryNumber reversedByEntryNumber recordedAt recordedBy';
const RECORD = `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { entryNumber position replayed ledger { total totalCount edges { node { entryNumber } } } } }`;
const REVERSE = `mutation($input: ReverseDisbursementInput!) { reverseDisbursement(input: $input) { entryNumber position ledger { total } } }`;
const LEDGER = `query($code: String!, $year: Int!, $asOf: String, $min: String, $first: Int, $after: String) {
  disbursements(projectCode: $code, fiscalYear: $year, asOf: $asOf, minPosition: $min, first: $first, after: $after) {
    asOf total totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ENTRY} } } } }`;
const CHECKPOINT = 'key label date planned passed spent shortfall';
const FIGURES = `through budget spent spentByMonth { month spent } plannedToDate checkpoints { ${CHECKPOINT} } executionRate elapsedMonths timeProgress lightRatio light lightLabel`;
const PROJECT = `query($code: String!, $year: Int!, $asOf: String, $through: String) { projectExecution(projectCode: $code, fiscalYear: $year, asOf: $asOf, through: $through) {
  projectCode name unitCode sectionId baselineVersion behindPlan behindPlanAt { key label planned spent shortfall } ${FIGURES} } }`;
const OVERVIEW = `query($year: Int!, $unit: String, $through: String) { executionOverview(fiscalYear: $year, unitCode: $unit, through: $through) {
  fiscalYear through thresholds { yellowFrom greenFrom }
  units { unitCode unitName projectCount behindPlan { projectCode } ${FIGURES} }
  department { budget spent executionRate lightRatio light lightLabel }
  behindPlan { projectCode name behindPlanAt { label } } } }`;

/** Twelve months of spending with the given months filled in. */
function months(spent: Record<number, string>) {
  return Array.from({ length: 12 }, (_, index) => ({ month: index + 1, spent: spent[index + 1] ?? '0.00' }));
}

describe.each(readStores)('disbursement ledger and execution over HTTP ($readStore read store)', ({ open }) => {
  let api: RunningApi;
  let stop: () => Promise<void>;
  let demo: DemoDirectory;
  let store: EventStore;
  let lastPosition: string;
  /** The moment entry 3 was recorded: after it, before its reversal. */
  let beforeReversal: string;

  const payment = (input: Record<string, unknown>) => ({ projectCode: code, fiscalYear: year, payee: '巨鹿县就业服务中心', ...input });

  async function record(input: Record<string, unknown>) {
    const { recordDisbursement } = await api.must<{ recordDisbursement: any }>(demo.office, RECORD, { input: payment(input) });
    lastPosition = recordDisbursement.position;
    return recordDisbursement;
  }

  /** A page of the ledger (the first 20 entries unless asked), its entries as `entries`. */
  async function ledger(asOf?: string, page: { first?: number; after?: string } = {}) {
    const { disbursements } = await api.must<{ disbursements: any }>(demo.auditor, LEDGER, { code, year, asOf, min: lastPosition, ...page });
    return { ...disbursements, entries: disbursements.edges.map((edge: any) => edge.node) };
  }

  const refused = (caller: Caller, mutation: string, input: Record<string, unknown>) => api.refusal(caller, mutation, { input });

  beforeAll(async () => {
    ({ api, stop } = await startApiOn(open));
    store = api.app.get<EventStore>(EVENT_STORE);
    demo = await setUpDemoDirectory(api);
    const ref = { projectCode: code, fiscalYear: year };
    await api.must(demo.preparer, `mutation($input: TargetTableCommandInput!) { draftTargetTable(input: $input) { position } }`, { input: { ...ref, content: table3 } });
    await api.must(demo.preparer, `mutation($input: TargetTableRefInput!) { submitTargetTable(input: $input) { position } }`, { input: ref });
    const approve = `mutation($input: ApproveTargetTableStepInput!) { approveTargetTableStep(input: $input) { position } }`;
    await api.must(demo.sectionHead, approve, { input: { ...ref, step: 'SECTION' } });
    await api.must(demo.office, approve, { input: { ...ref, step: 'OFFICE' } });
    await api.must(demo.preparer, `mutation($input: TargetTableCommandInput!) { draftTargetTable(input: $input) { position } }`, {
      input: { projectCode: 'DRAFTONLY01', fiscalYear: year, content: { ...table3, name: '未批准项目' } },
    });
  });

  afterAll(() => stop());

  it('records payments in several months, reverses one with a reason and lets its voucher be used for the correction', async () => {
    expect((await record({ amount: '30000.00', date: '2022-02-15', voucherNumber: 'V-001', note: '培训费' })).entryNumber).toBe(1);
    expect((await record({ amount: '45000.00', date: '2022-05-20', voucherNumber: 'V-002' })).entryNumber).toBe(2);
    const third = await record({ amount: '5000.00', date: '2022-05-28', voucherNumber: 'V-003' });
    expect(third).toMatchObject({ entryNumber: 3, replayed: false, ledger: { total: '80000.00', totalCount: 3, edges: [{ node: { entryNumber: 1 } }, { node: { entryNumber: 2 } }, { node: { entryNumber: 3 } }] } });
    beforeReversal = (await ledger()).entries[2].recordedAt;

    const reversal = await api.must<{ reverseDisbursement: any }>(demo.office, REVERSE, {
      input: { projectCode: code, fiscalYear: year, entryNumber: 3, reason: '金额录入错误，应为4000.00' },
    });
    expect(reversal.reverseDisbursement).toMatchObject({ entryNumber: 4, ledger: { total: '75000.00' } });
    expect((await record({ amount: '4000.00', date: '2022-05-28', voucherNumber: 'V-003' })).entryNumber).toBe(5);
    expect((await record({ amount: '20000.00', date: '2022-07-10', voucherNumber: 'V-004' })).entryNumber).toBe(6);

    const book = await ledger();
    expect(book.total).toBe('99000.00');
    expect(book.entries.map(({ recordedAt, recordedBy, ...entry }: any) => entry)).toEqual([
      { entryNumber: 1, kind: 'PAYMENT', amount: '30000.00', date: '2022-02-15', voucherNumber: 'V-001', payee: '巨鹿县就业服务中心', note: '培训费', reason: null, reversedEntryNumber: null, reversedByEntryNumber: null },
      { entryNumber: 2, kind: 'PAYMENT', amount: '45000.00', date: '2022-05-20', voucherNumber: 'V-002', payee: '巨鹿县就业服务中心', note: null, reason: null, reversedEntryNumber: null, reversedByEntryNumber: null },
      { entryNumber: 3, kind: 'PAYMENT', amount: '5000.00', date: '2022-05-28', voucherNumber: 'V-003', payee: '巨鹿县就业服务中心', note: null, reason: null, reversedEntryNumber: null, reversedByEntryNumber: 4 },
      { entryNumber: 4, kind: 'REVERSAL', amount: '-5000.00', date: '2022-05-28', voucherNumber: 'V-003', payee: null, note: null, reason: '金额录入错误，应为4000.00', reversedEntryNumber: 3, reversedByEntryNumber: null },
      { entryNumber: 5, kind: 'PAYMENT', amount: '4000.00', date: '2022-05-28', voucherNumber: 'V-003', payee: '巨鹿县就业服务中心', note: null, reason: null, reversedEntryNumber: null, reversedByEntryNumber: null },
      { entryNumber: 6, kind: 'PAYMENT', amount: '20000.00', date: '2022-07-10', voucherNumber: 'V-004', payee: '巨鹿县就业服务中心', note: null, reason: null, reversedEntryNumber: null, reversedByEntryNumber: null },
    ]);
    expect(new Set(book.entries.map((entry: any) => entry.recordedBy))).toEqual(new Set([demo.office.userId]));
    expect(book).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: false, endCursor: book.edges[5].cursor } });
  });

  it('pages the ledger in entry order, each page with the whole ledger’s count and total', async () => {
    const first = await ledger(undefined, { first: 4 });
    expect(first.entries.map((entry: any) => [entry.entryNumber, entry.reversedByEntryNumber])).toEqual([[1, null], [2, null], [3, 4], [4, null]]);
    expect(first).toMatchObject({ total: '99000.00', totalCount: 6, pageInfo: { hasNextPage: true, endCursor: first.edges[3].cursor } });

    const second = await ledger(undefined, { first: 4, after: first.pageInfo.endCursor });
    expect(second.entries.map((entry: any) => entry.entryNumber)).toEqual([5, 6]);
    expect(second).toMatchObject({ total: '99000.00', totalCount: 6, pageInfo: { hasNextPage: false } });

    const refusal = await api.refusal(demo.auditor, LEDGER, { code, year, after: 'not-a-cursor' });
    expect(refusal).toMatchObject({ code: 'VALIDATION', problems: [{ field: 'after' }] });
  });

  it('shows the project through 31 July against plan, time progress and the light', async () => {
    const { projectExecution } = await api.must<{ projectExecution: any }>(demo.preparer, PROJECT, { code, year, through: '2022-07-31' });
    expect(projectExecution).toEqual({
      projectCode: code,
      name: '就业工作经费',
      unitCode: '323001',
      sectionId: 'employment',
      baselineVersion: 1,
      through: '2022-07-31',
      budget: '200000.00',
      spent: '99000.00',
      // May: 45000 + 5000 − 5000 + 4000.
      spentByMonth: months({ 2: '30000.00', 5: '49000.00', 7: '20000.00' }),
      // 100000.00 + 50000.00 × 31 / 123 days = 100000.00 + 12601.626… → 112601.63.
      plannedToDate: '112601.63',
      checkpoints: [
        { key: 'mar', label: '3月底', date: '2022-03-31', planned: '50000.00', passed: true, spent: '30000.00', shortfall: '20000.00' },
        { key: 'jun', label: '6月底', date: '2022-06-30', planned: '100000.00', passed: true, spent: '79000.00', shortfall: '21000.00' },
        { key: 'oct', label: '10月底', date: '2022-10-31', planned: '150000.00', passed: false, spent: null, shortfall: null },
        { key: 'dec', label: '12月底', date: '2022-12-31', planned: '200000.00', passed: false, spent: null, shortfall: null },
      ],
      // 99000 / 200000 = 49.50 %; 7 of 12 months = 58.33 %; 49.5 / 58.333… = 84.857… → 84.86, green.
      executionRate: '49.50',
      elapsedMonths: 7,
      timeProgress: '58.33',
      lightRatio: '84.86',
      light: 'GREEN',
      lightLabel: '绿',
      // 99000.00 spent to date is below the 100000.00 planned at 6月底.
      behindPlan: true,
      behindPlanAt: { key: 'jun', label: '6月底', planned: '100000.00', spent: '79000.00', shortfall: '21000.00' },
    });
  });

  it('shows the project as it stood before the reversal, from the entries recorded by then', async () => {
    const { disbursements } = await api.must<{ disbursements: any }>(demo.office, LEDGER, { code, year, asOf: beforeReversal });
    expect(disbursements.total).toBe('80000.00');
    expect(disbursements.edges.map(({ node }: any) => [node.entryNumber, node.reversedByEntryNumber])).toEqual([[1, null], [2, null], [3, null]]);

    const { projectExecution } = await api.must<{ projectExecution: any }>(demo.office, PROJECT, { code, year, asOf: beforeReversal, through: '2022-07-31' });
    // 80000 / 200000 = 40.00 %; 40 / 58.333… = 68.571… → 68.57, yellow.
    expect(projectExecution).toMatchObject({
      spent: '80000.00',
      spentByMonth: months({ 2: '30000.00', 5: '50000.00' }),
      executionRate: '40.00',
      lightRatio: '68.57',
      light: 'YELLOW',
      lightLabel: '黄',
      behindPlanAt: { key: 'jun', spent: '80000.00', shortfall: '20000.00' },
    });

    const beforeApproval = await api.graphql(PROJECT, { code, year, asOf: '2022-01-01T00:00:00+08:00' }, demo.office);
    expect(beforeApproval.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('sums the unit and the department, naming the projects behind plan', async () => {
    const { executionOverview } = await api.must<{ executionOverview: any }>(demo.auditor, OVERVIEW, { year, through: '2022-07-31' });
    expect(executionOverview).toMatchObject({
      fiscalYear: 2022,
      through: '2022-07-31',
      thresholds: { yellowFrom: '60', greenFrom: '80' },
      department: { budget: '200000.00', spent: '99000.00', executionRate: '49.50', lightRatio: '84.86', light: 'GREEN', lightLabel: '绿' },
      behindPlan: [{ projectCode: code, name: '就业工作经费', behindPlanAt: { label: '6月底' } }],
    });
    expect(executionOverview.units).toHaveLength(1);
    expect(executionOverview.units[0]).toMatchObject({
      unitCode: '323001',
      unitName: '巨鹿县人力资源和社会保障局本级',
      projectCount: 1,
      behindPlan: [{ projectCode: code }],
      spent: '99000.00',
      spentByMonth: months({ 2: '30000.00', 5: '49000.00', 7: '20000.00' }),
      checkpoints: [{ label: '3月底', spent: '30000.00' }, { label: '6月底', spent: '79000.00' }, { label: '10月底', spent: null }, { label: '12月底', spent: null }],
    });
    // At the end of the year all 12 months have elapsed: 49.50 / 100 → 49.50, red.
    const yearEnd = await api.must<{ executionOverview: any }>(demo.office, OVERVIEW, { year, unit: '323001', through: '2022-12-31' });
    expect(yearEnd.executionOverview.department).toMatchObject({ lightRatio: '49.50', light: 'RED', lightLabel: '红' });
  });

  it('lets each caller read only their scope', async () => {
    const otherSection = await api.graphql(PROJECT, { code, year }, demo.otherSectionPreparer);
    expect(otherSection.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(otherSection.errors?.[0]?.message).toContain('employment 科室');
    const otherUnit = await api.graphql(OVERVIEW, { year, unit: '323003' }, demo.office);
    expect(otherUnit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { executionOverview } = await api.must<{ executionOverview: any }>(demo.preparer323003, OVERVIEW, { year });
    expect(executionOverview.units).toEqual([]);
  });

  it('refuses every broken rule with its code and figures, and writes nothing', async () => {
    const head = await store.headPosition();
    const before = await ledger();
    const cases: Array<[Caller, string, Record<string, unknown>, string, string]> = [
      [demo.office, RECORD, payment({ amount: '10.00', date: '2022-08-01', voucherNumber: 'V-001' }), 'CONFLICT', '凭证号 V-001 已被本项目台账第 1 笔使用（2022-02-15，30000.00 元）'],
      [demo.office, RECORD, payment({ amount: '10.00', date: '2023-01-02', voucherNumber: 'V-100' }), 'VALIDATION', '2023-01-02 不在 2022 预算年度内'],
      [demo.office, RECORD, payment({ amount: '0.00', date: '2022-08-01', voucherNumber: 'V-100' }), 'VALIDATION', '「0.00」为 0.00 元：支出金额须大于 0.00'],
      [demo.office, RECORD, payment({ amount: '-10.00', date: '2022-08-01', voucherNumber: 'V-100' }), 'VALIDATION', '「-10.00」是负数'],
      [
        demo.office,
        RECORD,
        payment({ amount: '101000.01', date: '2022-08-01', voucherNumber: 'V-100' }),
        'CONFLICT',
        '本笔支出 101000.01 元将使累计支出达到 200000.01 元，超过预算 200000.00 元（已批准第 1 版）：目前已登记 99000.00 元，最多还可支出 101000.00 元。',
      ],
      [demo.preparer, RECORD, payment({ amount: '10.00', date: '2022-08-01', voucherNumber: 'V-100' }), 'FORBIDDEN', '需要单位 323001 的办公室（OFFICE）：你没有 OFFICE 角色（你的角色是 科室经办人（PREPARER））'],
      [demo.auditor, RECORD, payment({ amount: '10.00', date: '2022-08-01', voucherNumber: 'V-100' }), 'FORBIDDEN', '审计（AUDITOR）只查看台账，不作任何修改'],
      [demo.office, RECORD, payment({ projectCode: 'DRAFTONLY01', amount: '10.00', date: '2022-08-01', voucherNumber: 'V-100' }), 'CONFLICT', '状态为草稿（DRAFT），从未批准'],
      [demo.office, RECORD, payment({ projectCode: 'NOSUCHTABLE', amount: '10.00', date: '2022-08-01', voucherNumber: 'V-100' }), 'NOT_FOUND', '项目 NOSUCHTABLE 2022 年度没有目标表'],
      [demo.office, REVERSE, { projectCode: code, fiscalYear: year, entryNumber: 3, reason: '再次冲销' }, 'CONFLICT', '第 3 笔（2022-05-28，5000.00 元，凭证号 V-003）已由第 4 笔冲销'],
      [demo.office, REVERSE, { projectCode: code, fiscalYear: year, entryNumber: 2, reason: ' ' }, 'VALIDATION', 'reason：必填'],
      [demo.leader, REVERSE, { projectCode: code, fiscalYear: year, entryNumber: 2, reason: '错误' }, 'FORBIDDEN', '冲销支出需要单位 323001 的办公室'],
    ];
    for (const [caller, mutation, input, errorCode, message] of cases) {
      const refusal = await refused(caller, mutation, input);
      expect([refusal.code, refusal.message]).toEqual([errorCode, expect.stringContaining(message)]);
    }
    expect(await store.headPosition()).toBe(head);
    expect(await ledger()).toEqual(before);
  });

  it('answers a retried command with its first outcome and writes it once', async () => {
    const input = payment({ commandId: 'retry-ledger-1', amount: '100.00', date: '2022-08-01', voucherNumber: 'V-200' });
    const first = await api.must<{ recordDisbursement: any }>(demo.office, RECORD, { input });
    const again = await api.must<{ recordDisbursement: any }>(demo.office, RECORD, { input });
    expect(again.recordDisbursement).toMatchObject({ entryNumber: first.recordDisbursement.entryNumber, position: first.recordDisbursement.position, replayed: true });
    lastPosition = again.recordDisbursement.position;
    expect((await ledger()).total).toBe('99100.00');
  });
});

