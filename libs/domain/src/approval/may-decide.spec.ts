import { describe, expect, it } from '@jest/globals';
import {
  headInOffice,
  headOfOtherSection,
  leader,
  office,
  officeOfOtherUnit,
  otherSectionHead,
  preparer,
  preparingHead,
  sectionHead,
  sectionId,
  threeStepChain,
  unitCode,
} from '../../test/workflow-people.js';
import { DomainError } from '../common/domain-error.js';
import type { Actor } from '../common/actor.js';
import { approveReviewStep } from './approve-review-step.js';
import { stageAfterStepApproved, stageAfterSubmitted } from './evolve-review-stage.js';
import { decisionScope, mayDecideAwaitedStep } from './may-decide.js';
import type { ReviewStage } from './review.js';
import { submitForReview } from './submit-for-review.js';

const scope = { unitCode, sectionId };
const subject = { noun: 'mid-term review', version: 1 };
const draft: ReviewStage = { status: 'DRAFT' };
const submittedBy = (by: Actor) => stageAfterSubmitted(draft, submitForReview(draft, threeStepChain, by, scope, subject));
const approvedAtSection = (by: Actor) =>
  stageAfterStepApproved(submittedBy(preparer), approveReviewStep(submittedBy(preparer), { actor: by, step: 'SECTION' }, scope, subject).stepApproved);

function reviewOf(stage: ReviewStage) {
  if (stage.status !== 'IN_REVIEW') throw new Error(`expected a review, got ${stage.status}`);
  return stage.review;
}

/** Whether deciding the awaited step is refused, by the same rule the inbox offers by. */
function approvalRefused(stage: ReviewStage, actor: Actor): boolean {
  const step = reviewOf(stage).chain.steps[reviewOf(stage).currentStepIndex]!.step;
  try {
    approveReviewStep(stage, { actor, step }, scope, subject);
    return false;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'FORBIDDEN') return true;
    throw error;
  }
}

describe('who may decide the awaited step', () => {
  const people = { preparer, sectionHead, otherSectionHead, headOfOtherSection, office, officeOfOtherUnit, leader, preparingHead, headInOffice };

  it('is the section head of the owning section at the section step: not the submitter, nor another section or unit', () => {
    const stage = submittedBy(preparingHead);
    const mayDecide = Object.entries(people).filter(([, person]) => mayDecideAwaitedStep(person, reviewOf(stage), scope)).map(([name]) => name);
    expect(mayDecide).toEqual(['sectionHead', 'otherSectionHead', 'headInOffice']);
  });

  it('is the unit’s office at the office step, except whoever decided the section step', () => {
    const stage = approvedAtSection(headInOffice);
    const mayDecide = Object.entries(people).filter(([, person]) => mayDecideAwaitedStep(person, reviewOf(stage), scope)).map(([name]) => name);
    expect(mayDecide).toEqual(['office']);
  });

  it('agrees with deciding: everyone offered may approve, everyone else is refused', () => {
    for (const stage of [submittedBy(preparingHead), approvedAtSection(sectionHead), approvedAtSection(headInOffice)]) {
      for (const person of Object.values(people)) {
        expect([person.userId, approvalRefused(stage, person)]).toEqual([person.userId, !mayDecideAwaitedStep(person, reviewOf(stage), scope)]);
      }
    }
  });

  it('is nobody once the last step is approved, before the approval event of the same append', () => {
    const atOffice = approvedAtSection(sectionHead);
    const atLeader = stageAfterStepApproved(atOffice, approveReviewStep(atOffice, { actor: office, step: 'OFFICE' }, scope, subject).stepApproved);
    const lastApproved = stageAfterStepApproved(atLeader, approveReviewStep(atLeader, { actor: leader, step: 'LEADER' }, scope, subject).stepApproved);
    expect([mayDecideAwaitedStep(leader, reviewOf(atLeader), scope), mayDecideAwaitedStep(leader, reviewOf(lastApproved), scope)]).toEqual([true, false]);
  });

  it('is narrowed for a view query to the roles held in the section and in the unit', () => {
    expect(decisionScope(sectionHead)).toEqual({ unitCode, sectionId, sectionRoles: ['SECTION_HEAD'], unitRoles: [] });
    expect(decisionScope(headInOffice)).toEqual({ unitCode, sectionId, sectionRoles: ['SECTION_HEAD'], unitRoles: ['OFFICE'] });
    expect(decisionScope(leader)).toEqual({ unitCode, sectionId: null, sectionRoles: [], unitRoles: ['LEADER'] });
    expect(decisionScope(preparer)).toBeNull();
    expect(decisionScope({ ...sectionHead, sectionId: null })).toBeNull();
    expect(decisionScope({ ...office, unitCode: null })).toBeNull();
  });
});
