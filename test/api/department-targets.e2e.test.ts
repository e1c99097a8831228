import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { seedDocumentPath } from '../../apps/api/src/demo/seed-document.js';
import { approveSeedTable3, seedTable3Ref } from '../support/approved-seed-table-3.js';
import { issuedNotifications, MY_NOTIFICATIONS } from '../support/issued-notifications.js';
import { RunningApi, removeDataDir, setUpDemoDirectory, type Caller, type DemoDirectory } from '../support/running-api.js';

const IMPORT = `mutation($input: ImportTargetDocumentInput!) {
  importTargetDocument(input: $input) { position departmentTargets { departmentCode subGoals safeguards outcome reason status position } }
}`;
const VERSION = `version departmentName unitCodes overallGoal basicExpenditure
  subGoals { index title goal indicators { sentence name } links { projectCode status reason } }
  safeguards { title text }`;
const DEPARTMENT = `query($code: String, $year: Int!, $min: String) {
  departmentTargets(departmentCode: $code, fiscalYear: $year, minPosition: $min) {
    departmentCode fiscalYear status statusLabel returnReason currentStep { step label role }
    working { ${VERSION} } baseline { ${VERSION} }
    budget { projects basicExpenditure total totalWan projectCount } position
  }
}`;
const mutation = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { position replayed departmentTargets { status } } }`;
const SUBMIT = mutation('submitDepartmentTargets', 'DepartmentRefInput');
const RESUBMIT = mutation('resubmitDepartmentTargets', 'DepartmentRefInput');
const APPROVE = mutation('approveDepartmentTargetsStep', 'ApproveDepartmentTargetsStepInput');
const RETURN = mutation('returnDepartmentTargets', 'ReturnDepartmentTargetsInput');
const ADJUST = mutation('startDepartmentTargetsAdjustment', 'StartDepartmentTargetsAdjustmentInput');
const REVISE = mutation('reviseDepartmentTargets', 'DepartmentTargetsWriteInput');
const BASIC = mutation('setDepartmentBasicExpenditure', 'SetDepartmentBasicExpenditureInput');
const SUGGEST = mutation('suggestSubGoalLinks', 'DepartmentRefInput');
const CONFIRM = mutation('confirmSubGoalLink', 'SubGoalLinkInput');
const INBOX = `query($min: String) { myInbox(minPosition: $min) { items { kind projectCode name step departmentTargets { status working { version } } } } }`;
const TRAIL = `query($filter: AuditTrailFilter, $min: String) {
  auditTrail(filter: $filter, order: OLDEST_FIRST, first: 100, minPosition: $min) { edges { node { kind label summary reason } } }
}`;

interface Version {
  version: number;
  departmentName: string;
  unitCodes: string[];
  overallGoal: string;
  basicExpenditure: string | null;
  subGoals: Array<{ index: number; title: string; goal: string; indicators: Array<{ sentence: string; name: string }>; links: Array<{ projectCode: string; status: string; reason: string | null }> }>;
  safeguards: Array<{ title: string; text: string }>;
}
interface Department {
  departmentCode: string;
  status: string;
  returnReason: string | null;
  currentStep: { step: string; label: string; role: string } | null;
  working: Version;
  baseline: Version | null;
  budget: { projects: string; basicExpenditure: string; total: string; totalWan: string; projectCount: number };
  position: string;
}

const seedText = readFileSync(seedDocumentPath(), 'utf8');
const fieldsOf = (problems: unknown) => (problems as Array<{ field: string }>).map((problem) => problem.field);
const ref = { departmentCode: '323001', fiscalYear: 2022 };

describe('the department’s overall targets (部门整体绩效目标) over HTTP', () => {
  let api: RunningApi;
  let demo: DemoDirectory;
  let head = '0';

  const read = async (caller: Caller, code: string | null = ref.departmentCode): Promise<Department[]> =>
    (await api.must<{ departmentTargets: Department[] }>(caller, DEPARTMENT, { code, year: ref.fiscalYear, min: head })).departmentTargets;
  const one = async (caller: Caller): Promise<Department> => (await read(caller))[0]!;
  const send = async (caller: Caller, document: string, input: Record<string, unknown> = {}) => {
    const answer = await api.mutate<{ position: string; replayed: boolean; departmentTargets: { status: string } }>(caller, document, { ...ref, ...input });
    head = answer.position;
    return answer;
  };

  beforeAll(async () => {
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
    // 就业工作经费 (200000.00 元) approved by its chain: the one approved table the department's budget adds.
    head = await approveSeedTable3(api, demo);
  });

  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  it('stores part one on import, as a draft of the publishing unit 323001, and a second import adds nothing', async () => {
    const first = await api.must<{ importTargetDocument: { position: string; departmentTargets: Record<string, unknown> } }>(demo.admin, IMPORT, {
      input: { text: seedText, fiscalYear: 2022, mode: 'DRAFT', sourceName: 'seed.txt' },
    });
    expect(first.importTargetDocument.departmentTargets).toMatchObject({ departmentCode: '323001', subGoals: 3, safeguards: 5, outcome: 'CREATED', status: 'DRAFT' });
    head = first.importTargetDocument.position;
    const again = await api.must<{ importTargetDocument: { departmentTargets: Record<string, unknown> } }>(demo.admin, IMPORT, {
      input: { text: seedText, fiscalYear: 2022, mode: 'DRAFT', sourceName: 'seed.txt' },
    });
    expect(again.importTargetDocument.departmentTargets).toMatchObject({ outcome: 'UNCHANGED', position: first.importTargetDocument.departmentTargets.position });
  });

  it('reads part one back exactly: overall goal, 3 sub-goals with their indicator sentences, 5 safeguards', async () => {
    const { working, status, baseline } = await one(demo.preparer);
    expect([status, baseline]).toEqual(['DRAFT', null]);
    expect(working.departmentName).toBe('巨鹿县人力资源和社会保障局');
    expect(working.unitCodes).toEqual(['323001', '323003']);
    expect(working.overallGoal.startsWith('坚持以习近平新时代中国特色社会主义思想为指导')).toBe(true);
    expect(working.overallGoal.endsWith('五是突出自身能力建设，提升服务水平。')).toBe(true);
    expect(working.subGoals.map((subGoal) => subGoal.title)).toEqual([
      '是突出提升就业质量，全力做好就业创业工作',
      '完善工作机制，构建和谐劳动关系',
      '突出科学规范有序，加强人才队伍建设',
    ]);
    expect(working.subGoals[0]!.goal).toBe('减轻困难人员负担，健全就业服务体系，保障我县就业创业工作有序开展进行。');
    expect(working.subGoals.map((subGoal) => subGoal.indicators.map((indicator) => indicator.sentence))).toEqual([
      ['我单位开展就业培训 10次', '享受就业补助人数 300人以上', '为全县使用公益性岗位人员的单位提供岗位补贴和社保补贴', '为使用大学生见习岗位人员的单提供岗位补贴', '为我县灵活就业人员提供社保补贴。'],
      ['办理劳动仲裁案件 60起，结案率达到 90%以上', '办理劳动监察案件 60起，结案率达到 90%。'],
      ['建设高标准档案室', '为我县进行招聘', '召开两场大型招聘会以及带领企业去外地参加招聘会一次', '为我县劳务派遣人员按时申请工资及社保。'],
    ]);
    // Every sentence is one the seed prints (its wrapped lines joined).
    const flat = seedText.replace(/\n+/g, '');
    expect(working.subGoals.flatMap((subGoal) => subGoal.indicators).every(({ sentence }) => flat.includes(sentence))).toBe(true);
    expect(working.safeguards).toHaveLength(5);
    expect(working.safeguards[0]!.title).toBe('加强组织领导，完善工作机制');
  });

  it('adds 基本支出 to the approved tables’ budgets: 200000.00 + 1250000.00 = 1450000.00 元 (145.00 万元)', async () => {
    await send(demo.preparer, BASIC, { amount: '1250000.00' });
    expect((await one(demo.preparer)).budget).toEqual({ projects: '200000.00', basicExpenditure: '1250000.00', total: '1450000.00', totalWan: '145.00', projectCount: 1 });
    const refusal = await api.refusal(demo.preparer, BASIC, { input: { ...ref, amount: '一百万' } });
    expect([refusal.code, fieldsOf(refusal.problems)]).toEqual(['VALIDATION', ['amount']]);
  });

  it('suggests 就业工作经费 for the employment sub-goal, and a preparer confirms it', async () => {
    await send(demo.preparer, SUGGEST);
    const suggested = (await one(demo.preparer)).working.subGoals[0]!.links.find((link) => link.projectCode === seedTable3Ref.projectCode);
    expect(suggested).toMatchObject({ status: 'SUGGESTED', reason: expect.stringContaining('就业') });
    await send(demo.preparer, CONFIRM, { subGoal: 0, projectCode: seedTable3Ref.projectCode });
    expect((await one(demo.preparer)).working.subGoals[0]!.links).toContainEqual({ projectCode: seedTable3Ref.projectCode, status: 'CONFIRMED', reason: expect.any(String) });
  });

  it('goes through the chain 办公室 → 单位负责人: submitted, returned with a reason, resubmitted, approved', async () => {
    await send(demo.preparer, SUBMIT);
    expect((await one(demo.office)).currentStep).toEqual({ step: 'OFFICE', label: '办公室审核', role: 'OFFICE' });
    const inbox = await api.must<{ myInbox: { items: Array<Record<string, any>> } }>(demo.office, INBOX, { min: head });
    expect(inbox.myInbox.items.filter((item) => item.kind === 'DEPARTMENT_TARGETS')).toEqual([
      { kind: 'DEPARTMENT_TARGETS', projectCode: '323001', name: '巨鹿县人力资源和社会保障局', step: 'OFFICE', departmentTargets: { status: 'IN_REVIEW', working: { version: 1 } } },
    ]);
    await send(demo.office, RETURN, { step: 'OFFICE', to: 'PREPARER', reason: '第 2 项分项目标的结案率缺少依据，请补充' });
    expect(await one(demo.preparer)).toMatchObject({ status: 'RETURNED', returnReason: '第 2 项分项目标的结案率缺少依据，请补充' });
    await send(demo.preparer, RESUBMIT);
    await send(demo.office, APPROVE, { step: 'OFFICE' });
    const wrongStep = await api.refusal(demo.office, APPROVE, { input: { ...ref, step: 'OFFICE' } });
    expect(wrongStep.code).toBe('CONFLICT');
    await send(demo.leader, APPROVE, { step: 'LEADER' });
    const approved = await one(demo.leader);
    expect([approved.status, approved.baseline?.version, approved.currentStep]).toEqual(['APPROVED', 1, null]);
  });

  it('notifies as the tables’ chain does: the office and then the leader of the awaited step, the preparer of the return and of the approval', async () => {
    const [office] = await issuedNotifications(api, demo.office, 'INBOX_NEW', head);
    expect(office).toMatchObject({ title: '待您审核：巨鹿县人力资源和社会保障局的部门整体绩效目标', document: 'DEPARTMENT_TARGETS', projectCode: '323001', fiscalYear: 2022, step: 'OFFICE' });
    const [leader] = await issuedNotifications(api, demo.leader, 'INBOX_NEW', head);
    expect(leader).toMatchObject({ document: 'DEPARTMENT_TARGETS', step: 'LEADER' });
    const [returned] = await issuedNotifications(api, demo.preparer, 'RETURNED', head);
    expect(returned).toMatchObject({ title: '已退回：巨鹿县人力资源和社会保障局的部门整体绩效目标', body: '退回原因：第 2 项分项目标的结案率缺少依据，请补充' });
    const [approved] = await issuedNotifications(api, demo.preparer, 'APPROVED', head);
    expect(approved).toMatchObject({ title: '已批准：巨鹿县人力资源和社会保障局的部门整体绩效目标', projectCode: '323001' });
    // Someone of another unit hears nothing of it.
    expect((await api.must<{ myNotifications: { items: unknown[] } }>(demo.preparer323003, MY_NOTIFICATIONS, { unread: false, min: head })).myNotifications.items).toEqual([]);
  });

  it('keeps the approved version readable and in force while an adjustment is reviewed', async () => {
    await send(demo.preparer, ADJUST, { reason: '年中追加就业补助资金' });
    const adjusting = await one(demo.preparer);
    const { version: _version, basicExpenditure: _basic, subGoals, ...rest } = adjusting.working;
    const content = { ...rest, subGoals: subGoals.map(({ title, goal, indicators }) => ({ title, goal, indicators: indicators.map(({ sentence }) => sentence) })) };
    await send(demo.preparer, REVISE, { content: { ...content, overallGoal: '调整后的总体绩效目标。' } });
    await send(demo.preparer, SUBMIT);
    const underReview = await one(demo.leader);
    expect([underReview.status, underReview.working.version, underReview.working.overallGoal, underReview.baseline?.version]).toEqual([
      'IN_REVIEW',
      2,
      '调整后的总体绩效目标。',
      1,
    ]);
    expect(underReview.baseline!.overallGoal.startsWith('坚持以习近平新时代中国特色社会主义思想为指导')).toBe(true);
  });

  it('names every wrong part of a draft by its field, in Chinese, storing nothing', async () => {
    const DRAFT = mutation('draftDepartmentTargets', 'DepartmentTargetsWriteInput');
    const content = { departmentName: '巨鹿县人力资源和社会保障局', unitCodes: [], overallGoal: ' ', subGoals: [{ title: '', goal: '', indicators: ['享受就业补助人数 300人以上'] }], safeguards: [] };
    const refusal = await api.refusal(demo.preparer, DRAFT, { input: { ...ref, fiscalYear: 2023, content } });
    expect([refusal.code, fieldsOf(refusal.problems)]).toEqual(['VALIDATION', ['unitCodes', 'overallGoal', 'subGoals[0].title']]);
    expect(refusal.message).toMatch(/总体绩效目标/u);
    expect(await read(demo.preparer)).toHaveLength(1);
    expect((await api.must<{ departmentTargets: unknown[] }>(demo.preparer, DEPARTMENT, { code: '323001', year: 2023, min: head })).departmentTargets).toEqual([]);
  });

  it('refuses a caller outside the department’s unit without telling anything of it', async () => {
    const refusal = await api.refusal(demo.preparer323003, DEPARTMENT, { code: '323001', year: 2022, min: head });
    expect(refusal.code).toBe('FORBIDDEN');
    expect(refusal.message).not.toMatch(/审核中|调整|就业|第 2 版/u);
    expect(await read(demo.preparer323003, null)).toEqual([]);
    const decision = await api.refusal(demo.preparer323003, APPROVE, { input: { ...ref, step: 'OFFICE' } });
    expect(decision.code).toBe('FORBIDDEN');
    expect(decision.message).not.toMatch(/审核中|办公室审核|第 2 版/u);
  });

  it('takes its chain from the unit’s chain for department targets, configured apart from the project chain', async () => {
    const CHAIN = `mutation($input: ConfigureApprovalChainInput!) { configureApprovalChain(input: $input) { position } }`;
    const sectionStep = await api.refusal(demo.admin, CHAIN, {
      input: { unitCode: '323001', documentKind: 'DEPARTMENT_TARGETS', steps: [{ step: 'SECTION', role: 'SECTION_HEAD' }, { step: 'OFFICE', role: 'OFFICE' }] },
    });
    expect([sectionStep.code, fieldsOf(sectionStep.problems)]).toEqual(['VALIDATION', ['steps[0].step']]);
    const configured = await api.must<{ configureApprovalChain: { position: string } }>(demo.admin, CHAIN, {
      input: { unitCode: '323001', documentKind: 'DEPARTMENT_TARGETS', steps: [{ step: 'OFFICE', role: 'OFFICE' }] },
    });
    head = configured.configureApprovalChain.position;
    const { units } = await api.must<{ units: Array<{ unitCode: string; approvalChain: unknown; departmentTargetsChain: unknown }> }>(demo.office, `{ units { unitCode approvalChain { version } departmentTargetsChain { version steps { step role } } } }`);
    expect(units[0]).toEqual({ unitCode: '323001', approvalChain: { version: 1 }, departmentTargetsChain: { version: 1, steps: [{ step: 'OFFICE', role: 'OFFICE' }] } });
    // The adjustment under review keeps the chain it was submitted to: the leader still decides its second step.
    await send(demo.office, APPROVE, { step: 'OFFICE' });
    expect((await one(demo.leader)).currentStep?.step).toBe('LEADER');
    await send(demo.leader, APPROVE, { step: 'LEADER' });
    const approved = await one(demo.preparer);
    expect([approved.status, approved.baseline?.version, approved.baseline?.overallGoal]).toEqual(['APPROVED', 2, '调整后的总体绩效目标。']);
  });

  it('lists every step in the audit trail, in Chinese', async () => {
    const trail = await api.must<{ auditTrail: { edges: Array<{ node: { kind: string; label: string; summary: string; reason: string | null } }> } }>(demo.auditor, TRAIL, {
      filter: { documentKind: 'DEPARTMENT_TARGETS' },
      min: head,
    });
    expect(trail.auditTrail.edges.map(({ node }) => node.label)).toEqual([
      '导入草稿',
      '填写基本支出',
      '建议关联',
      '确认关联',
      '申报',
      '退回',
      '重新申报',
      '审核通过',
      '审核通过',
      '批准生效',
      '调整',
      '修改',
      '申报',
      '审核通过',
      '审核通过',
      '批准生效',
    ]);
    const returned = trail.auditTrail.edges.find(({ node }) => node.kind === 'RETURN')!.node;
    expect(returned.reason).toBe('第 2 项分项目标的结案率缺少依据，请补充');
  });
});
