import { describe, expect, it } from '@jest/globals';
import { scenario } from '../../test/given.js';
import { reviewAtSubmission } from '../review-assistant/review-at-submission.js';
import {
  reviewOf,
  statusOf,
  adjustedTable3,
  approve,
  auditor,
  draft,
  fiscalYear,
  headInOffice,
  headOfOtherSection,
  historyOf,
  leader,
  office,
  officeOfOtherUnit,
  otherOffice,
  otherPreparer,
  otherSectionHead,
  preparer,
  preparerOfOtherSection,
  preparingHead,
  projectCode,
  proposeAdjustment,
  resubmit,
  returnTo,
  revise,
  sectionHead,
  stateOf,
  submit,
  table3,
  threeStepChain,
  twoStepChain,
  withdraw,
} from '../../test/target-table-workflow.js';
import { targetTableDecider } from './decide-target-table.js';
import { seedTable9 } from './fixtures/seed-table-9.js';
import { seedTable10 } from './fixtures/seed-table-10.js';
import { actingUser, type Actor } from '../common/actor.js';
import type { TargetTableInput } from './target-table.commands.js';
import { toContent } from './target-table-input.js';

const given = scenario(targetTableDecider);
const content = toContent(table3);
const key = { projectCode, fiscalYear, version: 1 };
const chain1 = { chainId: '323001', chainVersion: 1 };

const drafted = historyOf([draft()]);
const submitted = historyOf([draft(), submit()]);
const atOffice = historyOf([draft(), submit(), approve('SECTION', sectionHead, '同意')]);
const approved = historyOf([draft(), submit(), approve('SECTION', sectionHead), approve('OFFICE', office)]);
/** A preparer of 323003 (社会保险事业服务中心), where seed tables 9–15 belong. */
const injuryPreparer: Actor = { userId: 'feng.yu', roles: ['PREPARER'], unitCode: '323003', sectionId: 'injury-insurance' };

describe('SubmitTargetTable', () => {
  it('sends the draft to the chain given, recording who submitted, the chain and the review assistant\'s one warning for seed table 3 (就业人数登记率 described as 失业人数)', () => {
    // The warning the event must carry, named here so that a submission dropping it fails.
    expect(reviewAtSubmission(content).map((w) => [w.code, w.field])).toEqual([['DESCRIPTION_CONTRADICTS_NAME', 'indicators[2].description']]);
    given(drafted).when(submit()).then([
      {
        type: 'TargetTableSubmitted',
        data: {
          ...key,
          content,
          chain: twoStepChain,
          submittedBy: { userId: 'wang.jing', unitCode: '323001', sectionId: 'employment' },
          resubmission: false,
          warnings: reviewAtSubmission(content),
          baselineVersion: null,
        },
      },
    ]);
  });

  it('keeps the warnings on the version it submits (seed table 9: a revenue under 成本)', () => {
    const table9: TargetTableInput = {
      ...seedTable9,
      sectionId: 'pension',
      spendingPlan: { mar: '75000.00', jun: '150000.00', oct: '225000.00', dec: '300000.00' },
    };
    const pensionPreparer: Actor = { userId: 'guo.li', roles: ['PREPARER'], unitCode: '323003', sectionId: 'pension' };
    const [event] = given(historyOf([draft(table9, pensionPreparer)])).when(submit(pensionPreparer)).thenEventTypes(['TargetTableSubmitted']);
    expect(event?.type === 'TargetTableSubmitted' && event.data.warnings.map((w) => [w.code, w.field])).toEqual([
      ['COST_NOT_A_COST', 'indicators[3].valueText'],
    ]);
  });

  it('refuses seed table 10 with VALIDATION naming every error, the head-count target without a number first among the indicators', () => {
    const table10: TargetTableInput = { ...seedTable10, sectionId: 'injury-insurance' };
    const error = given(historyOf([draft(table10, injuryPreparer)]))
      .when(submit(injuryPreparer))
      .thenThrows('VALIDATION', 'indicators[0].valueText');
    expect(error.problems).toEqual([
      {
        code: 'PLAN_PER_QUARTER',
        field: 'spendingPlan',
        message:
          '资金支出计划看起来是按季度填写的，而不是累计数：3月底 5000.00 元 + 6月底 5000.00 元 + 10月底 5000.00 元 + 12月底 5000.00 元 = 20000.00 元，正好是预算数。每一栏应是截至该时点的累计计划数：请填写 5000.00 元 / 10000.00 元 / 15000.00 元 / 20000.00 元。',
      },
      {
        code: 'TARGET_NOT_MEASURABLE',
        field: 'indicators[0].valueText',
        message:
          '第 1 项指标「工伤待遇领取人数」的指标值「人数」是没有数字的词语，无法衡量：请写出比较符、数值和单位（例如 ≥300人、≤2420元），或写等级短语（例如 效果显著）。',
      },
    ]);
    expect(error.message).toMatch(/^目标表第 1 版有 2 个问题，改正后才能提交：spendingPlan：/);
    expect(error.message).toContain('indicators[0].valueText：第 1 项指标「工伤待遇领取人数」的指标值「人数」');
  });

  it('refuses a table without an owning section: the section step would have nobody to go to', () => {
    const error = given(historyOf([draft(seedTable10, injuryPreparer)]))
      .when(submit(injuryPreparer))
      .thenThrows('VALIDATION', 'sectionId');
    expect(error.problems.map((p) => p.field)).toEqual(['sectionId', 'spendingPlan', 'indicators[0].valueText']);
  });

  it('names every problem of a malformed chain before looking at the table', () => {
    const chain = { chainId: ' ', chainVersion: 0, steps: [{ step: 'PREPARER', role: 'SECTION_HEAD' }, { step: 'OFFICE', role: 'AUDITOR' }, { step: 'OFFICE', role: 'OFFICE' }] };
    const error = given([]).when({ ...submit(), chain }).thenThrows('VALIDATION');
    expect(error.problems).toEqual([
      { field: 'chain.chainId', message: '必填：请给出单位审批链的 id' },
      { field: 'chain.chainVersion', message: '0 不是审批链版本：请填写从 1 开始的整数' },
      { field: 'chain.steps[0].step', message: '「PREPARER」表示退回经办人：请为该步骤另取 id' },
      { field: 'chain.steps[1].role', message: '"AUDITOR" 不能审核步骤：请使用 SECTION_HEAD、OFFICE、LEADER' },
      { field: 'chain.steps[2].step', message: '「OFFICE」已是审批链中更早的步骤：步骤 id 不能重复' },
    ]);
    given([]).when({ ...submit(), chain: { chainId: '323001', chainVersion: 1, steps: [] } }).thenThrows('VALIDATION', 'chain.steps');
    given([]).when({ ...submit(), chain: null as never }).thenThrows('VALIDATION', 'chain');
  });

  it('takes the chain as the directory keeps it, with role as text', () => {
    const directoryChain = { chainId: '323001', chainVersion: 3, steps: [{ step: 'SECTION', role: 'SECTION_HEAD' as string }] };
    const [event] = given(drafted).when({ ...submit(), chain: directoryChain }).thenEventTypes(['TargetTableSubmitted']);
    expect(event?.type === 'TargetTableSubmitted' && event.data.chain).toEqual(directoryChain);
  });

  it('refuses someone without the PREPARER role with FORBIDDEN naming the role', () => {
    const error = given(drafted).when(submit(sectionHead)).thenThrows('FORBIDDEN');
    expect(error.message).toBe(
      '提交该目标表需要单位 323001 的 employment 科室的科室经办人（PREPARER）：你没有 PREPARER 角色（你的角色是 科室负责人（SECTION_HEAD））。',
    );
  });

  it('refuses a preparer of another section with FORBIDDEN naming both scopes', () => {
    const error = given(drafted).when(submit(preparerOfOtherSection)).thenThrows('FORBIDDEN');
    expect(error.message).toBe(
      '提交该目标表需要单位 323001 的 employment 科室的科室经办人（PREPARER）：你是单位 323001 的 labour-relations 科室的科室经办人。',
    );
  });

  it('refuses a command without a signed-in user with UNAUTHENTICATED', () => {
    given(drafted).when({ ...submit(), actor: undefined as never }).thenThrows('UNAUTHENTICATED');
    given(drafted).when(submit({ ...preparer, userId: '' })).thenThrows('UNAUTHENTICATED');
  });

  it('lets another preparer of the section submit', () => {
    given(drafted).when(submit(otherPreparer)).thenEventTypes(['TargetTableSubmitted']);
  });
});

describe('ApproveTargetTableStep', () => {
  it('approves the section step with its comment and names the step now awaited', () => {
    given(submitted).when(approve('SECTION', sectionHead, '同意')).then([
      {
        type: 'TargetTableStepApproved',
        data: {
          ...key,
          chain: chain1,
          step: 'SECTION',
          role: 'SECTION_HEAD',
          stepIndex: 0,
          approvedBy: { userId: 'li.qiang', unitCode: '323001', sectionId: 'employment' },
          comment: '同意',
          nextStep: 'OFFICE',
        },
      },
    ]);
  });

  it('approves the version with the last step: its content becomes the baseline, every approval listed', () => {
    given(atOffice).when(approve('OFFICE', office)).then([
      {
        type: 'TargetTableStepApproved',
        data: {
          ...key,
          chain: chain1,
          step: 'OFFICE',
          role: 'OFFICE',
          stepIndex: 1,
          approvedBy: actingUser(office),
          comment: null,
          nextStep: null,
        },
      },
      {
        type: 'TargetTableApproved',
        data: {
          ...key,
          chain: chain1,
          content,
          approvals: [
            { step: 'SECTION', role: 'SECTION_HEAD', by: actingUser(sectionHead), comment: '同意' },
            { step: 'OFFICE', role: 'OFFICE', by: actingUser(office), comment: null },
          ],
          replacedBaselineVersion: null,
        },
      },
    ]);
    expect(stateOf(approved)).toEqual({
      lifecycle: 'APPROVED',
      ...key,
      content,
      baseline: { version: 1, content },
      stage: {
        status: 'APPROVED',
        approvals: [
          { step: 'SECTION', role: 'SECTION_HEAD', by: actingUser(sectionHead), comment: null },
          { step: 'OFFICE', role: 'OFFICE', by: actingUser(office), comment: null },
        ],
      },
    });
  });

  it('records a blank comment as none', () => {
    const [event] = given(submitted).when(approve('SECTION', sectionHead, '  ')).thenEventTypes(['TargetTableStepApproved']);
    expect(event?.type === 'TargetTableStepApproved' && event.data.comment).toBeNull();
  });

  it('goes through a chain with the unit leader, which the table keeps while the unit changes its chain', () => {
    const history = historyOf([draft(), submit(preparer, threeStepChain), approve('SECTION', sectionHead), approve('OFFICE', office)]);
    const state = stateOf(history);
    expect(reviewOf(state)!.chain).toEqual(threeStepChain);
    const events = targetTableDecider.decide(approve('LEADER', leader), state);
    expect(events.map((event) => event.type)).toEqual(['TargetTableStepApproved', 'TargetTableApproved']);
  });

  it('says which steps exist when the step is not in the chain', () => {
    const error = given(submitted).when(approve('LEADER', leader)).thenThrows('VALIDATION', 'step');
    expect(error.problems[0]?.message).toBe(
      '「LEADER」不是审批链 323001 第 1 版的步骤：其步骤为 SECTION（科室负责人审核）、OFFICE（办公室审核）',
    );
  });

  it('refuses the office deciding the section step: FORBIDDEN naming the missing role', () => {
    const error = given(submitted).when(approve('SECTION', office)).thenThrows('FORBIDDEN');
    expect(error.message).toBe(
      '批准「科室负责人审核」步骤需要单位 323001 的 employment 科室的科室负责人（SECTION_HEAD）：你没有 SECTION_HEAD 角色（你的角色是 办公室（OFFICE））。',
    );
  });

  it('refuses the head of another section: FORBIDDEN naming the section', () => {
    const error = given(submitted).when(approve('SECTION', headOfOtherSection)).thenThrows('FORBIDDEN');
    expect(error.message).toBe(
      '批准「科室负责人审核」步骤需要单位 323001 的 employment 科室的科室负责人（SECTION_HEAD）：你是单位 323001 的 labour-relations 科室的科室负责人（SECTION_HEAD）。',
    );
  });

  it('refuses the office of another unit: FORBIDDEN naming the unit', () => {
    const error = given(atOffice).when(approve('OFFICE', officeOfOtherUnit)).thenThrows('FORBIDDEN');
    expect(error.message).toBe(
      '批准「办公室审核」步骤需要单位 323001的办公室（OFFICE）：你是单位 323003的办公室（OFFICE）。',
    );
  });

  it('refuses an auditor, who reads and never decides', () => {
    given(submitted).when(approve('SECTION', auditor)).thenThrows('FORBIDDEN');
  });

  it('refuses a step that is not the awaited one with CONFLICT saying which step is awaited', () => {
    const error = given(submitted).when(approve('OFFICE', office)).thenThrows('CONFLICT');
    expect(error.message).toBe(
      '不能批准「办公室审核」步骤：该目标表正等待「科室负责人审核」步骤。',
    );
  });

  it('lets exactly one of two section heads deciding at once win: the other gets CONFLICT with the current state', () => {
    const winner = targetTableDecider.decide(approve('SECTION', sectionHead), stateOf(submitted));
    // The loser's command is decided again on the stream the winner appended to.
    const error = given([...submitted, ...winner]).when(approve('SECTION', otherSectionHead)).thenThrows('CONFLICT');
    expect(error.message).toBe(
      '不能批准「科室负责人审核」步骤：该目标表正等待「办公室审核」步骤；{{person:li.qiang}}已批准该步骤。',
    );
  });

  it('refuses approving a withdrawn submission with CONFLICT saying the table is a draft again', () => {
    const error = given(historyOf([draft(), submit(), withdraw()])).when(approve('SECTION', sectionHead)).thenThrows('CONFLICT');
    expect(error.message).toBe('不能批准步骤「SECTION」：该目标表是第 1 版草稿，尚未提交审核。');
  });
});

describe('separation of duties', () => {
  it('refuses the submitter deciding any step of the version, even holding the role', () => {
    const error = given(historyOf([draft(), submit(preparingHead)])).when(approve('SECTION', preparingHead)).thenThrows('FORBIDDEN');
    expect(error.message).toBe(
      '你提交了该目标表的第 1 版，因此不能审核其中任何步骤（职责分离）：须由另一位科室负责人（SECTION_HEAD）审核「科室负责人审核」步骤。',
    );
    given(historyOf([draft(), submit(preparingHead)]))
      .when(returnTo('PREPARER', 'SECTION', preparingHead))
      .thenThrows('FORBIDDEN');
  });

  it('lets a preparer who also heads the section decide a version someone else submitted', () => {
    given(submitted).when(approve('SECTION', preparingHead)).thenEventTypes(['TargetTableStepApproved']);
  });

  it('refuses one person deciding two steps of a submission', () => {
    const history = historyOf([draft(), submit(), approve('SECTION', headInOffice)]);
    const error = given(history).when(approve('OFFICE', headInOffice)).thenThrows('FORBIDDEN');
    expect(error.message).toBe(
      '你已审核本次提交的「科室负责人审核」步骤，因此不能再审核「办公室审核」步骤（职责分离）：须由另一位办公室（OFFICE）审核。',
    );
    given(history).when(approve('OFFICE', office)).thenEventTypes(['TargetTableStepApproved', 'TargetTableApproved']);
  });

  it('counts a return as deciding its step: whoever returned at the office step does not then decide the section step', () => {
    const history = historyOf([draft(), submit(), approve('SECTION', sectionHead), returnTo('SECTION', 'OFFICE', headInOffice)]);
    given(history).when(approve('SECTION', headInOffice)).thenThrows('FORBIDDEN');
    given(history).when(approve('SECTION', sectionHead)).thenEventTypes(['TargetTableStepApproved']);
  });

  it('keeps every submitter of the version out after a resubmission by someone else', () => {
    const history = historyOf([draft(), submit(preparingHead), returnTo('PREPARER', 'SECTION', sectionHead), resubmit(otherPreparer)]);
    const state = stateOf(history);
    expect(reviewOf(state)!.submitters).toEqual(['he.ping', 'zhao.lei']);
    given(history).when(approve('SECTION', preparingHead)).thenThrows('FORBIDDEN');
  });
});

describe('ReturnTargetTable', () => {
  it('returns to the preparer with the reason; the preparer may then revise and resubmit on the same chain', () => {
    given(atOffice).when(returnTo('PREPARER', 'OFFICE', office, '请补充成本测算依据')).then([
      {
        type: 'TargetTableReturned',
        data: {
          ...key,
          chain: chain1,
          step: 'OFFICE',
          role: 'OFFICE',
          returnedBy: actingUser(office),
          reason: '请补充成本测算依据',
          to: 'PREPARER',
          toStepIndex: null,
        },
      },
    ]);
    const returned = historyOf([draft(), submit(), approve('SECTION', sectionHead), returnTo('PREPARER', 'OFFICE', office, '请补充成本测算依据')]);
    expect(stateOf(returned)).toMatchObject({
      stage: { status: 'RETURNED', returned: { step: 'OFFICE', role: 'OFFICE', by: actingUser(office), reason: '请补充成本测算依据' } },
    });
    const revised = historyOf([
      draft(),
      submit(),
      approve('SECTION', sectionHead),
      returnTo('PREPARER', 'OFFICE', office),
      revise({ ...table3, purpose: '就业培训及补贴' }),
    ]);
    expect(statusOf(revised)).toBe('RETURNED');
    expect(revised.at(-1)).toEqual({ type: 'TargetTableDraftRevised', data: { ...key, changes: { purpose: '就业培训及补贴' } } });
    given(revised).when(resubmit()).then([
      {
        type: 'TargetTableSubmitted',
        data: {
          ...key,
          content: { ...content, purpose: '就业培训及补贴' },
          chain: twoStepChain,
          submittedBy: actingUser(preparer),
          resubmission: true,
          warnings: reviewAtSubmission({ ...content, purpose: '就业培训及补贴' }),
          baselineVersion: null,
        },
      },
    ]);
  });

  it('starts the resubmission afresh at the first step, with no decisions', () => {
    const history = historyOf([draft(), submit(), approve('SECTION', sectionHead), returnTo('PREPARER', 'OFFICE', office), resubmit()]);
    expect(stateOf(history)).toMatchObject({ stage: { status: 'IN_REVIEW', review: { currentStepIndex: 0, approvals: [], decisions: [] } } });
  });

  it('returns to an earlier step, which decides again; the approvals from it on are reset', () => {
    const atLeader = historyOf([draft(), submit(preparer, threeStepChain), approve('SECTION', sectionHead), approve('OFFICE', office)]);
    const [event] = given(atLeader).when(returnTo('SECTION', 'LEADER', leader, '效益指标需量化')).then([
      {
        type: 'TargetTableReturned',
        data: {
          ...key,
          chain: { chainId: '323001', chainVersion: 2 },
          step: 'LEADER',
          role: 'LEADER',
          returnedBy: actingUser(leader),
          reason: '效益指标需量化',
          to: 'SECTION',
          toStepIndex: 0,
        },
      },
    ]);
    const state = stateOf([...atLeader, event!]);
    expect(state).toMatchObject({ stage: { status: 'IN_REVIEW', review: { currentStepIndex: 0, approvals: [] } } });
    expect(reviewOf(state)!.decisions.map((d) => [d.decision, d.step, d.by.userId])).toEqual([
      ['APPROVED', 'SECTION', 'li.qiang'],
      ['APPROVED', 'OFFICE', 'chen.hong'],
      ['RETURNED', 'LEADER', 'liu.min'],
    ]);
    const again = historyOf([
      draft(),
      submit(preparer, threeStepChain),
      approve('SECTION', sectionHead),
      approve('OFFICE', office),
      returnTo('OFFICE', 'LEADER', leader),
    ]);
    expect(stateOf(again)).toMatchObject({ stage: { review: { currentStepIndex: 1, approvals: [{ step: 'SECTION' }] } } });
    given(again).when(approve('OFFICE', office)).thenEventTypes(['TargetTableStepApproved']);
  });

  it('requires a reason', () => {
    given(submitted).when(returnTo('PREPARER', 'SECTION', sectionHead, '  ')).thenThrows('VALIDATION', 'reason');
  });

  it('returns only to the preparer or an earlier step, saying which are possible', () => {
    const toSelf = given(submitted).when(returnTo('SECTION', 'SECTION', sectionHead)).thenThrows('VALIDATION', 'to');
    expect(toSelf.problems[0]?.message).toBe(
      '「SECTION」不在「科室负责人审核」步骤之前：可退回至 PREPARER（经办人）：没有更早的步骤',
    );
    const toLater = given(atOffice).when(returnTo('LEADER', 'OFFICE', office)).thenThrows('VALIDATION', 'to');
    expect(toLater.problems[0]?.message).toBe('「LEADER」不是该审批链的步骤：可退回至 PREPARER（经办人）或 SECTION（科室负责人审核）');
  });

  it('refuses a return at a step that is not awaited, and by someone without its role', () => {
    given(atOffice).when(returnTo('PREPARER', 'SECTION', sectionHead)).thenThrows('CONFLICT');
    given(atOffice).when(returnTo('PREPARER', 'OFFICE', sectionHead)).thenThrows('FORBIDDEN');
  });
});

describe('WithdrawTargetTableSubmission', () => {
  it('takes back a submission no step has decided: the draft can be revised and submitted again', () => {
    given(submitted).when(withdraw(otherPreparer)).then([
      { type: 'TargetTableSubmissionWithdrawn', data: { ...key, chain: chain1, withdrawnBy: actingUser(otherPreparer) } },
    ]);
    const history = historyOf([draft(), submit(), withdraw()]);
    expect(stateOf(history)).toEqual({ lifecycle: 'FIRST_VERSION', ...key, content, baseline: null, stage: { status: 'DRAFT' } });
    given(history).when(submit()).thenEventTypes(['TargetTableSubmitted']);
  });

  it('refuses once a step has decided, saying who decided and what is awaited', () => {
    const error = given(atOffice).when(withdraw()).thenThrows('CONFLICT');
    expect(error.message).toBe(
      '不能撤回提交：{{person:li.qiang}}已在「科室负责人审核」步骤批准了它，且该目标表正等待「办公室审核」步骤。如需修改，请「办公室审核」步骤的审核人退回经办人。',
    );
  });

  it('refuses after a return to an earlier step, though no approval stands', () => {
    const history = historyOf([draft(), submit(), approve('SECTION', sectionHead), returnTo('SECTION', 'OFFICE', office)]);
    expect(stateOf(history)).toMatchObject({ stage: { review: { approvals: [] } } });
    given(history).when(withdraw()).thenThrows('CONFLICT');
  });

  it('allows withdrawing a resubmission no step has decided yet', () => {
    const history = historyOf([draft(), submit(), returnTo('PREPARER', 'SECTION', sectionHead), resubmit()]);
    given(history).when(withdraw()).thenEventTypes(['TargetTableSubmissionWithdrawn']);
  });

  it('is for preparers of the section only', () => {
    given(submitted).when(withdraw(sectionHead)).thenThrows('FORBIDDEN');
    given(submitted).when(withdraw(preparerOfOtherSection)).thenThrows('FORBIDDEN');
  });
});

describe('ReviseTargetTableDraft in the workflow', () => {
  it('refuses revising a submitted version, telling how to get it back', () => {
    const error = given(submitted).when(revise(adjustedTable3)).thenThrows('CONFLICT');
    expect(error.message).toBe(
      '不能修改已提交的版本：该目标表正等待「科室负责人审核」步骤。请先撤回提交（withdrawTargetTableSubmission），再修改。',
    );
  });

  it('refuses a preparer of another section, and moving the table to another section', () => {
    given(drafted).when(revise(adjustedTable3, preparerOfOtherSection)).thenThrows('FORBIDDEN');
    const error = given(drafted).when(revise({ ...table3, sectionId: 'labour-relations' })).thenThrows('FORBIDDEN');
    expect(error.message).toBe(
      '修改该目标表需要单位 323001 的 labour-relations 科室的科室经办人（PREPARER）：你是单位 323001 的 employment 科室的科室经办人。',
    );
  });

  it('lets a preparer of the unit give a table without a section its section', () => {
    const unsectioned = historyOf([draft({ ...table3, sectionId: null })]);
    given(unsectioned).when(revise(table3)).thenEventTypes(['TargetTableDraftRevised']);
  });

  it('refuses drafting for another unit', () => {
    given([]).when(draft(table3, officeOfOtherUnit)).thenThrows('FORBIDDEN');
    given([]).when(draft({ ...table3, unitCode: '323003' })).thenThrows('FORBIDDEN');
  });
});

describe('ProposeTargetTableAdjustment', () => {
  it('drafts the next version with its reason and changed fields; the approved baseline stays in force', () => {
    given(approved).when(proposeAdjustment()).then([
      {
        type: 'TargetTableAdjustmentProposed',
        data: {
          projectCode,
          fiscalYear,
          version: 2,
          baselineVersion: 1,
          content: toContent(adjustedTable3),
          reason: '县委县政府年中调整培训任务为12次',
          proposedBy: actingUser(preparer),
          changedFields: ['indicators'],
        },
      },
    ]);
    const adjusting = historyOf([draft(), submit(), approve('SECTION', sectionHead), approve('OFFICE', office), proposeAdjustment()]);
    expect(stateOf(adjusting)).toEqual({
      lifecycle: 'ADJUSTING',
      projectCode,
      fiscalYear,
      version: 2,
      content: toContent(adjustedTable3),
      baseline: { version: 1, content },
      stage: { status: 'DRAFT' },
    });
  });

  it('revises the adjustment with only what changed, merged over the adjusted content; the baseline stays', () => {
    const adjusting = historyOf([draft(), submit(), approve('SECTION', sectionHead), approve('OFFICE', office), proposeAdjustment()]);
    given(adjusting).when(revise({ ...adjustedTable3, purpose: '就业培训（年中调整）' })).then([
      { type: 'TargetTableDraftRevised', data: { ...key, version: 2, changes: { purpose: '就业培训（年中调整）' } } },
    ]);
    const revised = historyOf([
      draft(),
      submit(),
      approve('SECTION', sectionHead),
      approve('OFFICE', office),
      proposeAdjustment(),
      revise({ ...adjustedTable3, purpose: '就业培训（年中调整）' }),
    ]);
    expect(stateOf(revised)).toEqual({
      lifecycle: 'ADJUSTING',
      projectCode,
      fiscalYear,
      version: 2,
      content: { ...toContent(adjustedTable3), purpose: '就业培训（年中调整）' },
      baseline: { version: 1, content },
      stage: { status: 'DRAFT' },
    });
  });

  it('keeps the baseline through review, return and withdrawal, and replaces it only on approval', () => {
    const base = [draft(), submit(), approve('SECTION', sectionHead), approve('OFFICE', office), proposeAdjustment()];
    const inReview = historyOf([...base, submit(otherPreparer)]);
    const [event] = inReview.slice(-1);
    expect(event?.type === 'TargetTableSubmitted' && event.data.baselineVersion).toBe(1);
    for (const history of [
      inReview,
      historyOf([...base, submit(otherPreparer), approve('SECTION', otherSectionHead)]),
      historyOf([...base, submit(otherPreparer), returnTo('PREPARER', 'SECTION', sectionHead)]),
      historyOf([...base, submit(otherPreparer), withdraw()]),
    ]) {
      expect(stateOf(history)).toMatchObject({ version: 2, content: toContent(adjustedTable3), baseline: { version: 1, content } });
    }
    const done = historyOf([...base, submit(otherPreparer), approve('SECTION', sectionHead), approve('OFFICE', otherOffice)]);
    const [, finalApproval] = done.slice(-2);
    expect(finalApproval?.type === 'TargetTableApproved' && finalApproval.data.replacedBaselineVersion).toBe(1);
    expect(stateOf(done)).toEqual({
      lifecycle: 'APPROVED',
      projectCode,
      fiscalYear,
      version: 2,
      content: toContent(adjustedTable3),
      baseline: { version: 2, content: toContent(adjustedTable3) },
      stage: { status: 'APPROVED', approvals: [expect.objectContaining({ step: 'SECTION' }), expect.objectContaining({ step: 'OFFICE' })] },
    });
  });

  it('refuses an adjustment that changes nothing, and one without a reason, naming every problem at once', () => {
    given(approved).when(proposeAdjustment(table3)).thenThrows('VALIDATION', 'input');
    const error = given(approved).when(proposeAdjustment({ ...adjustedTable3, name: '' }, preparer, '')).thenThrows('VALIDATION');
    expect(error.problems.map((p) => p.field)).toEqual(['name', 'reason']);
  });

  it('is for preparers of the section only', () => {
    given(approved).when(proposeAdjustment(adjustedTable3, office)).thenThrows('FORBIDDEN');
  });
});

describe('labels', () => {
  it('are the words the API shows for statuses and steps', async () => {
    const { targetTableStatusLabels } = await import('./target-table-labels.js');
    const { approvalStepLabel } = await import('../approval/approval-labels.js');
    expect(targetTableStatusLabels).toEqual({ DRAFT: '草稿', IN_REVIEW: '审核中', RETURNED: '已退回', APPROVED: '已批准', ADJUSTING: '调整中' });
    expect(threeStepChain.steps.map(approvalStepLabel)).toEqual(['科室负责人审核', '办公室审核', '单位负责人审核']);
    expect(approvalStepLabel({ step: 'FINANCE', role: 'OFFICE' })).toBe('办公室审核');
    expect(approvalStepLabel({ step: 'OFFICE', role: 'LEADER' })).toBe('办公室审核');
  });
});
