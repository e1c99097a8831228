import type { ReviewStage } from '../approval/review.js';
import type { DepartmentTargetsContent, SubGoalLink } from './department-targets-content.js';
import type { DepartmentProgressReading } from './department-targets.events.js';

/**
 * The department's overall targets as the decider sees them: the lifecycle the target table
 * has (a first version, an approved baseline, or an adjustment of it in hand, the baseline
 * staying readable and in force meanwhile) and the shared review stage of the working version
 * (approval/review.ts). `content` is the working version; `baseline` the approved one.
 */
export type DepartmentTargetsState = NoDepartmentTargets | DepartmentTargets;

export interface NoDepartmentTargets {
  lifecycle: 'NONE';
}

export interface DepartmentTargetsBaseline {
  version: number;
  content: DepartmentTargetsContent;
}

export interface DepartmentTargets {
  lifecycle: 'FIRST_VERSION' | 'APPROVED' | 'ADJUSTING';
  departmentCode: string;
  fiscalYear: number;
  version: number;
  content: DepartmentTargetsContent;
  baseline: DepartmentTargetsBaseline | null;
  stage: ReviewStage;
  /** Which project tables serve which sub-goal: not part of the approved content, so kept through versions. */
  links: SubGoalLink[];
  /** Links a person removed: the rule does not suggest them again. */
  dismissed: Array<{ subGoal: number; projectCode: string }>;
  /** Every progress report, in the order made; each names its indicator by position and sentence. */
  progress: DepartmentProgressReport[];
}

/** A report as kept: who made it, by user id. */
export interface DepartmentProgressReport extends DepartmentProgressReading {
  reportedBy: string;
}

/** 草稿, 审核中, 已退回, 已批准, 调整中 — as the target table's (target-table.state.ts). */
export type DepartmentTargetsStatus = 'DRAFT' | 'IN_REVIEW' | 'RETURNED' | 'APPROVED' | 'ADJUSTING';

export function departmentTargetsStatus(targets: DepartmentTargets): DepartmentTargetsStatus {
  const { status } = targets.stage;
  return status === 'DRAFT' && targets.lifecycle === 'ADJUSTING' ? 'ADJUSTING' : status;
}

export const initialDepartmentTargetsState: DepartmentTargetsState = { lifecycle: 'NONE' };
