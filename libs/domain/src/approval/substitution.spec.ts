import { describe, expect, it } from '@jest/globals';
import { scenario } from '../../test/given.js';
import { approveEvaluation, evaluationHistory, execution, explain, key, open, record, submitEvaluation } from '../../test/final-evaluation-workflow.js';
import type { ApproveFinalEvaluationStep } from '../final-evaluation/final-evaluation.commands.js';
import { approve, draft, historyOf, returnTo, submit } from '../../test/target-table-workflow.js';
import { office, preparer, sectionHead, sectionId, unitCode } from '../../test/workflow-people.js';
import type { Actor } from '../common/actor.js';
import { finalEvaluationDecider } from '../final-evaluation/decide-final-evaluation.js';
import { targetTableDecider } from '../target-table/decide-target-table.js';
import type { StepDelegation, SubstitutionFacts } from './substitution.js';

/**
 * 代理审批 (docs/deadlines-and-rectification.md): the office named 徐明, 分管副局长 (he reads every
 * document of the unit), to decide the office's step in place of 陈红 (chen.hong). Submitted on 1 March
 * 2023 with 5 decision days, the step is due on the 6th, overdue from the 7th and escalated —
 * open to the substitute — from the 9th (3 escalation days).
 */
const substitute: Actor = { userId: 'xu.ming', roles: ['LEADER'], unitCode, sectionId: null };
const forOffice: StepDelegation = {
  delegationId: '323001-D1',
  unitCode,
  sectionId: null,
  role: 'OFFICE',
  delegatorUserId: office.userId,
  substituteUserId: substitute.userId,
  validFrom: '2023-03-01',
  validUntil: '2023-03-31',
  revoked: false,
};
const at = (day: string, delegations: StepDelegation[] = [forOffice]): SubstitutionFacts => ({
  now: `${day}T02:00:00Z`,
  awaitedSince: '2023-03-01T02:00:00Z',
  decisionDays: 5,
  escalationDays: 3,
  delegations,
});

describe('deciding a step as substitute (target table)', () => {
  const given = scenario(targetTableDecider);
  const awaitingOffice = historyOf([draft(), submit(), approve('SECTION', sectionHead)]);
  const approveAsSubstitute = (facts: SubstitutionFacts | undefined, actor: Actor = substitute) => ({ ...approve('OFFICE', actor), ...(facts === undefined ? {} : { substitution: facts }) });

  it('lets the named substitute decide once the step is overdue by the escalation days, recording for whom', () => {
    const [stepApproved] = given(awaitingOffice).when(approveAsSubstitute(at('2023-03-09'))).thenEventTypes(['TargetTableStepApproved', 'TargetTableApproved']);
    expect(stepApproved!.data).toMatchObject({ step: 'OFFICE', approvedBy: { userId: 'xu.ming' }, asSubstitute: { delegationId: '323001-D1', forUserId: office.userId } });
  });

  it('returns as substitute too, saying so', () => {
    const returned = given(awaitingOffice).when({ ...returnTo('PREPARER', 'OFFICE', substitute), substitution: at('2023-03-10') }).thenEventTypes(['TargetTableReturned']);
    expect(returned[0]!.data).toMatchObject({ returnedBy: { userId: 'xu.ming' }, asSubstitute: { forUserId: office.userId } });
  });

  it('refuses the substitute before the step is overdue by the escalation days', () => {
    const early = given(awaitingOffice).when(approveAsSubstitute(at('2023-03-08'))).thenThrows('FORBIDDEN');
    expect(early.message).toContain('已逾期 2 天，逾期满 3 天才可由代理人审核');
    const notOverdue = given(awaitingOffice).when(approveAsSubstitute(at('2023-03-05'))).thenThrows('FORBIDDEN');
    expect(notOverdue.message).toContain('尚未逾期');
  });

  it('refuses a revoked delegation, and one outside its days', () => {
    const revoked = given(awaitingOffice).when(approveAsSubstitute(at('2023-03-10', [{ ...forOffice, revoked: true }]))).thenThrows('FORBIDDEN');
    expect(revoked.message).toContain('已撤销');
    const expired = given(awaitingOffice).when(approveAsSubstitute(at('2023-04-02'))).thenThrows('FORBIDDEN');
    expect(expired.message).toContain('有效期为 2023-03-01 至 2023-03-31');
  });

  it('gives nothing to someone no delegation names, to a delegation of another role or unit, or without the facts', () => {
    const someoneElse: Actor = { ...substitute, userId: 'qian.na' };
    expect(given(awaitingOffice).when(approveAsSubstitute(at('2023-03-10'), someoneElse)).thenThrows('FORBIDDEN').message).toContain('没有 OFFICE 角色');
    given(awaitingOffice).when(approveAsSubstitute(at('2023-03-10', [{ ...forOffice, role: 'LEADER' }]))).thenThrows('FORBIDDEN');
    given(awaitingOffice).when(approveAsSubstitute(at('2023-03-10', [{ ...forOffice, unitCode: '323003' }]))).thenThrows('FORBIDDEN');
    given(awaitingOffice).when(approveAsSubstitute(undefined)).thenThrows('FORBIDDEN');
  });

  it('refuses a substitute the directory has since moved where they may not read the document', () => {
    const moved: Actor = { ...substitute, roles: ['PREPARER'], sectionId: 'labour-relations' };
    expect(given(awaitingOffice).when(approveAsSubstitute(at('2023-03-10'), moved)).thenThrows('FORBIDDEN').message).toContain('不能查看该文件');
  });

  it('holds the substitute to separation of duties: not the submitter, not the decider of another step', () => {
    const forSectionByPreparer: StepDelegation = { ...forOffice, role: 'SECTION_HEAD', sectionId, delegatorUserId: sectionHead.userId, substituteUserId: preparer.userId };
    const submitted = historyOf([draft(), submit()]);
    const bySubmitter = given(submitted).when({ ...approve('SECTION', preparer), substitution: at('2023-03-10', [forSectionByPreparer]) }).thenThrows('FORBIDDEN');
    expect(bySubmitter.message).toContain('职责分离');
    const forOfficeBySectionHead: StepDelegation = { ...forOffice, substituteUserId: sectionHead.userId };
    const twice = given(awaitingOffice).when({ ...approve('OFFICE', sectionHead), substitution: at('2023-03-10', [forOfficeBySectionHead]) }).thenThrows('FORBIDDEN');
    expect(twice.message).toContain('职责分离');
  });

  it('leaves the role’s own holder deciding as before, whatever the delegations', () => {
    const [stepApproved] = given(awaitingOffice).when({ ...approve('OFFICE', office), substitution: at('2023-03-02') }).thenEventTypes(['TargetTableStepApproved', 'TargetTableApproved']);
    expect(stepApproved!.data).not.toHaveProperty('asSubstitute');
  });
});

describe('deciding a step as substitute (final evaluation: the same shared rule)', () => {
  const given = scenario(finalEvaluationDecider);
  const awaitingOffice = evaluationHistory([open(), record(), execution(), explain(), submitEvaluation(), approveEvaluation('SECTION', sectionHead)]);

  const approveAsSubstitute = (day: string): ApproveFinalEvaluationStep => ({ type: 'ApproveFinalEvaluationStep', ...key, actor: substitute, step: 'OFFICE', substitution: at(day) });

  it('lets the substitute decide the overdue office step, and refuses them before', () => {
    const [stepApproved] = given(awaitingOffice).when(approveAsSubstitute('2023-03-09')).thenEventTypes(['FinalEvaluationStepApproved', 'FinalEvaluationApproved']);
    expect(stepApproved!.data).toMatchObject({ asSubstitute: { forUserId: office.userId } });
    given(awaitingOffice).when(approveAsSubstitute('2023-03-07')).thenThrows('FORBIDDEN');
  });
});
