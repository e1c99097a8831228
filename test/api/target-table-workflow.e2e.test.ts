import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTable10, seedTable10FiscalYear, seedTable10ProjectCode } from '@app/domain/target-table/fixtures/seed-table-10.js';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { readStores, startApiOn } from '../support/read-stores.js';
import { targetTableMutations } from '../support/target-table-mutations.js';
import { registerPerson, RunningApi, setUpDemoDirectory, type Caller, type DemoDirectory, type DemoUser } from '../support/running-api.js';

const WORKFLOW_FIELDS = `
  projectCode fiscalYear name status statusLabel version submittedBy submittedAt
  currentStep { step label role }
  decisions { decision step stepLabel role by at comment to }
  lastReturn { step role by at reason to }
  warnings { code field message }
  baseline { version name purpose budget { total } indicators { level3 valueText } }`;

const PAYLOAD = `commandId position replayed targetTable { ${WORKFLOW_FIELDS} }`;
const { DRAFT, REVISE, SUBMIT, RESUBMIT, WITHDRAW, APPROVE, RETURN, ADJUST } = targetTableMutations(PAYLOAD);
const INBOX = `query($min: String) { myInbox(minPosition: $min) {
  totalCount counts { kind step stepLabel count } items { kind step stepLabel waitingSince targetTable { projectCode fiscalYear status } }
} }`;

const table3Code = '13052922P00584010316P';
const table3 = { ...seedTable3, sectionId: 'employment' };
const year = 2022;

type Payload = { position: string; targetTable: any };

describe.each(readStores)('target table workflow over HTTP ($readStore read store)', ({ open }) => {
  let api: RunningApi;
  let stop: () => Promise<void>;
  let demo: DemoDirectory;
  /** SECTION_HEAD of section labor in 323001. */
  let laborHead: DemoUser;
  /** A second SECTION_HEAD of section employment. */
  let secondHead: DemoUser;
  /** PREPARER and SECTION_HEAD of section employment at once. */
  let preparingHead: DemoUser;

  const person = (userName: string, sectionId: string | null, roles: string[]) => registerPerson(api, demo.admin, userName, { unitCode: '323001', sectionId }, roles);

  beforeAll(async () => {
    ({ api, stop } = await startApiOn(open));
    demo = await setUpDemoDirectory(api);
    laborHead = await person('labor-head', 'labor', ['SECTION_HEAD']);
    secondHead = await person('second-head', 'employment', ['SECTION_HEAD']);
    preparingHead = await person('preparing-head', 'employment', ['PREPARER', 'SECTION_HEAD']);
  });

  afterAll(() => stop());

  const ref = (projectCode = table3Code, fiscalYear = year) => ({ projectCode, fiscalYear });

  const ok = (caller: Caller, mutation: string, input: Record<string, unknown>) => api.mutate<Payload>(caller, mutation, input);

  const refused = (caller: Caller, mutation: string, input: Record<string, unknown>) => api.refusal(caller, mutation, { input });

  async function inbox(caller: Caller, min?: string) {
    return (await api.must<{ myInbox: any }>(caller, INBOX, { min })).myInbox;
  }

  it('takes table 3 from draft through a return, section head and office to approved, then adjusts it with the baseline in view', async () => {
    await ok(demo.preparer, DRAFT, { ...ref(), content: table3 });

    const submitted = await ok(demo.preparer, SUBMIT, ref());
    expect(submitted.targetTable).toMatchObject({
      status: 'IN_REVIEW',
      statusLabel: '审核中',
      version: 1,
      submittedBy: demo.preparer.userId,
      currentStep: { step: 'SECTION', label: '科室负责人审核', role: 'SECTION_HEAD' },
      decisions: [],
      baseline: null,
    });
    expect(Array.isArray(submitted.targetTable.warnings)).toBe(true);

    // The inbox shows the table to its section head only.
    const headInbox = await inbox(demo.sectionHead, submitted.position);
    expect(headInbox.items).toEqual([
      { kind: 'TARGET_TABLE_REVIEW', step: 'SECTION', stepLabel: '科室负责人审核', waitingSince: submitted.targetTable.submittedAt, targetTable: { ...ref(), status: 'IN_REVIEW' } },
    ]);
    expect(headInbox.counts).toEqual([{ kind: 'TARGET_TABLE_REVIEW', step: 'SECTION', stepLabel: '科室负责人审核', count: 1 }]);
    expect(headInbox.totalCount).toBe(1);
    for (const other of [demo.office, demo.leader, demo.preparer, laborHead, demo.auditor]) {
      expect((await inbox(other, submitted.position)).totalCount).toBe(0);
    }

    // A section head of another section may not decide it.
    const crossSection = await refused(laborHead, APPROVE, { ...ref(), step: 'SECTION' });
    expect(crossSection.code).toBe('FORBIDDEN');
    expect(crossSection.message).toMatch(/section/i);

    // 退回 with a reason; the preparer revises and resubmits.
    const returned = await ok(demo.sectionHead, RETURN, { ...ref(), step: 'SECTION', to: 'PREPARER', reason: '请补充指标值确定依据' });
    expect(returned.targetTable).toMatchObject({
      status: 'RETURNED',
      statusLabel: '已退回',
      currentStep: null,
      decisions: [{ decision: 'RETURNED', step: 'SECTION', stepLabel: '科室负责人审核', role: 'SECTION_HEAD', by: demo.sectionHead.userId, comment: '请补充指标值确定依据', to: 'PREPARER' }],
      lastReturn: { step: 'SECTION', role: 'SECTION_HEAD', by: demo.sectionHead.userId, reason: '请补充指标值确定依据', to: 'PREPARER' },
    });
    expect((await inbox(demo.sectionHead, returned.position)).totalCount).toBe(0);
    await ok(demo.preparer, REVISE, { ...ref(), content: { ...table3, purpose: '就业工作经费（补充依据）' } });
    const resubmitted = await ok(demo.preparer, RESUBMIT, ref());
    expect(resubmitted.targetTable).toMatchObject({ status: 'IN_REVIEW', currentStep: { step: 'SECTION' }, decisions: [], lastReturn: { reason: '请补充指标值确定依据' } });

    const sectionApproved = await ok(demo.sectionHead, APPROVE, { ...ref(), step: 'SECTION', comment: '同意' });
    expect(sectionApproved.targetTable).toMatchObject({
      status: 'IN_REVIEW',
      currentStep: { step: 'OFFICE', label: '办公室审核', role: 'OFFICE' },
      decisions: [{ decision: 'APPROVED', step: 'SECTION', by: demo.sectionHead.userId, comment: '同意', to: null }],
    });
    expect((await inbox(demo.sectionHead, sectionApproved.position)).totalCount).toBe(0);
    expect((await inbox(demo.office, sectionApproved.position)).items.map((item: any) => item.step)).toEqual(['OFFICE']);

    const approved = await ok(demo.office, APPROVE, { ...ref(), step: 'OFFICE' });
    expect(approved.targetTable).toMatchObject({
      status: 'APPROVED',
      statusLabel: '已批准',
      version: 1,
      currentStep: null,
      baseline: { version: 1, name: '就业工作经费', purpose: '就业工作经费（补充依据）', budget: { total: '200000.00' } },
    });
    expect(approved.targetTable.decisions.map((decision: any) => [decision.step, decision.by])).toEqual([
      ['SECTION', demo.sectionHead.userId],
      ['OFFICE', demo.office.userId],
    ]);
    expect((await inbox(demo.office, approved.position)).totalCount).toBe(0);

    // 调整: the approved baseline stays visible beside the adjustment.
    const adjusting = await ok(demo.preparer, ADJUST, { ...ref(), content: { ...table3, purpose: '就业工作经费（调整）' }, reason: '用途调整' });
    expect(adjusting.targetTable).toMatchObject({
      status: 'ADJUSTING',
      statusLabel: '调整中',
      version: 2,
      decisions: [],
      baseline: { version: 1, purpose: '就业工作经费（补充依据）', budget: { total: '200000.00' } },
    });
    const adjustmentSubmitted = await ok(demo.preparer, SUBMIT, ref());
    expect(adjustmentSubmitted.targetTable).toMatchObject({
      status: 'IN_REVIEW',
      version: 2,
      currentStep: { step: 'SECTION' },
      baseline: { version: 1, purpose: '就业工作经费（补充依据）' },
    });
    expect((await inbox(demo.sectionHead, adjustmentSubmitted.position)).items.map((item: any) => item.targetTable.projectCode)).toEqual([table3Code]);
  });

  it('refuses a decision by the person who submitted the version (FORBIDDEN), and lets exactly one of two simultaneous approvals win', async () => {
    const code = 'CONCURRENT01';
    await ok(preparingHead, DRAFT, { ...ref(code), content: { ...table3, name: '并发审核测试' } });
    const submitted = await ok(preparingHead, SUBMIT, ref(code));

    const own = await refused(preparingHead, APPROVE, { ...ref(code), step: 'SECTION' });
    expect(own.code).toBe('FORBIDDEN');
    expect(own.message).toMatch(/^你提交了该目标表的第 1 版/);
    // Nor does the inbox offer it to them.
    expect((await inbox(preparingHead, submitted.position)).items.map((item: any) => item.targetTable.projectCode)).not.toContain(code);

    const answers = await Promise.all(
      [demo.sectionHead, secondHead].map((head) => api.graphql<{ approveTargetTableStep: Payload }>(APPROVE, { input: { ...ref(code), step: 'SECTION' } }, head)),
    );
    const winners = answers.filter((answer) => answer.errors === undefined);
    const losers = answers.filter((answer) => answer.errors !== undefined);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]!.errors![0]!.extensions?.code).toBe('CONFLICT');
    expect(losers[0]!.errors![0]!.message).toMatch(/已批准该步骤|办公室审核/);

    const table = winners[0]!.data!.approveTargetTableStep.targetTable;
    expect(table).toMatchObject({ status: 'IN_REVIEW', currentStep: { step: 'OFFICE' } });
    expect(table.decisions).toHaveLength(1);

    // An auditor reads but never decides; the office sends the table back to the section step.
    expect((await refused(demo.auditor, APPROVE, { ...ref(code), step: 'OFFICE' })).code).toBe('FORBIDDEN');
    const backToSection = await ok(demo.office, RETURN, { ...ref(code), step: 'OFFICE', to: 'SECTION', reason: '请科室复核预算' });
    expect(backToSection.targetTable).toMatchObject({
      status: 'IN_REVIEW',
      currentStep: { step: 'SECTION', role: 'SECTION_HEAD' },
      lastReturn: { step: 'OFFICE', role: 'OFFICE', by: demo.office.userId, reason: '请科室复核预算', to: 'SECTION' },
    });
    expect(backToSection.targetTable.decisions.map((decision: any) => [decision.decision, decision.step, decision.to])).toEqual([
      ['APPROVED', 'SECTION', null],
      ['RETURNED', 'OFFICE', 'SECTION'],
    ]);
    for (const head of [demo.sectionHead, secondHead]) {
      expect((await inbox(head, backToSection.position)).items.map((item: any) => item.targetTable.projectCode)).toContain(code);
    }
    expect((await inbox(demo.office, backToSection.position)).items.map((item: any) => item.targetTable.projectCode)).not.toContain(code);

    const listed = await api.must<{ targetTables: any }>(
      demo.auditor,
      `query($min: String) { targetTables(filter: { status: IN_REVIEW, currentStep: "SECTION" }, minPosition: $min) { edges { node { projectCode status statusLabel } } } }`,
      { min: backToSection.position },
    );
    expect(listed.targetTables.edges.map((edge: any) => edge.node)).toContainEqual({ projectCode: code, status: 'IN_REVIEW', statusLabel: '审核中' });
  });

  it('lets the preparer withdraw a submission no step has decided', async () => {
    const code = 'WITHDRAW01';
    // Submitted straight after the draft, without waiting for the views: the unit comes from the stream.
    await api.must(demo.preparer, `mutation($input: TargetTableCommandInput!) { draftTargetTable(input: $input) { position } }`, {
      input: { ...ref(code), content: { ...table3, name: '撤回测试' } },
    });
    await ok(demo.preparer, SUBMIT, ref(code));
    const withdrawn = await ok(demo.preparer, WITHDRAW, ref(code));
    expect(withdrawn.targetTable).toMatchObject({ status: 'DRAFT', statusLabel: '草稿', currentStep: null });
    expect((await inbox(demo.sectionHead, withdrawn.position)).items.map((item: any) => item.targetTable.projectCode)).not.toContain(code);
  });

  it('answers a submission of a table that does not exist with NOT_FOUND', async () => {
    const missing = await refused(demo.preparer, SUBMIT, ref('NO-SUCH-TABLE'));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toBe('没有项目 NO-SUCH-TABLE 2022 年度的目标表：请检查项目编码和年度，或先起草。');
  });

  it('blocks submitting the seed table 10 with VALIDATION naming its head-count target', async () => {
    const preparer = demo.preparer323003;
    const key = ref(seedTable10ProjectCode, seedTable10FiscalYear);
    await ok(preparer, DRAFT, { ...key, content: { ...seedTable10, sectionId: 'insurance' } });
    const blocked = await refused(preparer, SUBMIT, key);
    expect(blocked.code).toBe('VALIDATION');
    expect((blocked.problems as Array<{ field: string }>).map((problem) => problem.field)).toContain('indicators[0].valueText');
    const table = await api.must<{ targetTable: any }>(preparer, `query { targetTable(projectCode: "${seedTable10ProjectCode}", fiscalYear: ${seedTable10FiscalYear}) { status } }`);
    expect(table.targetTable.status).toBe('DRAFT');
  });
});
