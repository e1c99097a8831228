import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { approveSeedTable3, seedTable3Ref } from '../support/approved-seed-table-3.js';
import { RunningApi, removeDataDir, setUpDemoDirectory, type Caller, type DemoDirectory } from '../support/running-api.js';

const FIGURES = 'budget spent executionRate timeProgress lightRatio light';
const MONITORING = `query($code: String!, $year: Int!, $through: String, $min: String) {
  departmentMonitoring(departmentCode: $code, fiscalYear: $year, through: $through, minPosition: $min) {
    departmentCode departmentName baselineVersion through execution { ${FIGURES} }
    subGoals { index title light unapprovedProjectCodes atRisk execution { ${FIGURES} }
      indicators { index indicator { sentence comparator value unit } reported reached asOf expectedFullYear likelihood targetReached behind atRisk
        reports { value asOf expectedFullYear likelihood note reportedBy } }
      projects { projectCode name budget spent executionRate lightRatio light behindPlan atRiskIndicatorCount } }
  }
}`;
const mutation = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { position } }`;
const ref = { departmentCode: '323001', fiscalYear: 2022 };
const REPORT = mutation('reportDepartmentIndicatorProgress', 'ReportDepartmentIndicatorProgressInput');
const TRAIL = `query($filter: AuditTrailFilter, $min: String) {
  auditTrail(filter: $filter, order: OLDEST_FIRST, first: 100, minPosition: $min) { edges { node { kind label summary reason } } }
}`;
const content = {
  departmentName: '巨鹿县人力资源和社会保障局',
  unitCodes: ['323001', '323003'],
  overallGoal: '全力做好就业创业工作，构建和谐劳动关系。',
  subGoals: [
    { title: '全力做好就业创业工作', goal: '健全就业服务体系。', indicators: ['我单位开展就业培训 10次', '享受就业补助人数 300人以上'] },
    { title: '构建和谐劳动关系', goal: '', indicators: ['结案率达到 90%以上'] },
  ],
  safeguards: [],
};

describe('the department’s mid-term monitoring (部门整体绩效运行监控) over HTTP', () => {
  let api: RunningApi;
  let demo: DemoDirectory;
  let head = '0';

  const send = async (caller: Caller, name: string, input: string, fields: Record<string, unknown>) => {
    head = (await api.mutate<{ position: string }>(caller, mutation(name, input), fields)).position;
  };
  const monitoring = async (caller: Caller, through = '2022-07-31') =>
    (await api.must<{ departmentMonitoring: any }>(caller, MONITORING, { code: ref.departmentCode, year: ref.fiscalYear, through, min: head })).departmentMonitoring;

  beforeAll(async () => {
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
    head = await approveSeedTable3(api, demo);
    await send(demo.preparer, 'draftDepartmentTargets', 'DepartmentTargetsWriteInput', { ...ref, content });
    await send(demo.preparer, 'confirmSubGoalLink', 'SubGoalLinkInput', { ...ref, subGoal: 0, projectCode: seedTable3Ref.projectCode });
  });

  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  it('is not served before the department targets are approved: the approved version is what is monitored', async () => {
    const refusal = await api.refusal(demo.office, MONITORING, { code: ref.departmentCode, year: ref.fiscalYear, min: head });
    expect([refusal.code, refusal.message]).toEqual(['NOT_FOUND', '部门 323001 2022 年度的部门整体绩效目标还没有批准：运行监控以已批准的版本为准，请先完成审批。']);
  });

  it('takes no progress report before the department targets are approved', async () => {
    const refusal = await api.refusal(demo.preparer, REPORT, { input: { ...ref, subGoal: 0, index: 1, value: '100', asOf: '2022-03-31' } });
    expect([refusal.code, refusal.message]).toEqual([
      'CONFLICT',
      '不能填报进度：第 1 版是草稿，尚未提交审核。进度按已批准的部门整体绩效目标（基线）填报，请先完成审批。',
    ]);
  });

  it('sums the linked project’s ledger through the date, with the project execution’s figures and light', async () => {
    await send(demo.preparer, 'submitDepartmentTargets', 'DepartmentRefInput', ref);
    await send(demo.office, 'approveDepartmentTargetsStep', 'ApproveDepartmentTargetsStepInput', { ...ref, step: 'OFFICE' });
    await send(demo.leader, 'approveDepartmentTargetsStep', 'ApproveDepartmentTargetsStepInput', { ...ref, step: 'LEADER' });
    // docs/execution.md's worked example without its reversed pair: 30000 + 45000 + 6000 + 20000 = 101000.00 by 31 July.
    const payments = [
      ['2022-02-15', '30000.00'],
      ['2022-05-20', '45000.00'],
      ['2022-06-28', '6000.00'],
      ['2022-07-15', '20000.00'],
    ];
    for (const [i, [date, amount]] of payments.entries()) {
      await send(demo.office, 'recordDisbursement', 'RecordDisbursementInput', { ...seedTable3Ref, date, amount, voucherNumber: `D-${i + 1}`, payee: '巨鹿县就业服务中心' });
    }
    // Paid after the monitoring date: not counted through 31 July.
    await send(demo.office, 'recordDisbursement', 'RecordDisbursementInput', { ...seedTable3Ref, date: '2022-08-02', amount: '9000.00', voucherNumber: 'D-5', payee: '巨鹿县就业服务中心' });

    const read = await monitoring(demo.leader);
    expect([read.departmentName, read.baselineVersion, read.through]).toEqual(['巨鹿县人力资源和社会保障局', 1, '2022-07-31']);
    const [employment, labour] = read.subGoals;
    // 101,000 / 200,000 = 50.50 %; 7 of 12 months = 58.33 %; 50.50 / 58.33 → 101,000 × 12 / (200,000 × 7) = 0.865714… → 86.57: green (≥ 80).
    const figures = { budget: '200000.00', spent: '101000.00', executionRate: '50.50', timeProgress: '58.33', lightRatio: '86.57', light: 'GREEN' };
    expect(employment.execution).toEqual(figures);
    expect(employment.light).toBe('GREEN');
    expect(employment.projects).toEqual([
      { projectCode: seedTable3Ref.projectCode, name: '就业工作经费', budget: '200000.00', spent: '101000.00', executionRate: '50.50', lightRatio: '86.57', light: 'GREEN', behindPlan: false, atRiskIndicatorCount: 0 },
    ]);
    expect(employment.indicators.map((row: any) => [row.indicator.sentence, row.indicator.comparator, row.indicator.value, row.reported, row.atRisk])).toEqual([
      ['我单位开展就业培训 10次', '=', '10', false, false],
      ['享受就业补助人数 300人以上', '≥', '300', false, false],
    ]);
    // No linked project: no execution and no light. The department is every approved project once.
    expect([labour.execution, labour.light, labour.projects]).toEqual([null, null, []]);
    expect(read.execution).toEqual(figures);
  });

  it('counts the later payment at a later date: 110,000 of 200,000 by 31 August, 8 of 12 months', async () => {
    const read = await monitoring(demo.office, '2022-08-31');
    // 110,000 / 200,000 = 55.00 %; 8/12 = 66.67 %; 110,000 × 12 / (200,000 × 8) = 0.825 → 82.50: green.
    expect(read.execution).toEqual({ budget: '200000.00', spent: '110000.00', executionRate: '55.00', timeProgress: '66.67', lightRatio: '82.50', light: 'GREEN' });
  });

  it('reads the progress a preparer reports: the latest report dated the monitoring date or before, with its history, reached against the figure and at risk by the forecast', async () => {
    const report = { ...ref, subGoal: 0, index: 1 };
    await send(demo.preparer, 'reportDepartmentIndicatorProgress', 'ReportDepartmentIndicatorProgressInput', { ...report, value: '120', asOf: '2022-04-30' });
    // Sent twice with one command id (a retry): written once, answered with the same position.
    const retried = { ...report, commandId: 'department-progress-july', value: '180', asOf: '2022-07-20', expectedFullYear: '280', likelihood: 'POSSIBLE', note: '下半年集中发放' };
    const first = await api.mutate<{ position: string }>(demo.preparer, REPORT, retried);
    const again = await api.mutate<{ position: string }>(demo.preparer, REPORT, retried);
    expect(again.position).toBe(first.position);
    head = first.position;
    // Dated after 31 July: not counted at 31 July.
    await send(demo.preparer, 'reportDepartmentIndicatorProgress', 'ReportDepartmentIndicatorProgressInput', { ...report, value: '300', asOf: '2022-08-20' });

    const [employment] = (await monitoring(demo.leader)).subGoals;
    const subsidy = employment.indicators[1];
    expect([subsidy.reported, subsidy.reached, subsidy.asOf, subsidy.expectedFullYear, subsidy.likelihood]).toEqual([true, '180', '2022-07-20', '280', 'POSSIBLE']);
    // 180 of ≥300 not reached; expected 280 < 300: behind, and 有可能 is not 确定能: at risk.
    expect([subsidy.targetReached, subsidy.behind, subsidy.atRisk]).toEqual([false, true, true]);
    expect(subsidy.reports).toEqual([
      { value: '120', asOf: '2022-04-30', expectedFullYear: null, likelihood: null, note: null, reportedBy: demo.preparer.userId },
      { value: '180', asOf: '2022-07-20', expectedFullYear: '280', likelihood: 'POSSIBLE', note: '下半年集中发放', reportedBy: demo.preparer.userId },
    ]);
    expect(employment.atRisk).toEqual(['「享受就业补助人数」：实现可能性为「有可能」', '「享受就业补助人数」：全年预计值 280 达不到目标值 ≥300人']);
    expect(employment.indicators[0].reported).toBe(false);

    const august = (await monitoring(demo.leader, '2022-08-31')).subGoals[0].indicators[1];
    expect([august.reached, august.targetReached, august.expectedFullYear, august.atRisk, august.reports.length]).toEqual(['300', true, null, false, 3]);
  });

  it('refuses a wrong report field by field, in Chinese', async () => {
    const refusal = await api.refusal(demo.preparer, REPORT, { input: { ...ref, subGoal: 0, index: 1, value: '三百', asOf: '2023-01-05' } });
    expect(refusal.code).toBe('VALIDATION');
    const problems = refusal.problems as Array<{ field: string; message: string }>;
    expect(problems.map((problem) => problem.field)).toEqual(['value', 'asOf']);
    expect(problems[1]!.message).toBe('"2023-01-05" 不是 2022 年度的日期：请在预算年度内按 YYYY-MM-DD 填写');
  });

  it('takes reports only from a preparer of the department’s unit: the office is refused, and a preparer of another unit learns nothing', async () => {
    const input = { ...ref, subGoal: 0, index: 0, value: '5', asOf: '2022-07-01' };
    const office = await api.refusal(demo.office, REPORT, { input });
    expect(office.code).toBe('FORBIDDEN');
    const elsewhere = await api.refusal(demo.preparer323003, REPORT, { input });
    expect(elsewhere.code).toBe('FORBIDDEN');
    expect(elsewhere.message).not.toMatch(/就业|已批准|第 1 版/u);
    expect((await monitoring(demo.leader)).subGoals[0].indicators[0].reported).toBe(false);
  });

  it('tells each report in the audit trail', async () => {
    const trail = await api.must<{ auditTrail: { edges: Array<{ node: { label: string; summary: string; reason: string | null } }> } }>(demo.auditor, TRAIL, {
      filter: { documentKind: 'DEPARTMENT_TARGETS' },
      min: head,
    });
    const reports = trail.auditTrail.edges.map(({ node }) => node).filter((node) => node.label === '进度填报');
    expect(reports.map((node) => [node.summary, node.reason])).toEqual([
      ['填报第 1 项分项目标第 2 项指标「享受就业补助人数 300人以上」截至 2022-04-30 的进度：120', null],
      ['填报第 1 项分项目标第 2 项指标「享受就业补助人数 300人以上」截至 2022-07-20 的进度：180，全年预计 280，实现可能性「有可能」', '下半年集中发放'],
      ['填报第 1 项分项目标第 2 项指标「享受就业补助人数 300人以上」截至 2022-08-20 的进度：300', null],
    ]);
  });

  it('is refused, saying nothing of it, to a caller who may not read the department targets', async () => {
    const refusal = await api.refusal(demo.preparer323003, MONITORING, { code: ref.departmentCode, year: ref.fiscalYear, min: head });
    expect(refusal.code).toBe('FORBIDDEN');
    expect(refusal.message).not.toMatch(/就业|200000|已批准/u);
  });
});
