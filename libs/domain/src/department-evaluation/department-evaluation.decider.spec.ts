import { describe, expect, it } from '@jest/globals';
import { budget, graded, measured, projects } from '../../test/department-evaluation-workflow.js';
import { decidedHistory, scenario } from '../../test/given.js';
import { auditor, leader, office, officeOfOtherUnit, preparer } from '../../test/workflow-people.js';
import type { SubmissionChain } from '../approval/submission-chain.js';
import type { Actor } from '../common/actor.js';
import { evolveDepartmentTargets } from '../department-targets/evolve-department-targets.js';
import { readIndicatorSentence } from '../department-targets/indicator-sentence.js';
import { initialDepartmentTargetsState, type DepartmentTargetsState } from '../department-targets/department-targets.state.js';
import type { IndicatorResult } from '../final-evaluation/scoring/score-evaluation.js';
import { departmentEvaluationDecider } from './decide-department-evaluation.js';
import type { DepartmentEvaluationCommand, DepartmentScoringFacts } from './department-evaluation.commands.js';
import type { DepartmentEvaluationEvent } from './department-evaluation.events.js';

const given = scenario(departmentEvaluationDecider);
const key = { departmentCode: '323001', fiscalYear: 2022 };
const chain: SubmissionChain = { chainId: '323001/department-targets/default', chainVersion: 1, steps: [{ step: 'OFFICE', role: 'OFFICE' }, { step: 'LEADER', role: 'LEADER' }] };
const by = (actor: Actor) => ({ userId: actor.userId, unitCode: actor.unitCode, sectionId: actor.sectionId });

/** The approved department targets of docs/department-evaluation.md's worked example: five indicators over two sub-goals. */
const content = {
  departmentName: '巨鹿县人力资源和社会保障局',
  unitCodes: ['323001', '323003'],
  overallGoal: '全力做好就业创业工作。',
  subGoals: [
    { title: '就业创业', goal: '', indicators: ['我单位开展就业培训 10次', '享受就业补助人数 300人以上', '结案率达到 90%以上'].map(readIndicatorSentence) },
    { title: '服务质量', goal: '', indicators: ['群众满意度达到 95%以上', '建设高标准档案室'].map(readIndicatorSentence) },
  ],
  safeguards: [],
  basicExpenditureFen: null,
};
const approvedTargets: DepartmentTargetsState = evolveDepartmentTargets(initialDepartmentTargetsState, {
  type: 'DepartmentTargetsBaselineImported',
  data: { ...key, version: 1, content, importedBy: by(office), source: { name: 'seed.txt', documentSha256: 'a'.repeat(64), lines: { from: 1, to: 80 } } },
});
const facts: DepartmentScoringFacts = { projectsBudgetFen: budget.budgetFen, projectsPaidFen: budget.paidFen, projects };

const command = <T extends DepartmentEvaluationCommand['type']>(type: T, actor: Actor, rest: object = {}) =>
  ({ type, ...key, actor, ...rest }) as Extract<DepartmentEvaluationCommand, { type: T }>;
const open = (actor: Actor = preparer, today = '2023-01-10') => command('OpenDepartmentEvaluation', actor, { today, targets: approvedTargets });
const workedResults: Array<{ index: number; result: IndicatorResult }> = [
  { index: 0, result: measured('9') },
  { index: 1, result: measured('320') },
  { index: 2, result: measured('81') },
  { index: 3, result: measured('96') },
  { index: 4, result: graded('PARTLY_ACHIEVED', '70') },
];
const record = (results = workedResults) => command('RecordDepartmentEvaluationResults', preparer, { results });
const submit = (more: DepartmentScoringFacts = facts) => command('SubmitDepartmentEvaluation', preparer, { chain, facts: more });
const approve = (step: string, actor: Actor) => command('ApproveDepartmentEvaluationStep', actor, { step, facts });
const history = (commands: DepartmentEvaluationCommand[]): DepartmentEvaluationEvent[] => decidedHistory(departmentEvaluationDecider, commands);

describe('OpenDepartmentEvaluation', () => {
  it('opens version 1 on the approved department targets after the year ends', () => {
    given([]).when(open()).then([{ type: 'DepartmentEvaluationOpened', data: { ...key, version: 1, baseline: { version: 1, content }, openedBy: by(preparer) } }]);
  });

  it('refuses on 31 December itself, before the year has ended (CONFLICT)', () => {
    expect(given([]).when(open(preparer, '2022-12-31')).thenThrows('CONFLICT').message).toBe(
      '2022 年度的部门整体支出绩效自评在年度结束（2022-12-31）之后才能开始；今天是 2022-12-31。',
    );
  });

  it('refuses without department targets (NOT_FOUND), on targets not approved yet (CONFLICT), opening twice, and anyone but a preparer of the unit', () => {
    given([]).when({ ...open(), targets: initialDepartmentTargetsState }).thenThrows('NOT_FOUND');
    const drafted = { ...approvedTargets, lifecycle: 'FIRST_VERSION', baseline: null, stage: { status: 'DRAFT' } } as DepartmentTargetsState;
    expect(given([]).when({ ...open(), targets: drafted }).thenThrows('CONFLICT').message).toBe(
      '部门 323001 2022 年度的部门整体绩效目标还没有批准：部门整体支出绩效自评以已批准的版本为准，请先完成审批。',
    );
    given(history([open()])).when(open()).thenThrows('CONFLICT');
    given([]).when(open(office)).thenThrows('FORBIDDEN');
    given([]).when(open(officeOfOtherUnit)).thenThrows('FORBIDDEN');
  });
});

describe('RecordDepartmentEvaluationResults', () => {
  it('records results numbered across the sub-goals, as a project evaluation’s', () => {
    const [event] = given(history([open()])).when(record()).thenEventTypes(['DepartmentEvaluationResultsRecorded']);
    expect(event?.type === 'DepartmentEvaluationResultsRecorded' && event.data.results[4]).toEqual({ index: 4, result: graded('PARTLY_ACHIEVED', '70') });
  });

  it('refuses a grade for a figure, a value for a sentence without one and an unknown indicator, naming each', () => {
    const error = given(history([open()]))
      .when(record([{ index: 0, result: graded('ACHIEVED', '100') }, { index: 4, result: measured('1') }, { index: 5, result: measured('1') }]))
      .thenThrows('VALIDATION');
    expect(error.problems.map((problem) => problem.field)).toEqual(['results[0].actual', 'results[1].grade', 'results[2].index']);
  });
});

describe('SubmitDepartmentEvaluation', () => {
  it('refuses an evaluation with results missing, naming how many', () => {
    const error = given(history([open(), record(workedResults.slice(0, 3))])).when(submit()).thenThrows('VALIDATION', 'results');
    expect(error.problems[0]!.message).toBe('尚有 2 项部门指标没有填写完成情况：请全部填写后再提交');
  });

  it('refuses a whole-budget execution under 90 % without its explanation, and accepts it explained', () => {
    // 850,000 of 1,000,000 paid: 85 %, under 90 %.
    const low = { ...facts, projectsPaidFen: 85000000n };
    given(history([open(), record()])).when(submit(low)).thenThrows('VALIDATION', 'explanation');
    const explained = command('ExplainDepartmentBudgetExecution', preparer, { explanation: { cause: '年底项目资金未全部拨付', measure: '次年一季度前完成拨付' } });
    given(history([open(), record(), explained])).when(submit(low)).thenEventTypes(['DepartmentEvaluationSubmitted']);
  });

  it('records the score it is submitted at: the worked example, 92.01 优', () => {
    const [event] = given(history([open(), record()])).when(submit()).thenEventTypes(['DepartmentEvaluationSubmitted']);
    // docs/department-evaluation.md: 9.20 + 43.75 + 29.0625 + 10.00 = 92.0125 → 92.01.
    expect(event?.type === 'DepartmentEvaluationSubmitted' && event.data.score).toEqual({
      total: '92.01',
      grade: 'EXCELLENT',
      parts: [
        { part: 'BUDGET_EXECUTION', points: '10.00', score: '9.20' },
        { part: 'OUTPUT', points: '50.00', score: '43.75' },
        { part: 'EFFECT', points: '30.00', score: '29.06' },
        { part: 'SATISFACTION', points: '10.00', score: '10.00' },
      ],
      budgetFen: '100000000',
      paidFen: '92000000',
      projectAverage: '94.50',
      projectWeightedAverage: '96.88',
      finalProjectCount: 2,
      projectCount: 3,
    });
  });

  it('counts 基本支出 and what was paid of it in the whole budget, and refuses a submission until that payment is entered', () => {
    // 基本支出 500,000.00 beside the tables' 1,000,000.00; paid 920,000.00 + 480,000.00 = 1,400,000.00 of 1,500,000.00:
    // 93.333…%, 10 × 1,400,000 / 1,500,000 = 9.3333… → 9.33.
    const withBasic = evolveDepartmentTargets(initialDepartmentTargetsState, {
      type: 'DepartmentTargetsBaselineImported',
      data: { ...key, version: 1, content: { ...content, basicExpenditureFen: 50000000 }, importedBy: by(office), source: { name: 'seed.txt', documentSha256: 'a'.repeat(64), lines: { from: 1, to: 80 } } },
    });
    const opened = history([{ ...open(), targets: withBasic }, record()]);
    given(opened).when(submit()).thenThrows('VALIDATION', 'basicExpenditurePaid');
    given(opened).when(command('RecordDepartmentBasicExpenditurePaid', preparer, { amount: '四十八万' })).thenThrows('VALIDATION', 'amount');
    const paid = given(opened).when(command('RecordDepartmentBasicExpenditurePaid', preparer, { amount: '480000.00' })).then([
      { type: 'DepartmentBasicExpenditurePaidRecorded', data: { ...key, version: 1, paidFen: 48000000, recordedBy: by(preparer) } },
    ]);
    const [event] = given([...opened, ...paid]).when(submit()).thenEventTypes(['DepartmentEvaluationSubmitted']);
    expect(event?.type === 'DepartmentEvaluationSubmitted' && [event.data.score.budgetFen, event.data.score.paidFen, event.data.score.parts[0]]).toEqual([
      '150000000',
      '140000000',
      { part: 'BUDGET_EXECUTION', points: '10.00', score: '9.33' },
    ]);
  });

  it('refuses without any approved project evaluation (效益 cannot be scored), naming projects', () => {
    given(history([open(), record()])).when(submit({ ...facts, projects: [] })).thenThrows('VALIDATION', 'projects');
  });
});

describe('the shared approval stage (办公室 → 单位负责人)', () => {
  const submitted = history([open(), record(), submit()]);

  it('approves office then leader, the last approval recording the score it was approved at', () => {
    const officeStep = given(submitted).when(approve('OFFICE', office)).thenEventTypes(['DepartmentEvaluationStepApproved']);
    const [, final] = given([...submitted, ...officeStep]).when(approve('LEADER', leader)).thenEventTypes(['DepartmentEvaluationStepApproved', 'DepartmentEvaluationApproved']);
    expect(final?.type === 'DepartmentEvaluationApproved' && [final.data.score.total, final.data.score.grade]).toEqual(['92.01', 'EXCELLENT']);
  });

  it('refuses the leader before the office, and an auditor at any step', () => {
    given(submitted).when(approve('LEADER', leader)).thenThrows('CONFLICT');
    given(submitted).when(approve('OFFICE', auditor)).thenThrows('FORBIDDEN');
  });

  it('returns to the preparer with a reason, who may record again and resubmit', () => {
    const returned = given(submitted)
      .when(command('ReturnDepartmentEvaluation', office, { step: 'OFFICE', to: 'PREPARER', reason: '结案率的完成值与仲裁台账不符' }))
      .thenEventTypes(['DepartmentEvaluationReturned']);
    const corrected = history([open(), record(), submit()]).concat(returned);
    const [again] = given(corrected).when(record([{ index: 2, result: measured('90') }])).thenEventTypes(['DepartmentEvaluationResultsRecorded']);
    given([...corrected, again!]).when(command('ResubmitDepartmentEvaluation', preparer, { facts })).thenEventTypes(['DepartmentEvaluationSubmitted']);
  });

  it('lets a substitute named for the leader return the overdue step, by the rule the tables’ steps have (代理审批)', () => {
    const substitute: Actor = { userId: 'xu.ming', roles: ['OFFICE'], unitCode: '323001', sectionId: 'office' };
    const delegation = { delegationId: '323001-D1', unitCode: '323001', sectionId: null, role: 'LEADER' as const, delegatorUserId: leader.userId, substituteUserId: substitute.userId, validFrom: '2023-02-01', validUntil: '2023-02-28', revoked: false };
    const substitution = (now: string) => ({ now, awaitedSince: '2023-02-01T02:00:00.000Z', decisionDays: 5, escalationDays: 3, delegations: [delegation] });
    const officeStep = given(submitted).when(approve('OFFICE', office)).thenEventTypes(['DepartmentEvaluationStepApproved']);
    const returning = (now: string) => command('ReturnDepartmentEvaluation', substitute, { step: 'LEADER', to: 'PREPARER', reason: '结案率的完成值与仲裁台账不符', substitution: substitution(now) });
    given([...submitted, ...officeStep]).when(returning('2023-02-08T02:00:00.000Z')).thenThrows('FORBIDDEN');
    const [returned] = given([...submitted, ...officeStep]).when(returning('2023-02-09T02:00:00.000Z')).thenEventTypes(['DepartmentEvaluationReturned']);
    expect(returned?.type === 'DepartmentEvaluationReturned' && returned.data.asSubstitute).toEqual({ delegationId: '323001-D1', forUserId: leader.userId });
  });

  it('lets the preparer withdraw a submission no step has decided, and refuses changes while it is reviewed', () => {
    given(submitted).when(record()).thenThrows('CONFLICT');
    given(submitted).when(command('WithdrawDepartmentEvaluationSubmission', preparer)).thenEventTypes(['DepartmentEvaluationSubmissionWithdrawn']);
  });
});

describe('CorrectDepartmentEvaluation (the project evaluation’s rule, approval/start-correction.ts)', () => {
  const approved = history([open(), record(), submit(), approve('OFFICE', office), approve('LEADER', leader)]);
  const correct = (actor: Actor = preparer, reason: unknown = '结案率按仲裁院年终台账更正为 92%') => command('CorrectDepartmentEvaluation', actor, { reason });
  const correction = history([open(), record(), submit(), approve('OFFICE', office), approve('LEADER', leader), correct()]);

  it('refuses any change once approved and says a correction is a new version', () => {
    expect(given(approved).when(record()).thenThrows('CONFLICT').message).toBe(
      '不能填写部门指标的完成情况：该部门整体支出绩效自评（第 1 版）已批准，不再变更。它已定稿：如需修改，请发起更正（correctDepartmentEvaluation），生成新版本。',
    );
  });

  it('starts version 2 after approval, with its reason, keeping version 1’s score on record', () => {
    given(approved).when(correct()).then([
      { type: 'DepartmentEvaluationCorrectionStarted', data: { ...key, version: 2, approvedVersion: 1, reason: '结案率按仲裁院年终台账更正为 92%', startedBy: by(preparer) } },
    ]);
    const state = correction.reduce(departmentEvaluationDecider.evolve, departmentEvaluationDecider.initialState);
    expect(state.status === 'OPEN' && [state.version, state.stage.status, state.approvedScore?.total]).toEqual([2, 'DRAFT', '92.01']);
  });

  it('records the corrected results and sends version 2 through the chain again, its approval replacing the score', () => {
    const [recorded] = given(correction).when(record([{ index: 2, result: measured('92') }])).thenEventTypes(['DepartmentEvaluationResultsRecorded']);
    const [submittedAgain] = given([...correction, recorded!]).when(submit()).thenEventTypes(['DepartmentEvaluationSubmitted']);
    expect(submittedAgain?.type === 'DepartmentEvaluationSubmitted' && submittedAgain.data.version).toBe(2);
    const officeStep = given([...correction, recorded!, submittedAgain!]).when(approve('OFFICE', office)).thenEventTypes(['DepartmentEvaluationStepApproved']);
    const [, final] = given([...correction, recorded!, submittedAgain!, ...officeStep])
      .when(approve('LEADER', leader))
      .thenEventTypes(['DepartmentEvaluationStepApproved', 'DepartmentEvaluationApproved']);
    // 结案率 92 of ≥90: full 12.50 instead of 81 / 90 × 12.50 = 11.25, so 产出 43.75 + 1.25 = 45.00 and the total 92.0125 + 1.25 = 93.2625 → 93.26.
    expect(final?.type === 'DepartmentEvaluationApproved' && [final.data.version, final.data.score.total]).toEqual([2, '93.26']);
  });

  it('refuses a correction without a reason, of an evaluation not approved, and by anyone but a preparer of the unit', () => {
    given(approved).when(correct(preparer, '  ')).thenThrows('VALIDATION', 'reason');
    expect(given(history([open(), record(), submit()])).when(correct()).thenThrows('CONFLICT').message).toBe(
      '没有已批准的内容可更正：该部门整体支出绩效自评（第 1 版）正等待「办公室审核」步骤。在经办人手中时可直接修改。',
    );
    given(correction).when(correct()).thenThrows('CONFLICT');
    given(approved).when(correct(office)).thenThrows('FORBIDDEN');
    given(approved).when(correct(officeOfOtherUnit)).thenThrows('FORBIDDEN');
  });
});
