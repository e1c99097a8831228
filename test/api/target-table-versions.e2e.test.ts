import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTable3, seedTable3FiscalYear, seedTable3ProjectCode } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { seedTable9 } from '@app/domain/target-table/fixtures/seed-table-9.js';
import { readStores, startApiOn } from '../support/read-stores.js';
import { targetTableMutations } from '../support/target-table-mutations.js';
import { registerPerson, RunningApi, setUpDemoDirectory, type Caller, type DemoDirectory, type DemoUser } from '../support/running-api.js';

const TABLE = `targetTable { status version warnings { code field message } }`;
const PAYLOAD = `position ${TABLE}`;
const { DRAFT, REVISE, SUBMIT, RESUBMIT, APPROVE, RETURN, ADJUST } = targetTableMutations(PAYLOAD);
const VERSIONS = `query($code: String!, $year: Int!, $min: String) {
  targetTableVersions(projectCode: $code, fiscalYear: $year, minPosition: $min) {
    projectCode fiscalYear version status statusLabel name unitCode sectionId purpose
    budget { total fiscal other } spendingPlan { mar jun oct dec } goals indicators { level3 valueText }
    baselineVersion adjustmentReason createdAt createdBy submittedAt submittedBy warnings { code field message }
    approvedAt supersededAt supersededByVersion position
  }
}`;
const DIFF = `query($code: String!, $year: Int!, $from: Int!, $to: Int!, $min: String) {
  targetTableVersionDiff(projectCode: $code, fiscalYear: $year, fromVersion: $from, toVersion: $to, minPosition: $min) {
    projectCode fiscalYear fromVersion toVersion changes { field label change before after }
  }
}`;
const GET = `query($code: String!, $year: Int!, $min: String) { targetTable(projectCode: $code, fiscalYear: $year, minPosition: $min) { projectCode sectionId } }`;
const LIST = `query($filter: TargetTableFilter, $min: String) { targetTables(filter: $filter, minPosition: $min) { totalCount edges { node { projectCode unitCode sectionId } } } }`;
const INBOX = `query($min: String) { myInbox(minPosition: $min) { totalCount items { targetTable { projectCode fiscalYear } } } }`;

type Payload = { position: string; targetTable: { status: string; version: number; warnings: unknown[] } };

describe.each(readStores)('target table versions and read scope over HTTP ($readStore read store)', ({ open }) => {
  let api: RunningApi;
  let stop: () => Promise<void>;
  let demo: DemoDirectory;
  /** OFFICE of unit 323003. */
  let otherUnitOffice: DemoUser;

  beforeAll(async () => {
    ({ api, stop } = await startApiOn(open));
    demo = await setUpDemoDirectory(api);
    otherUnitOffice = await registerPerson(api, demo.admin, 'office323003', { unitCode: '323003', sectionId: null }, ['OFFICE']);
  });

  afterAll(() => stop());

  const ok = (caller: Caller, mutation: string, input: Record<string, unknown>) => api.mutate<Payload>(caller, mutation, input);

  const refusal = (caller: Caller, query: string, variables: Record<string, unknown>) => api.refusal(caller, query, variables);

  const versionsOf = async (caller: Caller, code: string, year: number, min?: string) =>
    (await api.must<{ targetTableVersions: any[] }>(caller, VERSIONS, { code, year, min })).targetTableVersions;

  describe('the versions of seed table 3 through return, approval and an approved adjustment', () => {
    const ref = { projectCode: seedTable3ProjectCode, fiscalYear: seedTable3FiscalYear };
    const vars = { code: ref.projectCode, year: ref.fiscalYear };
    const table3 = { ...seedTable3, sectionId: 'employment' };
    const revisedTable3 = { ...table3, purpose: '就业工作经费（补充依据）' };
    const [training, subsidy, registration, , ...rest] = seedTable3.indicators;
    const adjustedTable3 = {
      ...revisedTable3,
      purpose: '就业工作经费（调整）',
      budget: { total: '220000.00', fiscal: '200000.00', other: '20000.00' },
      spendingPlan: { ...seedTable3.spendingPlan, dec: '220000.00' },
      // 开展就业培训数 raised, 开展创业培训数 added after it, 发放率 dropped.
      indicators: [
        { ...training!, valueText: '12次' },
        { ...training!, level3: '开展创业培训数', description: '开展创业培训次数', valueText: '2次' },
        subsidy!,
        registration!,
        ...rest,
      ],
    };
    let firstSubmission: Payload;
    let adjustmentApproved: Payload;

    beforeAll(async () => {
      await ok(demo.preparer, DRAFT, { ...ref, content: table3 });
      await ok(demo.preparer, SUBMIT, ref);
      const returned = await ok(demo.sectionHead, RETURN, { ...ref, step: 'SECTION', to: 'PREPARER', reason: '请补充资金用途' });
      expect((await versionsOf(demo.preparer, vars.code, vars.year, returned.position)).map((v) => [v.version, v.status, v.statusLabel])).toEqual([
        [1, 'RETURNED', '已退回'],
      ]);
      await ok(demo.preparer, REVISE, { ...ref, content: revisedTable3 });
      firstSubmission = await ok(demo.preparer, RESUBMIT, ref);
      await ok(demo.sectionHead, APPROVE, { ...ref, step: 'SECTION' });
      await ok(demo.office, APPROVE, { ...ref, step: 'OFFICE' });
      const proposed = await ok(demo.preparer, ADJUST, { ...ref, content: adjustedTable3, reason: '预算追加' });
      expect((await versionsOf(demo.preparer, vars.code, vars.year, proposed.position)).map((v) => [v.version, v.status, v.baselineVersion])).toEqual([
        [1, 'APPROVED', null],
        [2, 'DRAFT', 1],
      ]);
      await ok(demo.preparer, SUBMIT, ref);
      await ok(demo.sectionHead, APPROVE, { ...ref, step: 'SECTION' });
      adjustmentApproved = await ok(demo.office, APPROVE, { ...ref, step: 'OFFICE' });
      expect(adjustmentApproved.targetTable).toMatchObject({ status: 'APPROVED', version: 2 });
    });

    it('lists both versions oldest first, each with its content, how it ended and who did what when', async () => {
      const versions = await versionsOf(demo.auditor, vars.code, vars.year, adjustmentApproved.position);
      expect(versions).toHaveLength(2);
      const [first, second] = versions;
      expect(first).toMatchObject({
        ...ref,
        version: 1,
        status: 'SUPERSEDED',
        statusLabel: '已被调整替代',
        name: '就业工作经费',
        unitCode: '323001',
        sectionId: 'employment',
        purpose: '就业工作经费（补充依据）',
        budget: { total: '200000.00', fiscal: '200000.00', other: '0.00' },
        spendingPlan: { mar: '50000.00', jun: '100000.00', oct: '150000.00', dec: '200000.00' },
        goals: ['1.健全就业服务体系'],
        baselineVersion: null,
        adjustmentReason: null,
        createdBy: demo.preparer.userId,
        submittedBy: demo.preparer.userId,
        warnings: firstSubmission.targetTable.warnings,
        supersededByVersion: 2,
      });
      expect(first.indicators.map((indicator: any) => indicator.level3)).toEqual(seedTable3.indicators.map((indicator) => indicator.level3));
      expect(second).toMatchObject({
        version: 2,
        status: 'APPROVED',
        statusLabel: '已批准（基线）',
        purpose: '就业工作经费（调整）',
        budget: { total: '220000.00', fiscal: '200000.00', other: '20000.00' },
        spendingPlan: { dec: '220000.00' },
        baselineVersion: 1,
        adjustmentReason: '预算追加',
        createdBy: demo.preparer.userId,
        submittedBy: demo.preparer.userId,
        supersededAt: null,
        supersededByVersion: null,
        position: adjustmentApproved.position,
      });
      expect(second.indicators.map((indicator: any) => [indicator.level3, indicator.valueText])).toEqual(
        adjustedTable3.indicators.map((indicator) => [indicator.level3, indicator.valueText]),
      );
      // The first version was created, submitted, approved and superseded in that order.
      expect([first.createdAt, first.submittedAt, first.approvedAt, first.supersededAt]).toEqual(
        [first.createdAt, first.submittedAt, first.approvedAt, first.supersededAt].sort(),
      );
      expect(first.supersededAt).toBe(second.approvedAt);
      expect(second.createdAt > first.approvedAt).toBe(true);
    });

    it('tells field by field what the adjustment changed against the baseline, in yuan and naming each indicator', async () => {
      const { targetTableVersionDiff } = await api.must<{ targetTableVersionDiff: any }>(demo.office, DIFF, { ...vars, from: 1, to: 2, min: adjustmentApproved.position });
      expect(targetTableVersionDiff).toEqual({
        projectCode: ref.projectCode,
        fiscalYear: ref.fiscalYear,
        fromVersion: 1,
        toVersion: 2,
        changes: [
          { field: 'budget.total', label: '预算数', change: 'CHANGED', before: '200000.00', after: '220000.00' },
          { field: 'budget.other', label: '其他资金', change: 'CHANGED', before: '0.00', after: '20000.00' },
          { field: 'purpose', label: '资金用途', change: 'CHANGED', before: '就业工作经费（补充依据）', after: '就业工作经费（调整）' },
          { field: 'spendingPlan.dec', label: '资金支出计划（12月底）', change: 'CHANGED', before: '200000.00', after: '220000.00' },
          { field: 'indicators[0].valueText', label: '绩效指标第1项「开展就业培训数」的指标值', change: 'CHANGED', before: '10次', after: '12次' },
          {
            field: 'indicators[1]',
            label: '绩效指标第2项「开展创业培训数」',
            change: 'ADDED',
            before: null,
            after: '产出指标/数量指标/开展创业培训数（开展创业培训次数）：2次；指标值确定依据：县委县政府工作安排',
          },
          { field: 'indicators[3]', label: '绩效指标第4项「发放率」', change: 'REMOVED', before: '产出指标/时效指标/发放率（发放率）：100%；指标值确定依据：县委县政府工作安排', after: null },
        ],
      });
      const backwards = await api.must<{ targetTableVersionDiff: any }>(demo.office, DIFF, { ...vars, from: 2, to: 1 });
      expect(backwards.targetTableVersionDiff.changes.map((change: any) => [change.field, change.change, change.before, change.after])).toEqual([
        ['budget.total', 'CHANGED', '220000.00', '200000.00'],
        ['budget.other', 'CHANGED', '20000.00', '0.00'],
        ['purpose', 'CHANGED', '就业工作经费（调整）', '就业工作经费（补充依据）'],
        ['spendingPlan.dec', 'CHANGED', '220000.00', '200000.00'],
        ['indicators[0].valueText', 'CHANGED', '12次', '10次'],
        ['indicators[1]', 'REMOVED', expect.stringContaining('开展创业培训数'), null],
        ['indicators[3]', 'ADDED', null, expect.stringContaining('发放率')],
      ]);
      const same = await api.must<{ targetTableVersionDiff: any }>(demo.office, DIFF, { ...vars, from: 2, to: 2 });
      expect(same.targetTableVersionDiff.changes).toEqual([]);
    });

    it('answers a version the table does not have with NOT_FOUND naming the versions it has', async () => {
      const missing = await refusal(demo.auditor, DIFF, { ...vars, from: 1, to: 3 });
      expect(missing.code).toBe('NOT_FOUND');
      expect(missing.message).toBe(`项目 ${ref.projectCode} ${ref.fiscalYear} 年度的目标表没有第 3 版：现有版本为 1, 2。`);
      const noTable = await refusal(demo.auditor, VERSIONS, { code: 'NO-SUCH-TABLE', year: 2022 });
      expect(noTable.code).toBe('NOT_FOUND');
    });
  });

  describe('read scope', () => {
    const year = 2031;
    const employment = { projectCode: 'SCOPEEMPLOYMENT', fiscalYear: year };
    const labor = { projectCode: 'SCOPELABOR', fiscalYear: year };
    const unsectioned = { projectCode: 'SCOPEUNSECTIONED', fiscalYear: year };
    const insurance = { projectCode: 'SCOPEINSURANCE', fiscalYear: year };
    const table323003 = { ...seedTable9, sectionId: 'insurance' };
    let head: string;

    beforeAll(async () => {
      await ok(demo.preparer, DRAFT, { ...employment, content: { ...seedTable3, sectionId: 'employment' } });
      await ok(demo.otherSectionPreparer, DRAFT, { ...labor, content: { ...seedTable3, sectionId: 'labor' } });
      await ok(demo.preparer, DRAFT, { ...unsectioned, content: { ...seedTable3, sectionId: null } });
      await ok(demo.preparer323003, DRAFT, { ...insurance, content: table323003 });
      const submitted = await ok(demo.preparer, SUBMIT, employment);
      head = submitted.position;
    });

    const listed = async (caller: Caller, filter: Record<string, unknown> = {}) =>
      (await api.must<{ targetTables: any }>(caller, LIST, { filter: { fiscalYear: year, ...filter }, min: head })).targetTables.edges.map(
        (edge: any) => edge.node.projectCode,
      );

    it('keeps another section’s table from a preparer, naming the section and theirs, and lists only their section’s and the unit’s unsectioned ones', async () => {
      const caller = demo.otherSectionPreparer;
      const needed = /需要 AUDITOR 或 ADMIN 角色、单位 323001 的 OFFICE 或 LEADER，或单位 323001 employment 科室的 PREPARER 或 SECTION_HEAD：你是单位 323001 的 labor 科室的 PREPARER。$/;
      const read = await refusal(caller, GET, { code: employment.projectCode, year, min: head });
      expect(read.code).toBe('FORBIDDEN');
      expect(read.message).toMatch(/^查看项目 SCOPEEMPLOYMENT 2031 年度的目标表需要/);
      expect(read.message).toMatch(needed);
      const versions = await refusal(caller, VERSIONS, { code: employment.projectCode, year });
      expect(versions.code).toBe('FORBIDDEN');
      expect(versions.message).toMatch(/^查看项目 SCOPEEMPLOYMENT 2031 年度目标表的各版本需要/);
      expect(versions.message).toMatch(needed);
      expect((await refusal(caller, DIFF, { code: employment.projectCode, year, from: 1, to: 1 })).code).toBe('FORBIDDEN');

      expect(await listed(caller)).toEqual(['SCOPELABOR', 'SCOPEUNSECTIONED']);
      expect(await listed(caller, { unitCode: '323001' })).toEqual(['SCOPELABOR', 'SCOPEUNSECTIONED']);
      const otherSection = await refusal(caller, LIST, { filter: { sectionId: 'employment' } });
      expect(otherSection.code).toBe('FORBIDDEN');
      expect(otherSection.message).toMatch(/^列出目标表（科室 employment）需要.*你是单位 323001 的 labor 科室的 PREPARER。去掉筛选条件/);
      // A table without a section is open to the preparers of its unit.
      expect((await api.must<{ targetTable: any }>(caller, GET, { code: unsectioned.projectCode, year })).targetTable).toEqual({
        projectCode: unsectioned.projectCode,
        sectionId: null,
      });
      expect((await versionsOf(caller, unsectioned.projectCode, year)).map((version) => version.status)).toEqual(['DRAFT']);
    });

    it('keeps another unit’s tables and inbox from an office user, and lists their own unit’s', async () => {
      const read = await refusal(otherUnitOffice, GET, { code: employment.projectCode, year, min: head });
      expect(read.code).toBe('FORBIDDEN');
      expect(read.message).toMatch(/单位 323001 的 OFFICE 或 LEADER.*：你是单位 323003（不属于任何科室）的 OFFICE。$/);
      expect((await refusal(otherUnitOffice, VERSIONS, { code: labor.projectCode, year })).code).toBe('FORBIDDEN');
      const otherUnit = await refusal(otherUnitOffice, LIST, { filter: { unitCode: '323001' } });
      expect(otherUnit.code).toBe('FORBIDDEN');
      expect(otherUnit.message).toMatch(/^列出目标表（单位 323001）需要.*你是单位 323003（不属于任何科室）的 OFFICE。/);
      expect(await listed(otherUnitOffice)).toEqual(['SCOPEINSURANCE']);
      expect(await listed(otherUnitOffice, { unitCode: '323003', sectionId: 'insurance' })).toEqual(['SCOPEINSURANCE']);
      expect((await api.must<{ myInbox: any }>(otherUnitOffice, INBOX, { min: head })).myInbox.totalCount).toBe(0);
      // The office of the table's own unit reads all of it.
      expect(await listed(demo.office)).toEqual(['SCOPEEMPLOYMENT', 'SCOPELABOR', 'SCOPEUNSECTIONED']);
    });

    it('lets an auditor read and list every unit’s tables and their versions', async () => {
      expect(await listed(demo.auditor)).toEqual(['SCOPEEMPLOYMENT', 'SCOPEINSURANCE', 'SCOPELABOR', 'SCOPEUNSECTIONED']);
      expect(await listed(demo.auditor, { unitCode: '323003' })).toEqual(['SCOPEINSURANCE']);
      expect((await api.must<{ targetTable: any }>(demo.auditor, GET, { code: insurance.projectCode, year })).targetTable.sectionId).toBe('insurance');
      expect((await versionsOf(demo.auditor, employment.projectCode, year)).map((version) => [version.version, version.status])).toEqual([[1, 'IN_REVIEW']]);
      const diff = await api.must<{ targetTableVersionDiff: any }>(demo.auditor, DIFF, { code: labor.projectCode, year, from: 1, to: 1 });
      expect(diff.targetTableVersionDiff.changes).toEqual([]);
      // Reading is all an auditor does: the inbox stays empty.
      expect((await api.must<{ myInbox: any }>(demo.auditor, INBOX, { min: head })).myInbox.totalCount).toBe(0);
    });

    it('offers the section head only what they may read and decide', async () => {
      const inbox = await api.must<{ myInbox: any }>(demo.sectionHead, INBOX, { min: head });
      const tables = inbox.myInbox.items.map((item: any) => item.targetTable);
      expect(tables).toContainEqual(employment);
      for (const { projectCode, fiscalYear } of tables) {
        expect((await api.graphql(GET, { code: projectCode, year: fiscalYear }, demo.sectionHead)).errors).toBeUndefined();
      }
    });
  });
});
