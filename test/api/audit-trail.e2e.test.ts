import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTable10, seedTable10FiscalYear, seedTable10ProjectCode } from '@app/domain/target-table/fixtures/seed-table-10.js';
import { seedTable3, seedTable3FiscalYear, seedTable3ProjectCode } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { readStores, startApiOn } from '../support/read-stores.js';
import { targetTableMutations } from '../support/target-table-mutations.js';
import { RunningApi, setUpDemoDirectory, type Caller, type DemoDirectory } from '../support/running-api.js';

const PAYLOAD = `position targetTable { updatedAt }`;
const { DRAFT, REVISE, SUBMIT, RESUBMIT, APPROVE, RETURN, ADJUST } = targetTableMutations(PAYLOAD);

const ENTRY = `id position at eventType kind label summary subject projectCode fiscalYear version step unitCode reason correlationId
  actor { userId name roles unitCode sectionId } changes { field change before after }`;
const TRAIL = `query($filter: AuditTrailFilter, $order: AuditTrailOrder, $first: Int, $after: String, $min: String) {
  auditTrail(filter: $filter, order: $order, first: $first, after: $after, minPosition: $min) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ENTRY} } }
  }
}`;
const TABLE_AS_OF = `query($projectCode: String!, $fiscalYear: Int!, $asOf: DateTime, $min: String) {
  targetTable(projectCode: $projectCode, fiscalYear: $fiscalYear, asOf: $asOf, minPosition: $min) {
    status version revision purpose goals budget { total } updatedAt position
    decisions { decision step by at comment } lastReturn { reason }
    baseline { version purpose budget { total } }
  }
}`;

const table3 = { ...seedTable3, sectionId: 'employment' };
const ref = { projectCode: seedTable3ProjectCode, fiscalYear: seedTable3FiscalYear };
/** Each step of the story is decided this long after the one before, on the API's clock. */
const STEP_MS = 10 * 60_000;

type Payload = { position: string; targetTable: { updatedAt: string } };

describe.each(readStores)('audit trail and tables as of a moment over HTTP ($readStore read store)', ({ open }) => {
  let api: RunningApi;
  let stop: () => Promise<void>;
  let demo: DemoDirectory;
  /** When each step of table 3's story was decided, by step. */
  const at: Record<string, string> = {};
  let lastPosition: string;

  async function step(name: string, caller: Caller, mutation: string, input: Record<string, unknown>): Promise<void> {
    api.advanceClock(STEP_MS);
    const data = await api.must<Record<string, Payload>>(caller, mutation, { input });
    const payload = Object.values(data)[0]!;
    at[name] = payload.targetTable.updatedAt;
    lastPosition = payload.position;
  }

  async function trail(caller: Caller, variables: Record<string, unknown>) {
    const response = await api.graphql<{ auditTrail: any }>(TRAIL, { min: lastPosition, ...variables }, caller);
    return response;
  }

  async function entries(caller: Caller, variables: Record<string, unknown>): Promise<any[]> {
    const response = await trail(caller, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.auditTrail.edges.map((edge: any) => edge.node);
  }

  async function tableAsOf(asOf: string | undefined) {
    return api.graphql<{ targetTable: any }>(TABLE_AS_OF, { ...ref, asOf }, demo.auditor);
  }

  /** An instant between two steps of the story. */
  const between = (earlier: string, later: string) => new Date((Date.parse(earlier) + Date.parse(later)) / 2).toISOString();

  beforeAll(async () => {
    ({ api, stop } = await startApiOn(open));
    demo = await setUpDemoDirectory(api);
    const { preparer, sectionHead, office } = demo;
    await step('draft', preparer, DRAFT, { ...ref, content: table3 });
    await step('revise', preparer, REVISE, {
      ...ref,
      content: { ...table3, purpose: '就业工作经费（补充依据）', goals: ['1.健全就业服务体系', '2.开展就业培训'] },
    });
    await step('submit', preparer, SUBMIT, ref);
    await step('return', sectionHead, RETURN, { ...ref, step: 'SECTION', to: 'PREPARER', reason: '请补充指标值确定依据' });
    await step('resubmit', preparer, RESUBMIT, ref);
    await step('sectionApproval', sectionHead, APPROVE, { ...ref, step: 'SECTION', comment: '同意' });
    await step('officeApproval', office, APPROVE, { ...ref, step: 'OFFICE', comment: '经审核，同意' });
    await step('adjust', preparer, ADJUST, {
      ...ref,
      content: { ...table3, purpose: '就业工作经费（调整）', goals: ['1.健全就业服务体系', '2.开展就业培训'] },
      reason: '年中调整资金用途',
    });
    await step('adjustmentSubmit', preparer, SUBMIT, ref);
    await step('adjustmentSectionApproval', sectionHead, APPROVE, { ...ref, step: 'SECTION' });
    await step('adjustmentOfficeApproval', office, APPROVE, { ...ref, step: 'OFFICE' });
    // Another unit's table, so that the trail holds entries a preparer of 323001 may not read.
    await step('otherUnitDraft', demo.preparer323003, DRAFT, {
      projectCode: seedTable10ProjectCode,
      fiscalYear: seedTable10FiscalYear,
      content: { ...seedTable10, sectionId: 'insurance' },
    });
  });

  afterAll(() => stop());

  it('tells the auditor who approved table 3 at the office step, and when', async () => {
    const filter = { ...ref, kind: 'APPROVE', step: 'OFFICE', version: 1 };
    const [approval, ...others] = await entries(demo.auditor, { filter });
    expect(others).toEqual([]);
    expect(approval).toMatchObject({
      at: at.officeApproval,
      eventType: 'TargetTableStepApproved',
      label: '审核通过',
      summary: '批准第 1 版的「办公室审核」步骤；这是最后一步',
      subject: `目标表 ${ref.projectCode}（${ref.fiscalYear} 年度）「就业工作经费」`,
      reason: '经审核，同意',
      unitCode: '323001',
      actor: { userId: demo.office.userId, name: '陈主任', roles: ['OFFICE'], unitCode: '323001', sectionId: null },
    });
    // Without the version, the adjustment's office approval comes first, newest first.
    const both = await entries(demo.auditor, { filter: { ...ref, kind: 'APPROVE', step: 'OFFICE' } });
    expect(both.map((entry) => [entry.version, entry.at])).toEqual([
      [2, at.adjustmentOfficeApproval],
      [1, at.officeApproval],
    ]);
  });

  it('lists every action of one person in a period, in order, a page at a time in both orders', async () => {
    const filter = { actorUserId: demo.preparer.userId, from: at.revise, to: at.adjust };
    const expected = [
      ['TargetTableDraftRevised', 'REVISE', '修改草稿', at.revise],
      ['TargetTableSubmitted', 'SUBMIT', '申报', at.submit],
      ['TargetTableSubmitted', 'SUBMIT', '重新申报', at.resubmit],
      ['TargetTableAdjustmentProposed', 'ADJUST', '提出调整', at.adjust],
    ];
    for (const order of ['OLDEST_FIRST', 'NEWEST_FIRST']) {
      const seen: any[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const response = await trail(demo.auditor, { filter, order, first: 3, after });
        expect(response.errors).toBeUndefined();
        const { totalCount, pageInfo, edges } = response.data!.auditTrail;
        expect(totalCount).toBe(4);
        seen.push(...edges.map((edge: any) => edge.node));
        after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
        pages += 1;
      } while (after !== null);
      expect(pages).toBe(2);
      const inOrder = order === 'OLDEST_FIRST' ? expected : [...expected].reverse();
      expect(seen.map((entry) => [entry.eventType, entry.kind, entry.label, entry.at])).toEqual(inOrder);
      expect(new Set(seen.map((entry) => entry.actor.name))).toEqual(new Set(['张经办']));
    }
    const byName = await entries(demo.auditor, { filter: { actorName: '张经办', from: at.revise, to: at.adjust }, order: 'OLDEST_FIRST' });
    expect(byName.map((entry) => entry.at)).toEqual(expected.map((row) => row[3]));
    // Newest first unless asked otherwise.
    const unordered = await entries(demo.auditor, { filter, order: null });
    expect(unordered.map((entry) => entry.at)).toEqual(expected.map((row) => row[3]).reverse());
  });

  it('tells table 3’s history, every version and every decision, in order', async () => {
    const history = await entries(demo.auditor, { filter: ref, order: 'OLDEST_FIRST', first: 100 });
    expect(history.map((entry) => [entry.label, entry.actor.name, entry.version, entry.step, entry.at])).toEqual([
      ['编制', '张经办', 1, null, at.draft],
      ['修改草稿', '张经办', 1, null, at.revise],
      ['申报', '张经办', 1, null, at.submit],
      ['退回', '李股长', 1, 'SECTION', at.return],
      ['重新申报', '张经办', 1, null, at.resubmit],
      ['审核通过', '李股长', 1, 'SECTION', at.sectionApproval],
      ['审核通过', '陈主任', 1, 'OFFICE', at.officeApproval],
      ['批准生效', '陈主任', 1, null, at.officeApproval],
      ['提出调整', '张经办', 2, null, at.adjust],
      ['申报', '张经办', 2, null, at.adjustmentSubmit],
      ['审核通过', '李股长', 2, 'SECTION', at.adjustmentSectionApproval],
      ['审核通过', '陈主任', 2, 'OFFICE', at.adjustmentOfficeApproval],
      ['批准生效', '陈主任', 2, null, at.adjustmentOfficeApproval],
    ]);
    // The last step's approval and the baseline it made are one command.
    expect(history[6].correlationId).toBe(history[7].correlationId);
    expect(history[5].correlationId).not.toBe(history[6].correlationId);
  });

  it('shows the fields a revision changed, before and after, and the adjustment’s reason and changes', async () => {
    const [revision] = await entries(demo.auditor, { filter: { ...ref, kind: 'REVISE' } });
    expect(revision).toMatchObject({ at: at.revise, summary: '修改第 1 版：改动了 资金用途（purpose），绩效目标（goals）' });
    expect(revision.changes).toEqual([
      { field: 'purpose', change: 'CHANGED', before: '就业工作经费', after: '就业工作经费（补充依据）' },
      { field: 'goals[1]', change: 'ADDED', before: null, after: '2.开展就业培训' },
    ]);
    const [adjustment] = await entries(demo.auditor, { filter: { ...ref, kind: 'ADJUST' } });
    expect(adjustment).toMatchObject({ reason: '年中调整资金用途', version: 2 });
    expect(adjustment.changes).toEqual([{ field: 'purpose', change: 'CHANGED', before: '就业工作经费（补充依据）', after: '就业工作经费（调整）' }]);
    const [returned] = await entries(demo.auditor, { filter: { ...ref, kind: 'RETURN' } });
    expect(returned).toMatchObject({ reason: '请补充指标值确定依据', actor: { name: '李股长' }, changes: null });
  });

  it('shows table 3 as it stood before the adjustment was approved, and after', async () => {
    const before = await tableAsOf(between(at.adjustmentSectionApproval, at.adjustmentOfficeApproval));
    expect(before.errors).toBeUndefined();
    expect(before.data!.targetTable).toMatchObject({
      status: 'IN_REVIEW',
      version: 2,
      purpose: '就业工作经费（调整）',
      updatedAt: at.adjustmentSectionApproval,
      baseline: { version: 1, purpose: '就业工作经费（补充依据）', budget: { total: '200000.00' } },
    });
    const after = await tableAsOf(between(at.adjustmentOfficeApproval, at.otherUnitDraft));
    expect(after.data!.targetTable).toMatchObject({ status: 'APPROVED', version: 2, baseline: { version: 2, purpose: '就业工作经费（调整）' } });
    // Folded from every event, it is the table the view serves now.
    const now = await api.graphql<{ targetTable: any }>(TABLE_AS_OF, { ...ref, min: lastPosition }, demo.auditor);
    expect(now.errors).toBeUndefined();
    expect(after.data!.targetTable).toEqual(now.data!.targetTable);

    const returned = await tableAsOf(between(at.return, at.resubmit));
    expect(returned.data!.targetTable).toMatchObject({ status: 'RETURNED', version: 1, baseline: null, lastReturn: { reason: '请补充指标值确定依据' } });
  });

  it('answers a moment before the table existed with NOT_FOUND, and a moment to come or no moment at all with VALIDATION', async () => {
    const notYet = await tableAsOf(between(new Date(Date.parse(at.draft) - STEP_MS).toISOString(), at.draft));
    expect(notYet.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(notYet.errors?.[0]?.message).toContain(`目标表首次起草于 ${at.draft}`);
    const future = await tableAsOf(new Date(Date.parse(at.otherUnitDraft) + 24 * 3_600_000).toISOString());
    expect(future.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(future.errors?.[0]?.message).toMatch(/在未来/);
    const unreadable = await tableAsOf('last spring');
    expect(unreadable.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(unreadable.errors?.[0]?.message).toContain('asOf 须为 ISO-8601 日期时间');
    const unreadablePeriod = await trail(demo.auditor, { filter: { from: 'last spring' } });
    expect(unreadablePeriod.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(unreadablePeriod.errors?.[0]?.message).toContain('filter.from 须为');
  });

  it('lets a preparer of another unit read only their unit’s entries, and refuses another unit by name', async () => {
    const preparer = demo.preparer323003;
    const own = await entries(preparer, { first: 100 });
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((entry) => entry.unitCode))).toEqual(new Set(['323003']));
    expect(own.map((entry) => [entry.eventType, entry.projectCode])).toContainEqual(['TargetTableDrafted', seedTable10ProjectCode]);
    expect(own.map((entry) => entry.kind)).not.toContain('LOGIN');

    const refused = await trail(preparer, { filter: { unitCode: '323001' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toContain('只能查看本单位 323003 的记录，不能查看单位 323001 的记录');
    expect(refused.data).toBeNull();
    const logins = await trail(preparer, { filter: { kind: 'LOGIN' } });
    expect(logins.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Refused before anything of the operation runs (query limits), naming the argument.
    expect(await api.refusal(preparer, TRAIL, { first: 0 })).toMatchObject({
      code: 'VALIDATION',
      problems: [{ field: 'first', message: '每页条数须为 1 到 100 的整数，收到 0' }],
    });

    // The auditor reads every unit and the sign-in attempts.
    const all = await entries(demo.auditor, { first: 100 });
    expect(new Set(all.map((entry) => entry.unitCode))).toEqual(new Set(['323001', '323003', null]));
    const signIns = await entries(demo.auditor, { filter: { kind: 'LOGIN', actorUserId: preparer.userId } });
    expect(signIns.map((entry) => entry.label)).toEqual(['登录成功']);
  });
});
