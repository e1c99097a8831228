import { describe, expect, it } from '@jest/globals';
import { scenario } from '../../test/given.js';
import { auditor, leader, office, officeOfOtherUnit, otherOffice, preparer, preparerOfOtherSection } from '../../test/workflow-people.js';
import type { SubmissionChain } from '../approval/submission-chain.js';
import type { Actor } from '../common/actor.js';
import type { DepartmentTargetsInput } from './department-targets-content.js';
import type { DepartmentTargetsCommand } from './department-targets.commands.js';
import type { DepartmentTargetsEvent } from './department-targets.events.js';
import { departmentTargetsDecider } from './decide-department-targets.js';
import { readIndicatorSentence } from './indicator-sentence.js';
import { departmentTargetsStatus, type DepartmentTargets } from './department-targets.state.js';

const given = scenario(departmentTargetsDecider);
const key = { departmentCode: '323001', fiscalYear: 2022 };
const chain: SubmissionChain = { chainId: '323001/department-targets/default', chainVersion: 1, steps: [{ step: 'OFFICE', role: 'OFFICE' }, { step: 'LEADER', role: 'LEADER' }] };
const by = (actor: Actor) => ({ userId: actor.userId, unitCode: actor.unitCode, sectionId: actor.sectionId });
const preparerOfOtherUnit: Actor = { userId: 'he.xin', roles: ['PREPARER'], unitCode: '323003', sectionId: 'insurance' };
const source = { name: '2022年部门绩效目标.txt', documentSha256: 'a'.repeat(64), lines: { from: 1, to: 80 } };

const input: DepartmentTargetsInput = {
  departmentName: '巨鹿县人力资源和社会保障局',
  unitCodes: ['323001', '323003'],
  overallGoal: '突出提升就业质量，全力做好就业创业工作。',
  subGoals: [
    { title: '是突出提升就业质量，全力做好就业创业工作', goal: '健全就业服务体系', indicators: ['我单位开展就业培训 10次', '享受就业补助人数 300人以上'] },
    { title: '完善工作机制，构建和谐劳动关系', goal: '提高办案质量和效率', indicators: ['办理劳动仲裁案件 60起，结案率达到 90%以上'] },
  ],
  safeguards: [{ title: '加强组织领导，完善工作机制', text: '统一思想认识。' }],
};

const content = {
  ...input,
  subGoals: input.subGoals.map((subGoal) => ({
    ...subGoal,
    // Each sentence kept, read as indicator-sentence.ts reads it (its own spec covers the reading).
    indicators: subGoal.indicators.map(readIndicatorSentence),
  })),
  basicExpenditureFen: null,
};

const command = <T extends DepartmentTargetsCommand['type']>(type: T, actor: Actor, rest: object = {}) =>
  ({ type, ...key, actor, ...rest }) as Extract<DepartmentTargetsCommand, { type: T }>;

const drafted: DepartmentTargetsEvent = { type: 'DepartmentTargetsDrafted', data: { ...key, version: 1, content, draftedBy: by(preparer), source: null } };
const submitted: DepartmentTargetsEvent = {
  type: 'DepartmentTargetsSubmitted',
  data: { ...key, version: 1, chain, submittedBy: by(preparer), resubmission: false, content, baselineVersion: null },
};
const chainRef = { chainId: chain.chainId, chainVersion: 1 };
const officeApproved: DepartmentTargetsEvent = {
  type: 'DepartmentTargetsStepApproved',
  data: { ...key, version: 1, chain: chainRef, step: 'OFFICE', role: 'OFFICE', stepIndex: 0, approvedBy: by(office), comment: null, nextStep: 'LEADER' },
};
const leaderApproved: DepartmentTargetsEvent[] = [
  { type: 'DepartmentTargetsStepApproved', data: { ...key, version: 1, chain: chainRef, step: 'LEADER', role: 'LEADER', stepIndex: 1, approvedBy: by(leader), comment: null, nextStep: null } },
  {
    type: 'DepartmentTargetsApproved',
    data: {
      ...key,
      version: 1,
      chain: chainRef,
      approvals: [
        { step: 'OFFICE', role: 'OFFICE', by: by(office), comment: null },
        { step: 'LEADER', role: 'LEADER', by: by(leader), comment: null },
      ],
      content,
      replacedBaselineVersion: null,
    },
  },
];
const approved = [drafted, submitted, officeApproved, ...leaderApproved];
const adjustmentStarted: DepartmentTargetsEvent = {
  type: 'DepartmentTargetsAdjustmentStarted',
  data: { ...key, version: 2, baselineVersion: 1, reason: '年中追加资金', startedBy: by(preparer) },
};

function stateAfter(history: DepartmentTargetsEvent[]): DepartmentTargets {
  const state = history.reduce(departmentTargetsDecider.evolve, departmentTargetsDecider.initialState);
  if (state.lifecycle === 'NONE') throw new Error('expected department targets');
  return state;
}

describe('DraftDepartmentTargets', () => {
  it('starts version 1 as a draft by a preparer of the department’s unit, every indicator sentence kept exactly', () => {
    given([]).when(command('DraftDepartmentTargets', preparer, { input })).then([drafted]);
  });

  it('refuses an office drafting by hand, and a preparer of another unit', () => {
    given([]).when(command('DraftDepartmentTargets', office, { input })).thenThrows('FORBIDDEN');
    given([]).when(command('DraftDepartmentTargets', preparerOfOtherUnit, { input })).thenThrows('FORBIDDEN');
  });

  it('names every missing part by its field', () => {
    const error = given([])
      .when(command('DraftDepartmentTargets', preparer, { input: { ...input, overallGoal: ' ', unitCodes: [], subGoals: [{ title: '', goal: '', indicators: [''] }] } }))
      .thenThrows('VALIDATION');
    expect(error.problems.map((problem) => problem.field)).toEqual(['unitCodes', 'overallGoal', 'subGoals[0].title', 'subGoals[0].indicators[0]']);
  });

  it('refuses lists longer than the form holds, naming the list', () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ title: `措施 ${i + 1}`, text: '内容' }));
    given([]).when(command('DraftDepartmentTargets', preparer, { input: { ...input, safeguards: many } })).thenThrows('VALIDATION', 'safeguards');
  });

  it('as an import by the office records the source, and importing the same part one again records nothing', () => {
    const imported = given([]).when(command('DraftDepartmentTargets', office, { input, source })).thenEventTypes(['DepartmentTargetsDrafted']);
    expect(imported[0]?.data).toMatchObject({ source, draftedBy: by(office) });
    given(imported).when(command('DraftDepartmentTargets', office, { input, source })).then([]);
  });

  it('refuses a second document of the year, saying where the first stands', () => {
    const error = given([drafted]).when(command('DraftDepartmentTargets', preparer, { input })).thenThrows('CONFLICT');
    expect(error.message).toContain('第 1 版是草稿');
  });
});

describe('ImportApprovedDepartmentTargets', () => {
  it('makes part one the approved baseline; the same again records nothing; anything else is left alone', () => {
    const events = given([]).when(command('ImportApprovedDepartmentTargets', office, { input, source })).then([
      { type: 'DepartmentTargetsBaselineImported', data: { ...key, version: 1, content, importedBy: by(office), source } },
    ]);
    expect(departmentTargetsStatus(stateAfter(events))).toBe('APPROVED');
    given(events).when(command('ImportApprovedDepartmentTargets', office, { input, source })).then([]);
    given([drafted]).when(command('ImportApprovedDepartmentTargets', office, { input, source })).thenThrows('CONFLICT');
  });

  it('is for the department unit’s office or an administrator only', () => {
    given([]).when(command('ImportApprovedDepartmentTargets', preparer, { input, source })).thenThrows('FORBIDDEN');
    given([]).when(command('ImportApprovedDepartmentTargets', officeOfOtherUnit, { input, source })).thenThrows('FORBIDDEN');
  });
});

describe('ReviseDepartmentTargets and SetDepartmentBasicExpenditure', () => {
  const revisedInput = { ...input, overallGoal: '坚持以人民为中心，做好就业和社保工作。' };

  it('records the revised content, and nothing for an unchanged one', () => {
    given([drafted])
      .when(command('ReviseDepartmentTargets', preparer, { input: revisedInput }))
      .then([{ type: 'DepartmentTargetsRevised', data: { ...key, version: 1, content: { ...content, overallGoal: revisedInput.overallGoal }, revisedBy: by(preparer) } }]);
    given([drafted]).when(command('ReviseDepartmentTargets', preparer, { input })).then([]);
  });

  it('refuses a revision under review or once approved, and by someone outside the unit without saying how it stands', () => {
    given([drafted, submitted]).when(command('ReviseDepartmentTargets', preparer, { input: revisedInput })).thenThrows('CONFLICT');
    given(approved).when(command('ReviseDepartmentTargets', preparer, { input: revisedInput })).thenThrows('CONFLICT');
    const error = given([drafted, submitted]).when(command('ReviseDepartmentTargets', preparerOfOtherUnit, { input: revisedInput })).thenThrows('FORBIDDEN');
    expect(error.message).not.toContain('审核');
  });

  it('keeps 基本支出 in fen, kept through revisions, and refuses what is not an amount', () => {
    const set = given([drafted])
      .when(command('SetDepartmentBasicExpenditure', preparer, { amount: '1250000.50' }))
      .then([{ type: 'DepartmentBasicExpenditureSet', data: { ...key, version: 1, basicExpenditureFen: 125000050, setBy: by(preparer) } }]);
    given([drafted, ...set]).when(command('SetDepartmentBasicExpenditure', preparer, { amount: '1250000.50' })).then([]);
    const revised = given([drafted, ...set]).when(command('ReviseDepartmentTargets', preparer, { input: revisedInput })).thenEventTypes(['DepartmentTargetsRevised']);
    expect(stateAfter([drafted, ...set, ...revised]).content.basicExpenditureFen).toBe(125000050);
    given([drafted]).when(command('SetDepartmentBasicExpenditure', preparer, { amount: '125万' })).thenThrows('VALIDATION', 'amount');
    given([drafted]).when(command('SetDepartmentBasicExpenditure', preparer, { amount: '-1' })).thenThrows('VALIDATION', 'amount');
  });
});

describe('the approval chain (the shared stage)', () => {
  it('submits to the chain given, office then leader approve, and the version becomes the baseline', () => {
    given([drafted]).when(command('SubmitDepartmentTargets', preparer, { chain })).then([submitted]);
    given([drafted, submitted]).when(command('ApproveDepartmentTargetsStep', office, { step: 'OFFICE' })).then([officeApproved]);
    given([drafted, submitted, officeApproved]).when(command('ApproveDepartmentTargetsStep', leader, { step: 'LEADER' })).then(leaderApproved);
    const state = stateAfter(approved);
    expect([state.lifecycle, state.baseline?.version, departmentTargetsStatus(state)]).toEqual(['APPROVED', 1, 'APPROVED']);
  });

  it('returns with a reason to the preparer, who resubmits on the same chain', () => {
    const returned = given([drafted, submitted])
      .when(command('ReturnDepartmentTargets', office, { step: 'OFFICE', to: 'PREPARER', reason: '结案率缺少依据' }))
      .thenEventTypes(['DepartmentTargetsReturned']);
    expect(departmentTargetsStatus(stateAfter([drafted, submitted, ...returned]))).toBe('RETURNED');
    given([drafted, submitted]).when(command('ReturnDepartmentTargets', office, { step: 'OFFICE', to: 'PREPARER', reason: ' ' })).thenThrows('VALIDATION', 'reason');
    const resubmitted = given([drafted, submitted, ...returned]).when(command('ResubmitDepartmentTargets', preparer)).thenEventTypes(['DepartmentTargetsSubmitted']);
    expect(resubmitted[0]?.data).toMatchObject({ resubmission: true, chain });
  });

  it('refuses a step out of turn, a decider without the role, and the same office twice', () => {
    given([drafted, submitted]).when(command('ApproveDepartmentTargetsStep', leader, { step: 'LEADER' })).thenThrows('CONFLICT');
    given([drafted, submitted]).when(command('ApproveDepartmentTargetsStep', preparer, { step: 'OFFICE' })).thenThrows('FORBIDDEN');
    given([drafted, submitted]).when(command('ApproveDepartmentTargetsStep', officeOfOtherUnit, { step: 'OFFICE' })).thenThrows('FORBIDDEN');
    given([drafted, submitted, officeApproved]).when(command('ApproveDepartmentTargetsStep', otherOffice, { step: 'OFFICE' })).thenThrows('CONFLICT');
  });

  it('lets the preparer withdraw while no step has decided, and not after', () => {
    given([drafted, submitted])
      .when(command('WithdrawDepartmentTargetsSubmission', preparer))
      .then([{ type: 'DepartmentTargetsSubmissionWithdrawn', data: { ...key, version: 1, chain: chainRef, withdrawnBy: by(preparer) } }]);
    given([drafted, submitted, officeApproved]).when(command('WithdrawDepartmentTargetsSubmission', preparer)).thenThrows('CONFLICT');
  });

  it('answers NOT_FOUND before anything is drafted, and refuses whoever may not read the department’s document first', () => {
    given([]).when(command('SubmitDepartmentTargets', preparer, { chain })).thenThrows('NOT_FOUND');
    const error = given([drafted, submitted]).when(command('ApproveDepartmentTargetsStep', officeOfOtherUnit, { step: 'OFFICE' })).thenThrows('FORBIDDEN');
    expect(error.message).not.toContain('第 1 版');
  });
});

describe('StartDepartmentTargetsAdjustment', () => {
  it('starts version 2 from the approved one, which stays the baseline while the adjustment is reviewed', () => {
    given(approved).when(command('StartDepartmentTargetsAdjustment', preparer, { reason: '年中追加资金' })).then([adjustmentStarted]);
    const revised = { ...input, overallGoal: '调整后的总体目标。' };
    const history = [...approved, adjustmentStarted];
    const revision = given(history).when(command('ReviseDepartmentTargets', preparer, { input: revised })).thenEventTypes(['DepartmentTargetsRevised']);
    const underReview = stateAfter([...history, ...revision, { ...submitted, data: { ...submitted.data, version: 2, baselineVersion: 1 } }]);
    expect([underReview.version, underReview.content.overallGoal, underReview.baseline?.version, underReview.baseline?.content.overallGoal]).toEqual([
      2,
      '调整后的总体目标。',
      1,
      input.overallGoal,
    ]);
  });

  it('needs a reason, and an approved document with no adjustment in hand', () => {
    given(approved).when(command('StartDepartmentTargetsAdjustment', preparer, { reason: '' })).thenThrows('VALIDATION', 'reason');
    given([drafted]).when(command('StartDepartmentTargetsAdjustment', preparer, { reason: '调整' })).thenThrows('CONFLICT');
    given([...approved, adjustmentStarted]).when(command('StartDepartmentTargetsAdjustment', preparer, { reason: '调整' })).thenThrows('CONFLICT');
  });
});

describe('links from sub-goals to project tables', () => {
  const tables = [
    { projectCode: 'P-JY', name: '就业工作经费', unitCode: '323001', goals: [] },
    { projectCode: 'P-ZC', name: '劳动仲裁经费', unitCode: '323001', goals: [] },
    { projectCode: 'P-YL', name: '工伤保险专项经费', unitCode: '323003', goals: [] },
  ];

  it('suggests by the rule, then nothing new when asked again', () => {
    const suggested = given([drafted]).when(command('SuggestSubGoalLinks', preparer, { tables })).then([
      {
        type: 'SubGoalLinksSuggested',
        data: {
          ...key,
          suggestions: [
            { subGoal: 0, projectCode: 'P-JY', terms: ['就业', '业工'] },
            { subGoal: 1, projectCode: 'P-ZC', terms: ['劳动', '动仲', '仲裁'] },
          ],
          suggestedBy: by(preparer),
        },
      },
    ]);
    given([drafted, ...suggested]).when(command('SuggestSubGoalLinks', preparer, { tables })).then([]);
  });

  it('confirms a suggestion or a link of a person’s own, removes one, and does not suggest a removed link again', () => {
    const suggested = given([drafted]).when(command('SuggestSubGoalLinks', preparer, { tables })).thenEventTypes(['SubGoalLinksSuggested']);
    const confirmed = given([drafted, ...suggested]).when(command('ConfirmSubGoalLink', preparer, { subGoal: 1, projectCode: 'P-ZC', tables })).thenEventTypes(['SubGoalLinkConfirmed']);
    const own = given([drafted, ...suggested, ...confirmed]).when(command('ConfirmSubGoalLink', preparer, { subGoal: 0, projectCode: 'P-YL', tables })).thenEventTypes(['SubGoalLinkConfirmed']);
    const removed = given([drafted, ...suggested, ...confirmed, ...own]).when(command('RemoveSubGoalLink', preparer, { subGoal: 0, projectCode: 'P-JY' })).thenEventTypes(['SubGoalLinkRemoved']);
    const history = [drafted, ...suggested, ...confirmed, ...own, ...removed];
    expect(stateAfter(history).links).toEqual([
      { subGoal: 1, projectCode: 'P-ZC', status: 'CONFIRMED', reason: '劳动、动仲、仲裁' },
      { subGoal: 0, projectCode: 'P-YL', status: 'CONFIRMED', reason: null },
    ]);
    given(history).when(command('SuggestSubGoalLinks', preparer, { tables })).then([]);
  });

  it('refuses a sub-goal or table that is not the department’s, and removing a link that is not there', () => {
    given([drafted]).when(command('ConfirmSubGoalLink', preparer, { subGoal: 2, projectCode: 'P-JY', tables })).thenThrows('VALIDATION', 'subGoal');
    given([drafted]).when(command('ConfirmSubGoalLink', preparer, { subGoal: 0, projectCode: 'P-XX', tables })).thenThrows('VALIDATION', 'projectCode');
    given([drafted]).when(command('RemoveSubGoalLink', preparer, { subGoal: 0, projectCode: 'P-JY' })).thenThrows('VALIDATION', 'projectCode');
  });

  it('is kept by a preparer of the department’s unit in any stage, not by an auditor or a preparer elsewhere', () => {
    given(approved).when(command('ConfirmSubGoalLink', preparer, { subGoal: 0, projectCode: 'P-JY', tables })).thenEventTypes(['SubGoalLinkConfirmed']);
    given(approved).when(command('ConfirmSubGoalLink', auditor, { subGoal: 0, projectCode: 'P-JY', tables })).thenThrows('FORBIDDEN');
    given(approved).when(command('ConfirmSubGoalLink', preparerOfOtherUnit, { subGoal: 0, projectCode: 'P-JY', tables })).thenThrows('FORBIDDEN');
  });

  it('drops a link to a sub-goal a revision removed', () => {
    const confirmed = given([drafted]).when(command('ConfirmSubGoalLink', preparer, { subGoal: 1, projectCode: 'P-ZC', tables })).thenEventTypes(['SubGoalLinkConfirmed']);
    const revised = given([drafted, ...confirmed])
      .when(command('ReviseDepartmentTargets', preparer, { input: { ...input, subGoals: input.subGoals.slice(0, 1) } }))
      .thenEventTypes(['DepartmentTargetsRevised']);
    expect(stateAfter([drafted, ...confirmed, ...revised]).links).toEqual([]);
  });
});

describe('ReportDepartmentIndicatorProgress', () => {
  const report = (actor: Actor, rest: object = {}) =>
    command('ReportDepartmentIndicatorProgress', actor, { subGoal: 0, index: 1, value: ' 180 ', asOf: '2022-06-30', ...rest });
  const reported = (rest: object = {}): DepartmentTargetsEvent => ({
    type: 'DepartmentIndicatorProgressReported',
    data: {
      ...key,
      baselineVersion: 1,
      subGoal: 0,
      index: 1,
      sentence: '享受就业补助人数 300人以上',
      value: '180',
      asOf: '2022-06-30',
      expectedFullYear: null,
      likelihood: null,
      note: null,
      reportedBy: by(preparer),
      ...rest,
    },
  });

  it('records what an indicator of the approved baseline has reached, as of a date, with the indicator’s sentence', () => {
    given(approved).when(report(preparer)).then([reported()]);
  });

  it('takes the expected full-year value, the likelihood and a note as well, and the reports add up in the order made', () => {
    const forecast = { expectedFullYear: '320', likelihood: 'POSSIBLE', note: '下半年集中发放' };
    given([...approved, reported()]).when(report(preparer, { value: '240', asOf: '2022-07-31', ...forecast })).then([
      reported({ value: '240', asOf: '2022-07-31', ...forecast }),
    ]);
    const state = stateAfter([...approved, reported(), reported({ value: '240', asOf: '2022-07-31', ...forecast })]);
    expect(state.progress.map((line) => [line.value, line.asOf, line.likelihood, line.reportedBy])).toEqual([
      ['180', '2022-06-30', null, preparer.userId],
      ['240', '2022-07-31', 'POSSIBLE', preparer.userId],
    ]);
  });

  it('reports words against a sentence without a figure', () => {
    given(approved)
      .when(report(preparer, { subGoal: 1, index: 0, value: '已结案 32 起' }))
      .then([reported({ subGoal: 1, index: 0, sentence: '办理劳动仲裁案件 60起，结案率达到 90%以上', value: '已结案 32 起' })]);
  });

  it('goes on against the baseline in force while an adjustment is in hand', () => {
    given([...approved, adjustmentStarted]).when(report(preparer)).then([reported()]);
  });

  it('refuses a document not approved yet, saying where it stands', () => {
    const error = given([drafted, submitted]).when(report(preparer)).thenThrows('CONFLICT');
    expect(error.message).toContain('第 1 版正等待');
    given([]).when(report(preparer)).thenThrows('NOT_FOUND');
  });

  it('names every wrong field at once, in Chinese', () => {
    const error = given(approved)
      .when(report(preparer, { value: '三百', asOf: '2023-01-05', expectedFullYear: '很多', likelihood: 'MAYBE' }))
      .thenThrows('VALIDATION');
    expect(error.problems.map((problem) => problem.field)).toEqual(['value', 'asOf', 'expectedFullYear', 'likelihood']);
    expect(error.problems[1]!.message).toContain('不是 2022 年度的日期');
    given(approved).when(report(preparer, { subGoal: 5 })).thenThrows('VALIDATION', 'subGoal');
    given(approved).when(report(preparer, { index: 2 })).thenThrows('VALIDATION', 'index');
    given(approved).when(report(preparer, { value: '' })).thenThrows('VALIDATION', 'value');
  });

  it('is for a preparer of the department’s unit: not the office, an auditor, or a preparer elsewhere, who learns nothing of it', () => {
    given(approved).when(report(preparerOfOtherSection)).thenEventTypes(['DepartmentIndicatorProgressReported']);
    given(approved).when(report(office)).thenThrows('FORBIDDEN');
    given(approved).when(report(auditor)).thenThrows('FORBIDDEN');
    const error = given(approved).when(report(preparerOfOtherUnit)).thenThrows('FORBIDDEN');
    expect(error.message).not.toContain('第 1 版');
  });
});

describe('who is who in these scenarios', () => {
  it('a section preparer of the department’s unit prepares its document, as the document names no section', () => {
    given([]).when(command('DraftDepartmentTargets', preparerOfOtherSection, { input })).thenEventTypes(['DepartmentTargetsDrafted']);
  });
});
