import { describe, expect, it } from '@jest/globals';
import { refusalOf } from '../../test/refusal.js';
import { office, otherOffice, preparer, preparingHead, sectionHead, sectionId, twoStepChain, unitCode, headInOffice } from '../../test/workflow-people.js';
import { approveReviewStep } from './approve-review-step.js';
import { stageAfterApproved, stageAfterReturned, stageAfterStepApproved, stageAfterSubmitted, stageAfterWithdrawn } from './evolve-review-stage.js';
import { returnReview } from './return-review.js';
import type { ReviewStage } from './review.js';
import { resubmitForReview, submitForReview } from './submit-for-review.js';
import { withdrawReviewSubmission } from './withdraw-review-submission.js';

const scope = { unitCode, sectionId };
const subject = { noun: 'final evaluation', version: 1 };
const draft: ReviewStage = { status: 'DRAFT' };
const submitted = (by = preparer) => stageAfterSubmitted(draft, submitForReview(draft, twoStepChain, by, scope, subject));
const atOffice = () => stageAfterStepApproved(submitted(), approveReviewStep(submitted(), { actor: sectionHead, step: 'SECTION' }, scope, subject).stepApproved);

describe('a document through the approval chain', () => {
  it('is approved when its last step is: section head, then office', () => {
    const { stepApproved, approved } = approveReviewStep(atOffice(), { actor: office, step: 'OFFICE', comment: '同意' }, scope, subject);
    expect(stepApproved.nextStep).toBeNull();
    expect(approved?.approvals.map((approval) => [approval.step, approval.by.userId, approval.comment])).toEqual([
      ['SECTION', 'li.qiang', null],
      ['OFFICE', 'chen.hong', '同意'],
    ]);
    expect(stageAfterApproved(stageAfterStepApproved(atOffice(), stepApproved), approved!).status).toBe('APPROVED');
  });

  it('refuses the submitter as a decider (separation of duties)', () => {
    const error = refusalOf(() => approveReviewStep(submitted(preparingHead), { actor: preparingHead, step: 'SECTION' }, scope, subject));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/^你提交了该final evaluation的第 1 版，因此不能审核其中任何步骤/);
  });

  it('refuses one person deciding two steps of one submission', () => {
    const stage = stageAfterStepApproved(submitted(), approveReviewStep(submitted(), { actor: headInOffice, step: 'SECTION' }, scope, subject).stepApproved);
    expect(refusalOf(() => approveReviewStep(stage, { actor: headInOffice, step: 'OFFICE' }, scope, subject)).code).toBe('FORBIDDEN');
  });

  it('refuses a step not yet awaited with CONFLICT saying what is awaited', () => {
    const error = refusalOf(() => approveReviewStep(submitted(), { actor: office, step: 'OFFICE' }, scope, subject));
    expect(error.message).toBe(
      '不能批准「办公室审核」步骤：该final evaluation（第 1 版）正等待「科室负责人审核」步骤。',
    );
  });

  it('returns to an earlier step, which decides again, and to the preparer, who resubmits on the same chain', () => {
    const back = stageAfterReturned(atOffice(), returnReview(atOffice(), { actor: office, step: 'OFFICE', to: 'SECTION', reason: '请补充说明' }, scope, subject, '…'));
    expect(back.status === 'IN_REVIEW' && back.review.currentStepIndex).toBe(0);
    const toPreparer = returnReview(atOffice(), { actor: office, step: 'OFFICE', to: 'PREPARER', reason: '请补充说明' }, scope, subject, '…');
    const returned = stageAfterReturned(atOffice(), toPreparer);
    expect(returned.status).toBe('RETURNED');
    const resubmission = resubmitForReview(returned, preparer, scope, subject);
    expect([resubmission.resubmission, resubmission.chain]).toEqual([true, twoStepChain]);
  });

  it('refuses a return without a reason, with nothing decided', () => {
    expect(refusalOf(() => returnReview(atOffice(), { actor: office, step: 'OFFICE', to: 'PREPARER', reason: ' ' }, scope, subject, '说明原因')).problems).toEqual([
      { field: 'reason', message: '必填：请说明原因，例如「说明原因」' },
    ]);
  });

  it('lets the preparer withdraw only while no step has decided', () => {
    expect(stageAfterWithdrawn(submitted()).status).toBe('DRAFT');
    expect(withdrawReviewSubmission(submitted(), preparer, scope, subject).withdrawnBy.userId).toBe('wang.jing');
    expect(refusalOf(() => withdrawReviewSubmission(atOffice(), preparer, scope, subject)).code).toBe('CONFLICT');
  });

  it('refuses an office deciding the section step', () => {
    expect(refusalOf(() => approveReviewStep(submitted(), { actor: otherOffice, step: 'SECTION' }, scope, subject)).code).toBe('FORBIDDEN');
  });
});
