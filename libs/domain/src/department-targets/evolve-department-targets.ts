import {
  stageAfterApproved,
  stageAfterReturned,
  stageAfterStepApproved,
  stageAfterSubmitted,
  stageAfterWithdrawn,
  type StageMismatch,
} from '../approval/evolve-review-stage.js';
import type { ReviewStage } from '../approval/review.js';
import type { SubGoalLink } from './department-targets-content.js';
import type { DepartmentTargetsEvent } from './department-targets.events.js';
import type { DepartmentTargets, DepartmentTargetsState } from './department-targets.state.js';

/**
 * Folds one stored event into the state: the approval events move the shared review stage
 * (approval/evolve-review-stage.ts); approval and adjustment move the lifecycle and baseline.
 * An event that cannot follow the state means the stream was not written by this decider.
 */
export function evolveDepartmentTargets(state: DepartmentTargetsState, event: DepartmentTargetsEvent): DepartmentTargetsState {
  switch (event.type) {
    case 'DepartmentTargetsDrafted': {
      const { departmentCode, fiscalYear, version, content } = event.data;
      return { lifecycle: 'FIRST_VERSION', departmentCode, fiscalYear, version, content, baseline: null, stage: { status: 'DRAFT' }, links: [], dismissed: [], progress: [] };
    }
    case 'DepartmentTargetsBaselineImported': {
      if (state.lifecycle !== 'NONE') throw unexpected(event, state);
      const { departmentCode, fiscalYear, version, content } = event.data;
      return { lifecycle: 'APPROVED', departmentCode, fiscalYear, version, content, baseline: { version, content }, stage: { status: 'APPROVED', approvals: [] }, links: [], dismissed: [], progress: [] };
    }
    case 'DepartmentTargetsRevised': {
      const targets = inHands(state, event);
      const { content } = event.data;
      // A link to a sub-goal the revision removed has nothing left to serve.
      return { ...targets, content, links: targets.links.filter((link) => link.subGoal < content.subGoals.length) };
    }
    case 'DepartmentBasicExpenditureSet': {
      const targets = inHands(state, event);
      return { ...targets, content: { ...targets.content, basicExpenditureFen: event.data.basicExpenditureFen } };
    }
    case 'DepartmentTargetsSubmitted':
      return withStage(state, event, (stage, mismatch) => stageAfterSubmitted(stage, event.data, mismatch));
    case 'DepartmentTargetsStepApproved':
      return withStage(state, event, (stage, mismatch) => stageAfterStepApproved(stage, event.data, mismatch));
    case 'DepartmentTargetsReturned':
      return withStage(state, event, (stage, mismatch) => stageAfterReturned(stage, event.data, mismatch));
    case 'DepartmentTargetsSubmissionWithdrawn':
      return withStage(state, event, (stage, mismatch) => stageAfterWithdrawn(stage, mismatch));
    case 'DepartmentTargetsApproved': {
      const targets = existing(state, event);
      const stage = stageAfterApproved(targets.stage, event.data, () => unexpected(event, state));
      const { version, content } = event.data;
      return { ...targets, lifecycle: 'APPROVED', version, content, baseline: { version, content }, stage };
    }
    case 'DepartmentTargetsAdjustmentStarted': {
      const targets = existing(state, event);
      if (targets.lifecycle !== 'APPROVED') throw unexpected(event, state);
      return { ...targets, lifecycle: 'ADJUSTING', version: event.data.version, stage: { status: 'DRAFT' } };
    }
    case 'SubGoalLinksSuggested': {
      const targets = existing(state, event);
      const suggested = event.data.suggestions.map(({ subGoal, projectCode, terms }): SubGoalLink => ({ subGoal, projectCode, status: 'SUGGESTED', reason: terms.join('、') }));
      return { ...targets, links: [...targets.links.filter((link) => link.status === 'CONFIRMED'), ...suggested] };
    }
    case 'SubGoalLinkConfirmed': {
      const targets = existing(state, event);
      const { subGoal, projectCode } = event.data;
      const earlier = targets.links.find((link) => same(link, event.data));
      const others = targets.links.filter((link) => !same(link, event.data));
      return { ...targets, links: [...others, { subGoal, projectCode, status: 'CONFIRMED', reason: earlier?.reason ?? null }], dismissed: targets.dismissed.filter((gone) => !same(gone, event.data)) };
    }
    case 'SubGoalLinkRemoved': {
      const targets = existing(state, event);
      const { subGoal, projectCode } = event.data;
      return { ...targets, links: targets.links.filter((link) => !same(link, event.data)), dismissed: [...targets.dismissed, { subGoal, projectCode }] };
    }
    case 'DepartmentIndicatorProgressReported': {
      const targets = existing(state, event);
      if (targets.baseline === null) throw unexpected(event, state);
      const { subGoal, index, sentence, value, asOf, expectedFullYear, likelihood, note, reportedBy } = event.data;
      return { ...targets, progress: [...targets.progress, { subGoal, index, sentence, value, asOf, expectedFullYear, likelihood, note, reportedBy: reportedBy.userId }] };
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown department targets event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

function same(a: { subGoal: number; projectCode: string }, b: { subGoal: number; projectCode: string }): boolean {
  return a.subGoal === b.subGoal && a.projectCode === b.projectCode;
}

function existing(state: DepartmentTargetsState, event: DepartmentTargetsEvent): DepartmentTargets {
  if (state.lifecycle === 'NONE') throw unexpected(event, state);
  return state;
}

/** Content changes only while the working version is in the preparer's hands. */
function inHands(state: DepartmentTargetsState, event: DepartmentTargetsEvent): DepartmentTargets {
  const targets = existing(state, event);
  if (targets.stage.status !== 'DRAFT' && targets.stage.status !== 'RETURNED') throw unexpected(event, state);
  return targets;
}

/** The review events move the stage of a working version not yet approved; approving it is DepartmentTargetsApproved's. */
function withStage(state: DepartmentTargetsState, event: DepartmentTargetsEvent, change: (stage: ReviewStage, mismatch: StageMismatch) => ReviewStage): DepartmentTargetsState {
  const targets = existing(state, event);
  const stage = change(targets.stage, () => unexpected(event, state));
  if (stage.status === 'APPROVED') throw unexpected(event, state);
  return { ...targets, stage };
}

function unexpected(event: DepartmentTargetsEvent, state: DepartmentTargetsState): Error {
  const status = state.lifecycle === 'NONE' ? 'NONE' : `${state.lifecycle}/${state.stage.status}`;
  return new Error(`${event.type} cannot follow department targets in ${status}: the stream was not written by this decider`);
}
