import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { departmentInput } from '../../libs/domain/test/department-targets-workflow.js';
import { seedTable3Ref } from '../support/approved-seed-table-3.js';
import { readStores, startApiOn } from '../support/read-stores.js';
import { demoPassword, setUpDemoDirectory, type DemoDirectory, type DemoUser, type RunningApi } from '../support/running-api.js';

const position = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { position } }`;
const DRAFT_TABLE = position('draftTargetTable', 'TargetTableCommandInput');
const SUBMIT_TABLE = position('submitTargetTable', 'TargetTableRefInput');
const APPROVE_TABLE = position('approveTargetTableStep', 'ApproveTargetTableStepInput');
const OPEN_REVIEW = position('openMidtermReview', 'OpenMidtermReviewInput');
const ASSESS_REVIEW = position('assessMidtermIndicators', 'AssessMidtermIndicatorsInput');
const REVIEW_EXECUTION = position('recordMidtermExecution', 'MidtermReviewRefInput');
const SUBMIT_REVIEW = position('submitMidtermReview', 'MidtermReviewRefInput');
const APPROVE_REVIEW = `mutation($input: ApproveMidtermReviewStepInput!) { approveMidtermReviewStep(input: $input) { position midtermReview { status } } }`;
const DRAFT_DEPARTMENT = position('draftDepartmentTargets', 'DepartmentTargetsWriteInput');
const SUBMIT_DEPARTMENT = position('submitDepartmentTargets', 'DepartmentRefInput');
const APPROVE_DEPARTMENT = `mutation($input: ApproveDepartmentTargetsStepInput!) { approveDepartmentTargetsStep(input: $input) { position departmentTargets { status } } }`;
const onTrack = (index: number, reached: string, expectedFullYear: string) => ({ index, reached, expectedFullYear, likelihood: 'CERTAIN' });
const DELEGATION = 'delegationId unitCode role delegatorUserId delegatorName substituteUserId substituteName validFrom validUntil reason revoked inForce';
const GRANT = `mutation($input: GrantDelegationInput!) { grantDelegation(input: $input) { position replayed delegation { ${DELEGATION} } } }`;
const REVOKE = `mutation($input: RevokeDelegationInput!) { revokeDelegation(input: $input) { position delegation { ${DELEGATION} } } }`;
const DELEGATIONS = `query($unit: String!) { delegations(unitCode: $unit) { ${DELEGATION} } }`;
const NOTIFICATIONS = `query($min: String) { myNotifications(minPosition: $min) { items { id kind title projectCode } } }`;
const INBOX = `query($min: String) { myInbox(minPosition: $min) { items { kind projectCode step asSubstituteFor substituteMark } } }`;
const REGISTER = `mutation($input: RegisterUserInput!) { registerUser(input: $input) { userId } }`;
const GRANT_ROLE = `mutation($input: RoleInput!) { grantRole(input: $input) { revision } }`;
const TRAIL = `query($filter: AuditTrailFilter, $min: String) { auditTrail(filter: $filter, order: OLDEST_FIRST, first: 50, minPosition: $min) {
  edges { node { kind label summary step reason actor { userId name } } } } }`;

const year = seedTable3Ref.fiscalYear;
const ref = seedTable3Ref;

/**
 * 代理审批 over HTTP with the application clock moved (docs/deadlines-and-rectification.md): the
 * table is submitted on 1 March; the section head's step is due on the 6th (5 decision days),
 * overdue from the 7th and escalated to the office from the 9th (3 days). The office names 王五,
 * another preparer of the section, to decide it in place of 李股长.
 */
describe.each(readStores)('代理审批 and escalation, over HTTP ($readStore read store)', ({ open }) => {
  let api: RunningApi;
  let stop: () => Promise<void>;
  let demo: DemoDirectory;
  let wangwu: DemoUser;
  /** A second person of the office: the leader's substitute for the department's step. */
  let xuming: DemoUser;
  let head = '0';

  async function moveTo(instant: string): Promise<void> {
    api.setClock(instant);
    for (const key of ['preparer', 'otherSectionPreparer', 'preparer323003', 'sectionHead', 'office', 'leader', 'auditor'] as const) {
      const user: DemoUser = demo[key];
      demo[key] = { ...user, ...(await api.login(user.userName, user.password)) };
    }
    wangwu = { ...wangwu, ...(await api.login(wangwu.userName, wangwu.password)) };
    xuming = { ...xuming, ...(await api.login(xuming.userName, xuming.password)) };
  }
  const write = async (caller: DemoUser, mutation: string, input: object) => {
    const data = await api.must<Record<string, { position: string }>>(caller, mutation, { input });
    head = Object.values(data)[0]!.position;
    return Object.values(data)[0]!;
  };
  const grantInput = () => ({
    unitCode: '323001',
    role: 'SECTION_HEAD',
    sectionId: 'employment',
    delegatorUserId: demo.sectionHead.userId,
    substituteUserId: wangwu.userId,
    validFrom: `${year}-03-01`,
    validUntil: `${year}-03-31`,
    reason: '李股长 3 月外出学习，科室负责人审核由王五代理',
  });
  const notificationsOf = async (caller: DemoUser) => (await api.must<{ myNotifications: { items: Array<{ id: string; kind: string; title: string }> } }>(caller, NOTIFICATIONS, { min: head })).myNotifications.items;
  const escalatedTo = async (caller: DemoUser) => (await notificationsOf(caller)).filter((notification) => notification.kind === 'ESCALATED');
  const inboxOf = async (caller: DemoUser) => (await api.must<{ myInbox: { items: any[] } }>(caller, INBOX, { min: head })).myInbox.items;
  const trailOf = async (filter: object) => (await api.must<{ auditTrail: { edges: Array<{ node: any }> } }>(demo.office, TRAIL, { filter, min: head })).auditTrail.edges.map(({ node }) => node);

  beforeAll(async () => {
    ({ api, stop } = await startApiOn(open));
    api.freezeClock();
    demo = await setUpDemoDirectory(api);
    const { registerUser } = await api.must<{ registerUser: { userId: string } }>(demo.admin, REGISTER, {
      input: { userName: 'wangwu', displayName: '王五', unitCode: '323001', sectionId: 'employment', password: demoPassword },
    });
    await api.must(demo.admin, GRANT_ROLE, { input: { userId: registerUser.userId, role: 'PREPARER' } });
    wangwu = { userId: registerUser.userId, userName: 'wangwu', password: demoPassword, token: '' };
    const office = await api.must<{ registerUser: { userId: string } }>(demo.admin, REGISTER, {
      input: { userName: 'xuming', displayName: '许明', unitCode: '323001', sectionId: null, password: demoPassword },
    });
    await api.must(demo.admin, GRANT_ROLE, { input: { userId: office.registerUser.userId, role: 'OFFICE' } });
    xuming = { userId: office.registerUser.userId, userName: 'xuming', password: demoPassword, token: '' };
    await moveTo(`${year}-03-01T02:00:00Z`);
    await write(demo.preparer, DRAFT_TABLE, { ...ref, content: { ...seedTable3, sectionId: 'employment' } });
    await write(demo.preparer, SUBMIT_TABLE, ref);
  });
  afterAll(() => stop());

  it('is named by the unit’s office or leader only, for someone who reads what the role decides, and read by those it concerns', async () => {
    const bySectionHead = await api.refusal(demo.sectionHead, GRANT, { input: grantInput() });
    expect(bySectionHead.code).toBe('FORBIDDEN');
    expect(bySectionHead.message).toContain('办公室');
    expect((await api.refusal(demo.preparer323003, DELEGATIONS, { unit: '323001' })).code).toBe('FORBIDDEN');
    const otherUnit = await api.refusal(demo.office, GRANT, { input: { ...grantInput(), substituteUserId: demo.preparer323003.userId } });
    expect(otherUnit).toMatchObject({ code: 'VALIDATION', problems: [expect.objectContaining({ field: 'substituteUserId' })] });
    const otherSection = await api.refusal(demo.office, GRANT, { input: { ...grantInput(), substituteUserId: demo.otherSectionPreparer.userId } });
    expect(otherSection).toMatchObject({ code: 'VALIDATION', problems: [expect.objectContaining({ field: 'substituteUserId', message: expect.stringContaining('王经办不能查看') })] });

    const granted = await api.must<{ grantDelegation: { position: string; delegation: any } }>(demo.office, GRANT, { input: { ...grantInput(), commandId: 'delegate-section-march' } });
    head = granted.grantDelegation.position;
    expect(granted.grantDelegation.delegation).toMatchObject({
      delegationId: '323001-D1',
      role: 'SECTION_HEAD',
      delegatorName: '李股长',
      substituteName: '王五',
      inForce: true,
      revoked: false,
    });
    const again = await api.must<{ grantDelegation: { replayed: boolean; delegation: { delegationId: string } } }>(demo.office, GRANT, { input: { ...grantInput(), commandId: 'delegate-section-march' } });
    expect(again.grantDelegation).toMatchObject({ replayed: true, delegation: { delegationId: '323001-D1' } });
    const seenBySubstitute = await api.must<{ delegations: Array<{ delegationId: string }> }>(wangwu, DELEGATIONS, { unit: '323001' });
    expect(seenBySubstitute.delegations.map((delegation) => delegation.delegationId)).toEqual(['323001-D1']);
    const seenByPreparer = await api.must<{ delegations: unknown[] }>(demo.preparer, DELEGATIONS, { unit: '323001' });
    expect(seenByPreparer.delegations).toEqual([]);
  });

  it('refuses the substitute until the step is overdue by the escalation days, and tells the office once it is', async () => {
    await moveTo(`${year}-03-08T02:00:00Z`);
    const early = await api.refusal(wangwu, APPROVE_TABLE, { input: { ...ref, step: 'SECTION' } });
    expect(early.code).toBe('FORBIDDEN');
    expect(early.message).toContain('逾期满 3 天才可由代理人审核');
    expect(await inboxOf(wangwu)).toEqual([]);
    expect(await escalatedTo(demo.office)).toEqual([]);

    await moveTo(`${year}-03-09T02:00:00Z`);
    const escalated = await escalatedTo(demo.office);
    expect(escalated).toHaveLength(1);
    expect(escalated[0]!.title).toContain('逾期上报');
    expect(await inboxOf(wangwu)).toEqual([
      { kind: 'TARGET_TABLE_REVIEW', projectCode: ref.projectCode, step: 'SECTION', asSubstituteFor: demo.sectionHead.userId, substituteMark: '代理（代 李股长）' },
    ]);
    // The section head's own inbox is as before, unmarked.
    expect(await inboxOf(demo.sectionHead)).toEqual([expect.objectContaining({ step: 'SECTION', asSubstituteFor: null, substituteMark: null })]);
    await moveTo(`${year}-03-10T02:00:00Z`);
    expect(await escalatedTo(demo.office)).toHaveLength(1);
    // A section head's step escalates to the office, not to the leader.
    expect(await escalatedTo(demo.leader)).toEqual([]);
  });

  it('lets the substitute decide once overdue enough, and the audit trail says for whom', async () => {
    await write(wangwu, APPROVE_TABLE, { ...ref, step: 'SECTION', comment: '代李股长审核' });
    await write(demo.office, APPROVE_TABLE, { ...ref, step: 'OFFICE' });
    const approvals = await trailOf({ projectCode: ref.projectCode, fiscalYear: year, documentKind: 'TARGET_TABLE', kind: 'APPROVE' });
    expect(approvals.find((entry) => entry.step === 'SECTION')).toMatchObject({
      actor: { name: '王五' },
      summary: '代 李股长 批准第 1 版的「科室负责人审核」步骤；下一步为「办公室审核」步骤（代理审批）',
      reason: '代李股长审核',
    });
    expect(approvals.find((entry) => entry.step === 'OFFICE').summary).not.toContain('代理');
    expect(await trailOf({ unitCode: '323001', kind: 'DELEGATE' })).toEqual([
      expect.objectContaining({ label: '指定代理', actor: expect.objectContaining({ name: '陈主任' }), summary: expect.stringContaining('指定 王五 代 李股长 审核单位 323001 的「科室负责人审核」步骤') }),
    ]);
  });

  it('gives a mid-term review’s overdue step to a substitute by the same rule', async () => {
    await moveTo(`${year}-08-01T02:00:00Z`);
    await write(demo.office, GRANT, { ...grantInput(), validFrom: `${year}-08-01`, validUntil: `${year}-08-31`, reason: '李股长 8 月休假' });
    await write(demo.preparer, OPEN_REVIEW, ref);
    const assessments = [onTrack(0, '6', '10'), onTrack(1, '2300', '2400'), onTrack(2, '100', '100'), onTrack(3, '100', '100'), onTrack(4, '成效初显', '效果显著'), onTrack(5, '社会稳定', '效果显著'), onTrack(6, '98.5', '98.5')];
    await write(demo.preparer, ASSESS_REVIEW, { ...ref, assessments });
    await write(demo.preparer, REVIEW_EXECUTION, ref);
    await write(demo.preparer, SUBMIT_REVIEW, ref);
    await moveTo(`${year}-08-08T02:00:00Z`);
    expect((await api.refusal(wangwu, APPROVE_REVIEW, { input: { ...ref, step: 'SECTION' } })).message).toContain('逾期满 3 天');
    await moveTo(`${year}-08-09T02:00:00Z`);
    const approved = await api.must<{ approveMidtermReviewStep: { position: string; midtermReview: { status: string } } }>(wangwu, APPROVE_REVIEW, { input: { ...ref, step: 'SECTION' } });
    head = approved.approveMidtermReviewStep.position;
    expect(approved.approveMidtermReviewStep.midtermReview.status).toBe('IN_REVIEW');
    const trail = await trailOf({ projectCode: ref.projectCode, documentKind: 'MIDTERM_REVIEW', step: 'SECTION' });
    expect(trail).toContainEqual(expect.objectContaining({ kind: 'APPROVE', summary: expect.stringMatching(/^代 李股长 批准第 1 版的「科室负责人审核」步骤/) }));
  });

  it('gives the department’s overdue step to a substitute by the same rule, and the audit trail says for whom', async () => {
    const department = { departmentCode: '323001', fiscalYear: year };
    await moveTo(`${year}-09-01T02:00:00Z`);
    // The leader's step is delegated by the leader alone.
    await write(demo.leader, GRANT, {
      ...grantInput(),
      role: 'LEADER',
      sectionId: null,
      delegatorUserId: demo.leader.userId,
      substituteUserId: xuming.userId,
      validFrom: `${year}-09-01`,
      validUntil: `${year}-09-30`,
      reason: '刘局长 9 月外出，单位负责人审核由许明代理',
    });
    await write(demo.preparer, DRAFT_DEPARTMENT, { ...department, content: departmentInput });
    await write(demo.preparer, SUBMIT_DEPARTMENT, department);
    await write(demo.office, APPROVE_DEPARTMENT, { ...department, step: 'OFFICE' });
    const early = await api.refusal(xuming, APPROVE_DEPARTMENT, { input: { ...department, step: 'LEADER' } });
    expect([early.code, early.message]).toEqual(['FORBIDDEN', expect.stringContaining('逾期满 3 天才可由代理人审核')]);

    await moveTo(`${year}-09-09T02:00:00Z`);
    expect((await inboxOf(xuming)).filter((item) => item.kind === 'DEPARTMENT_TARGETS')).toEqual([
      { kind: 'DEPARTMENT_TARGETS', projectCode: '323001', step: 'LEADER', asSubstituteFor: demo.leader.userId, substituteMark: '代理（代 刘局长）' },
    ]);
    const approved = await api.must<{ approveDepartmentTargetsStep: { position: string; departmentTargets: { status: string } } }>(xuming, APPROVE_DEPARTMENT, {
      input: { ...department, step: 'LEADER', comment: '代刘局长审核' },
    });
    head = approved.approveDepartmentTargetsStep.position;
    expect(approved.approveDepartmentTargetsStep.departmentTargets.status).toBe('APPROVED');
    const trail = await trailOf({ documentKind: 'DEPARTMENT_TARGETS', kind: 'APPROVE', step: 'LEADER' });
    expect(trail).toContainEqual(
      expect.objectContaining({ actor: expect.objectContaining({ name: '许明' }), summary: expect.stringMatching(/^代 刘局长 批准第 1 版的「单位负责人审核」步骤.*（代理审批）$/u), reason: '代刘局长审核' }),
    );
  });

  it('is revoked once, after which it is no longer in force', async () => {
    const revoked = await api.must<{ revokeDelegation: { position: string; delegation: any } }>(demo.office, REVOKE, { input: { unitCode: '323001', delegationId: '323001-D2', reason: '李股长已返岗' } });
    expect(revoked.revokeDelegation.delegation).toMatchObject({ delegationId: '323001-D2', revoked: true, inForce: false });
    const twice = await api.refusal(demo.office, REVOKE, { input: { unitCode: '323001', delegationId: '323001-D2', reason: '李股长已返岗' } });
    expect(twice.code).toBe('CONFLICT');
    const seenBySubstitute = await api.must<{ delegations: Array<{ delegationId: string; revoked: boolean; inForce: boolean }> }>(wangwu, DELEGATIONS, { unit: '323001' });
    expect(seenBySubstitute.delegations.find((delegation) => delegation.delegationId === '323001-D2')).toMatchObject({ revoked: true, inForce: false });
  });
});
