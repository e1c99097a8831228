import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { approveSeedTable3, seedTable3Ref } from '../support/approved-seed-table-3.js';
import { RunningApi, removeDataDir, setUpDemoDirectory, type Caller, type DemoDirectory } from '../support/running-api.js';
import { dispositionName, download, shown, workbookOf } from '../support/downloads.js';
import { because, workedResults, workedShortfalls } from '../support/worked-final-evaluation.js';

/**
 * The department's year over HTTP (docs/department-targets.md, docs/department-evaluation.md):
 * its targets approved and linked, payments on the linked project, the mid-term monitoring, the
 * project's and then the department's self-evaluation, with every total worked out by hand below.
 */
const FIGURES = 'budget spent executionRate timeProgress lightRatio light';
const MONITORING = `query($code: String!, $year: Int!, $through: String, $min: String) {
  departmentMonitoring(departmentCode: $code, fiscalYear: $year, through: $through, minPosition: $min) {
    baselineVersion execution { ${FIGURES} } subGoals { index light execution { ${FIGURES} } projects { projectCode spent light behindPlan } atRisk } } }`;
const SCORE = 'total grade gradeLabel parts { part label points score } budget paid projectCount finalProjectCount projectAverage projectWeightedAverage';
const EVALUATION = `departmentCode fiscalYear departmentName version baselineVersion status statusLabel currentStep { step } returnReason
  indicators { index subGoal indicator { sentence } part result { kind actual grade percent } points score }
  score { ${SCORE} } scoreProblems approvedScore { ${SCORE} }`;
const GET_EVALUATION = `query($code: String!, $year: Int!, $min: String) { departmentEvaluation(departmentCode: $code, fiscalYear: $year, minPosition: $min) { ${EVALUATION} } }`;
const mutation = (name: string, input: string, answer = '') => `mutation($input: ${input}!) { ${name}(input: $input) { position ${answer} } }`;
const INBOX = `query($min: String) { myInbox(minPosition: $min) { items { kind projectCode name step departmentEvaluation { status score { total } } } } }`;
const TRAIL = `query($filter: AuditTrailFilter, $min: String) {
  auditTrail(filter: $filter, order: OLDEST_FIRST, first: 100, minPosition: $min) { edges { node { kind label summary } } } }`;

const ref = { departmentCode: '323001', fiscalYear: 2022 };
const payee = '巨鹿县就业服务中心';
/** Five indicators over three sub-goals, in the order of docs/department-evaluation.md's worked example. */
const content = {
  departmentName: '巨鹿县人力资源和社会保障局',
  unitCodes: ['323001', '323003'],
  overallGoal: '全力做好就业创业工作，构建和谐劳动关系，提升服务水平。',
  subGoals: [
    { title: '全力做好就业创业工作', goal: '健全就业服务体系。', indicators: ['我单位开展就业培训 10次', '享受就业补助人数 300人以上'] },
    { title: '构建和谐劳动关系', goal: '提高办案质量和效率。', indicators: ['结案率达到 90%以上'] },
    { title: '提升服务水平', goal: '群众满意。', indicators: ['群众满意度达到 95%以上', '建设高标准档案室'] },
  ],
  safeguards: [{ title: '加强组织领导', text: '统一思想认识。' }],
};

describe('the department’s year over HTTP: targets, monitoring, the projects’ and the department’s self-evaluation', () => {
  let api: RunningApi;
  let demo: DemoDirectory;
  let head = '0';

  const send = async (caller: Caller, name: string, input: string, fields: Record<string, unknown>, answer = '') => {
    const written = await api.mutate<Record<string, any>>(caller, mutation(name, input, answer), fields);
    head = written.position;
    return written;
  };
  const project = (name: string, input: string, fields: Record<string, unknown> = {}, caller: Caller = demo.preparer, answer = '') =>
    send(caller, name, input, { ...seedTable3Ref, ...fields }, answer);
  const department = (name: string, input: string, fields: Record<string, unknown> = {}, caller: Caller = demo.preparer) => send(caller, name, input, { ...ref, ...fields });
  const evaluation = async (caller: Caller = demo.leader) =>
    (await api.must<{ departmentEvaluation: any }>(caller, GET_EVALUATION, { code: ref.departmentCode, year: ref.fiscalYear, min: head })).departmentEvaluation;

  beforeAll(async () => {
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
    // 就业工作经费 (seed table 3, 200,000.00 元, planned 50,000 / 100,000 / 150,000 / 200,000 by 3月底 / 6月底 / 10月底 / 12月底).
    head = await approveSeedTable3(api, demo);
  });

  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  it('approves the department targets through 办公室 → 单位负责人 and links the employment sub-goal to the project', async () => {
    await department('draftDepartmentTargets', 'DepartmentTargetsWriteInput', { content });
    await department('confirmSubGoalLink', 'SubGoalLinkInput', { subGoal: 0, projectCode: seedTable3Ref.projectCode });
    await department('submitDepartmentTargets', 'DepartmentRefInput');
    await department('approveDepartmentTargetsStep', 'ApproveDepartmentTargetsStepInput', { step: 'OFFICE' }, demo.office);
    await department('approveDepartmentTargetsStep', 'ApproveDepartmentTargetsStepInput', { step: 'LEADER' }, demo.leader);
  });

  it('monitors the linked project’s payments at 31 July', async () => {
    const payments: Array<[string, string]> = [
      ['2022-02-15', '30000.00'],
      ['2022-05-20', '45000.00'],
      ['2022-06-28', '6000.00'],
      ['2022-07-15', '20000.00'],
    ];
    for (const [i, [date, amount]] of payments.entries()) {
      await project('recordDisbursement', 'RecordDisbursementInput', { date, amount, voucherNumber: `Y-${i + 1}`, payee }, demo.office);
    }
    const { departmentMonitoring: read } = await api.must<{ departmentMonitoring: any }>(demo.office, MONITORING, { code: ref.departmentCode, year: 2022, through: '2022-07-31', min: head });
    // 30,000 + 45,000 + 6,000 + 20,000 = 101,000.00 of 200,000.00: 50.50 %; 7 of 12 months: 58.33 %;
    // light ratio 101,000 × 12 / (200,000 × 7) = 1,212,000 / 1,400,000 = 0.865714… → 86.57: green (≥ 80).
    // 6月底 planned 100,000.00, spent to date 101,000.00: not behind plan.
    const figures = { budget: '200000.00', spent: '101000.00', executionRate: '50.50', timeProgress: '58.33', lightRatio: '86.57', light: 'GREEN' };
    expect(read.baselineVersion).toBe(1);
    expect(read.execution).toEqual(figures);
    expect(read.subGoals.map((subGoal: any) => [subGoal.index, subGoal.light, subGoal.execution])).toEqual([
      [0, 'GREEN', figures],
      [1, null, null],
      [2, null, null],
    ]);
    expect(read.subGoals[0].projects).toEqual([{ projectCode: seedTable3Ref.projectCode, spent: '101000.00', light: 'GREEN', behindPlan: false }]);
    expect(read.subGoals[0].atRisk).toEqual([]);
  });

  it('evaluates the project after the year: 89.75 (良) with 190,000.00 of 200,000.00 spent', async () => {
    // 101,000.00 + 89,000.00 = 190,000.00: 95 % of the budget, as docs/scoring.md's worked example.
    await project('recordDisbursement', 'RecordDisbursementInput', { date: '2022-11-20', amount: '89000.00', voucherNumber: 'Y-5', payee }, demo.office);
    await project('openFinalEvaluation', 'FinalEvaluationRefInput');
    await project('recordFinalEvaluationResults', 'RecordFinalEvaluationResultsInput', { results: workedResults });
    await project('recordFinalEvaluationExecution', 'FinalEvaluationRefInput');
    await project('explainFinalEvaluation', 'ExplainFinalEvaluationInput', { indicators: workedShortfalls.map((index) => ({ index, ...because })) });
    await project('submitFinalEvaluation', 'FinalEvaluationRefInput');
    await project('approveFinalEvaluationStep', 'ApproveFinalEvaluationStepInput', { step: 'SECTION' }, demo.sectionHead);
    const approved = await project('approveFinalEvaluationStep', 'ApproveFinalEvaluationStepInput', { step: 'OFFICE' }, demo.office, 'finalEvaluation { approvedTotal approvedGrade }');
    expect(approved.finalEvaluation).toEqual({ approvedTotal: '89.75', approvedGrade: 'GOOD' });
  });

  it('opens the department’s self-evaluation on the approved targets, numbering its indicators across the sub-goals', async () => {
    await department('openDepartmentEvaluation', 'DepartmentRefInput');
    const opened = await evaluation(demo.preparer);
    expect([opened.status, opened.version, opened.baselineVersion, opened.score]).toEqual(['DRAFT', 1, 1, null]);
    expect(opened.indicators.map((row: any) => [row.index, row.subGoal, row.part])).toEqual([
      [0, 0, 'OUTPUT'],
      [1, 0, 'OUTPUT'],
      [2, 1, 'OUTPUT'],
      [3, 2, 'SATISFACTION'],
      [4, 2, 'OUTPUT'],
    ]);
    expect(opened.scoreProblems.length).toBeGreaterThan(0);
  });

  it('scores the department by hand: 9.50 + 43.75 + 26.925 + 10.00 = 90.175 → 90.18 (优)', async () => {
    await department('recordDepartmentEvaluationResults', 'RecordDepartmentEvaluationResultsInput', {
      results: [
        { index: 0, actual: '9' },
        { index: 1, actual: '320' },
        { index: 2, actual: '81' },
        { index: 3, actual: '96' },
        { index: 4, grade: 'PARTLY_ACHIEVED', percent: '70' },
      ],
    });
    const read = await evaluation(demo.preparer);
    // 预算执行: the whole budget is the one approved table, 200,000.00 (no 基本支出), 190,000.00 paid:
    //   95 %, 10 × 0.95 = 9.50.
    // 产出 50 over its four indicators, 12.50 each: 培训 9 of 10 → 12.50 × 9 / 10 = 11.25; 补助 320 ≥ 300 → 12.50;
    //   结案率 81 of ≥ 90 → 12.50 × 81 / 90 = 11.25; 档案室 部分达成 70 % → 8.75; together 43.75.
    // 效益 30 from the one approved project evaluation: W = 200,000 × 89.75 / 200,000 = 89.75;
    //   30 × 89.75 / 100 = 26.925 → 26.93 shown.
    // 满意度 10: 96 ≥ 95 → 10.00.
    // Total 9.50 + 43.75 + 26.925 + 10.00 = 90.175 → 90.18: 优 (≥ 90).
    expect(read.score).toEqual({
      total: '90.18',
      grade: 'EXCELLENT',
      gradeLabel: '优',
      parts: [
        { part: 'BUDGET_EXECUTION', label: '预算执行', points: '10.00', score: '9.50' },
        { part: 'OUTPUT', label: '产出', points: '50.00', score: '43.75' },
        { part: 'EFFECT', label: '效益', points: '30.00', score: '26.93' },
        { part: 'SATISFACTION', label: '满意度', points: '10.00', score: '10.00' },
      ],
      budget: '200000.00',
      paid: '190000.00',
      projectCount: 1,
      finalProjectCount: 1,
      projectAverage: '89.75',
      projectWeightedAverage: '89.75',
    });
    expect(read.indicators.map((row: any) => row.score)).toEqual(['11.25', '12.50', '11.25', '10.00', '8.75']);
    expect(read.scoreProblems).toEqual([]);
  });

  it('goes through the department targets’ chain, offered in the office’s inbox, and freezes the approved score', async () => {
    await department('submitDepartmentEvaluation', 'DepartmentRefInput');
    const inbox = await api.must<{ myInbox: { items: Array<Record<string, any>> } }>(demo.office, INBOX, { min: head });
    expect(inbox.myInbox.items.filter((item) => item.kind === 'DEPARTMENT_EVALUATION')).toEqual([
      { kind: 'DEPARTMENT_EVALUATION', projectCode: '323001', name: '巨鹿县人力资源和社会保障局', step: 'OFFICE', departmentEvaluation: { status: 'IN_REVIEW', score: { total: '90.18' } } },
    ]);
    await department('returnDepartmentEvaluation', 'ReturnDepartmentTargetsInput', { step: 'OFFICE', to: 'PREPARER', reason: '结案率的完成值与仲裁台账不符，请核实' }, demo.office);
    expect(await evaluation(demo.preparer)).toMatchObject({ status: 'RETURNED', returnReason: '结案率的完成值与仲裁台账不符，请核实' });
    // 结案率 corrected to 90 ≥ 90: 12.50 instead of 11.25, so 产出 45.00 and the total 91.425 → 91.43.
    await department('recordDepartmentEvaluationResults', 'RecordDepartmentEvaluationResultsInput', { results: [{ index: 2, actual: '90' }] });
    await department('resubmitDepartmentEvaluation', 'DepartmentRefInput');
    await department('approveDepartmentEvaluationStep', 'ApproveDepartmentTargetsStepInput', { step: 'OFFICE' }, demo.office);
    await department('approveDepartmentEvaluationStep', 'ApproveDepartmentTargetsStepInput', { step: 'LEADER' }, demo.leader);
    const approved = await evaluation();
    expect([approved.status, approved.approvedScore.total, approved.approvedScore.grade, approved.score.total]).toEqual(['APPROVED', '91.43', 'EXCELLENT', '91.43']);
    const refusal = await api.refusal(demo.preparer, mutation('recordDepartmentEvaluationResults', 'RecordDepartmentEvaluationResultsInput'), {
      input: { ...ref, results: [{ index: 0, actual: '10' }] },
    });
    expect(refusal.code).toBe('CONFLICT');
  });

  it('tells the audit trail every step, in Chinese', async () => {
    const trail = await api.must<{ auditTrail: { edges: Array<{ node: { kind: string; label: string; summary: string } }> } }>(demo.auditor, TRAIL, {
      filter: { documentKind: 'DEPARTMENT_EVALUATION' },
      min: head,
    });
    expect(trail.auditTrail.edges.map(({ node }) => node.label)).toEqual(['开始自评', '录入完成值', '申报', '退回', '录入完成值', '重新申报', '审核通过', '审核通过', '批准生效']);
    expect(trail.auditTrail.edges[0]!.node.summary).toBe('开启部门整体支出绩效自评第 1 版：按已批准的部门整体绩效目标第 1 版评价 5 项部门指标');
    expect(trail.auditTrail.edges.at(-1)!.node.summary).toContain('91.43');
  });

  it('downloads the 部门（单位）整体绩效目标表 of the approved targets, cells read back', async () => {
    const got = await download(api, '/exports/department-targets/2022/323001.xlsx', demo.leader);
    expect(got.status).toBe(200);
    expect(dispositionName(got.headers.get('content-disposition'))).toBe('2022年_巨鹿县人力资源和社会保障局_部门整体绩效目标表.xlsx');
    const sheet = (await workbookOf(got.body)).worksheets[0]!;
    // The one approved table, 200,000.00 元 = 20 万元, is the whole budget: no 基本支出 entered.
    expect([shown(sheet, 'A1'), shown(sheet, 'B4'), shown(sheet, 'B6'), shown(sheet, 'D6'), shown(sheet, 'B7')]).toEqual([
      '部门（单位）整体绩效目标表',
      '巨鹿县人力资源和社会保障局',
      20,
      20,
      content.overallGoal,
    ]);
    expect([shown(sheet, 'A8'), shown(sheet, 'C8'), shown(sheet, 'E11'), shown(sheet, 'E12'), shown(sheet, 'F12')]).toEqual([
      '分项绩效目标1',
      '全力做好就业创业工作',
      '我单位开展就业培训 10次',
      '享受就业补助人数 300人以上',
      '≥300人',
    ]);
    const json = await download(api, '/exports/department-targets/2022/323001.json', demo.leader);
    expect(JSON.stringify(JSON.parse(json.body.toString('utf8')).sheets)).toContain(seedTable3Ref.projectCode);
  });

  it('downloads the 部门整体支出绩效自评表 with the approved figures, cells read back', async () => {
    const got = await download(api, '/exports/department-evaluations/2022/323001.xlsx', demo.auditor);
    expect(got.status).toBe(200);
    expect(dispositionName(got.headers.get('content-disposition'))).toBe('2022年_巨鹿县人力资源和社会保障局_部门整体支出绩效自评表.xlsx');
    const sheet = (await workbookOf(got.body)).worksheets[0]!;
    // 20 万元 budget, 19 万元 paid: 95.00 %, 9.50 points.
    expect(['C6', 'D6', 'E6', 'F6', 'G6'].map((address) => shown(sheet, address))).toEqual([20, 19, '10.00', '95.00%', '9.50']);
    expect([8, 9, 10, 11].map((row) => [shown(sheet, `A${row}`), shown(sheet, `D${row}`), shown(sheet, `I${row}`)])).toEqual([
      ['预算执行', '10.00', '9.50'],
      ['产出', '50.00', '45.00'],
      ['效益', '30.00', '26.93'],
      ['满意度', '10.00', '10.00'],
    ]);
    expect(['C13', 'D13', 'E13', 'F13', 'G13'].map((address) => shown(sheet, address))).toEqual([1, 1, '89.75', '89.75', '优 0，良 1，中 0，差 0']);
    expect(['A20', 'G20', 'I20'].map((address) => shown(sheet, address))).toEqual(['总分', '91.43', '评价等级：优']);
  });

  it('answers a download the caller may not read as absent (404), as the views refuse it', async () => {
    const targets = await download(api, '/exports/department-targets/2022/323001.xlsx', demo.preparer323003);
    const evaluated = await download(api, '/exports/department-evaluations/2022/323001.xlsx', demo.preparer323003);
    const none = await download(api, '/exports/department-evaluations/2021/323001.xlsx', demo.leader);
    expect([targets.status, evaluated.status, none.status]).toEqual([404, 404, 404]);
    expect(JSON.parse(evaluated.body.toString('utf8')).error.message).toBe(JSON.parse(none.body.toString('utf8')).error.message.replace('2021', '2022'));
  });

  it('refuses a reader of another unit without telling anything of the evaluation', async () => {
    const refusal = await api.refusal(demo.preparer323003, GET_EVALUATION, { code: ref.departmentCode, year: ref.fiscalYear, min: head });
    expect(refusal.code).toBe('FORBIDDEN');
    expect(refusal.message).not.toMatch(/91\.43|已批准|就业/u);
  });

  it('corrects the approved evaluation as version 2, keeping the approved score, and refuses the office, a blank reason and a second correction', async () => {
    const correct = mutation('correctDepartmentEvaluation', 'CorrectDepartmentEvaluationInput');
    const reason = '档案室建设经验收已全部达成，按验收报告更正';
    const byOffice = await api.refusal(demo.office, correct, { input: { ...ref, reason } });
    expect([byOffice.code, byOffice.message]).toEqual(['FORBIDDEN', expect.stringContaining('更正该部门整体支出绩效自评需要')]);
    const blank = await api.refusal(demo.preparer, correct, { input: { ...ref, reason: ' ' } });
    expect([blank.code, (blank.problems as Array<{ field: string }>).map((problem) => problem.field)]).toEqual(['VALIDATION', ['reason']]);
    await department('correctDepartmentEvaluation', 'CorrectDepartmentEvaluationInput', { reason });
    const corrected = await evaluation();
    expect([corrected.version, corrected.status, corrected.approvedScore.total, corrected.score.total]).toEqual([2, 'DRAFT', '91.43', '91.43']);
    const again = await api.refusal(demo.preparer, correct, { input: { ...ref, reason } });
    expect([again.code, again.message]).toEqual([
      'CONFLICT',
      '没有已批准的内容可更正：该部门整体支出绩效自评（第 2 版）是草稿，尚未提交审核。在经办人手中时可直接修改。',
    ]);
    // 档案室 达成 at 100 %: 12.50 instead of 8.75, so 产出 48.75 and the total 91.425 + 3.75 = 95.175 → 95.18, while 91.43 stays approved.
    await department('recordDepartmentEvaluationResults', 'RecordDepartmentEvaluationResultsInput', { results: [{ index: 4, grade: 'ACHIEVED', percent: '100' }] });
    const recorded = await evaluation();
    expect([recorded.score.total, recorded.approvedScore.total]).toEqual(['95.18', '91.43']);
    const trail = await api.must<{ auditTrail: { edges: Array<{ node: { kind: string; label: string; summary: string } }> } }>(demo.auditor, TRAIL, {
      filter: { documentKind: 'DEPARTMENT_EVALUATION' },
      min: head,
    });
    expect(trail.auditTrail.edges.slice(-2).map(({ node }) => [node.label, node.summary])).toEqual([
      ['提出更正', '开始第 2 版，更正已批准的第 1 版'],
      ['录入完成值', expect.stringContaining('第 2 版填写部门指标的完成情况')],
    ]);
  });
});
