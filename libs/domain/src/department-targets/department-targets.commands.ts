import type { SubmissionChainInput } from '../approval/submission-chain.js';
import type { WithSubstitution } from '../approval/substitution.js';
import type { Actor } from '../common/actor.js';
import type { DepartmentTable, DepartmentTargetsInput } from './department-targets-content.js';
import type { DepartmentTargetsSource } from './department-targets.events.js';

/**
 * Commands on the department's overall targets of one year. Texts arrive as written, amounts
 * as decimal yuan strings; the decider reads and checks them (department-targets-content.ts).
 */
interface DepartmentCommandBase {
  departmentCode: string;
  fiscalYear: number;
  actor: Actor;
}

/** 编制: a preparer of the department's unit starts the year's document; an import may do it for them. */
export interface DraftDepartmentTargets extends DepartmentCommandBase {
  type: 'DraftDepartmentTargets';
  input: DepartmentTargetsInput;
  /** Drafted by importing a document: the office of the unit (or an administrator) may do that too. */
  source?: DepartmentTargetsSource | null;
}

/** Part one of a document approved outside this system, as the year's approved baseline. */
export interface ImportApprovedDepartmentTargets extends DepartmentCommandBase {
  type: 'ImportApprovedDepartmentTargets';
  input: DepartmentTargetsInput;
  source: DepartmentTargetsSource;
}

export interface ReviseDepartmentTargets extends DepartmentCommandBase {
  type: 'ReviseDepartmentTargets';
  input: DepartmentTargetsInput;
}

/** 基本支出 in yuan ("1250000.00"); null or absent: none. */
export interface SetDepartmentBasicExpenditure extends DepartmentCommandBase {
  type: 'SetDepartmentBasicExpenditure';
  amount: string | null;
}

export interface SubmitDepartmentTargets extends DepartmentCommandBase {
  type: 'SubmitDepartmentTargets';
  chain: SubmissionChainInput;
}

export interface ResubmitDepartmentTargets extends DepartmentCommandBase {
  type: 'ResubmitDepartmentTargets';
}

export interface ApproveDepartmentTargetsStep extends DepartmentCommandBase, WithSubstitution {
  type: 'ApproveDepartmentTargetsStep';
  step: string;
  comment?: string | null;
}

export interface ReturnDepartmentTargets extends DepartmentCommandBase, WithSubstitution {
  type: 'ReturnDepartmentTargets';
  step: string;
  to: string;
  reason: string;
}

export interface WithdrawDepartmentTargetsSubmission extends DepartmentCommandBase {
  type: 'WithdrawDepartmentTargetsSubmission';
}

export interface StartDepartmentTargetsAdjustment extends DepartmentCommandBase {
  type: 'StartDepartmentTargetsAdjustment';
  reason: string;
}

/** The tables of the department's units for the year, as the application reads them from their streams. */
interface WithTables {
  tables: DepartmentTable[];
}

export interface SuggestSubGoalLinks extends DepartmentCommandBase, WithTables {
  type: 'SuggestSubGoalLinks';
}

export interface ConfirmSubGoalLink extends DepartmentCommandBase, WithTables {
  type: 'ConfirmSubGoalLink';
  subGoal: number;
  projectCode: string;
}

export interface RemoveSubGoalLink extends DepartmentCommandBase {
  type: 'RemoveSubGoalLink';
  subGoal: number;
  projectCode: string;
}

/**
 * 进度填报 of an indicator of the approved baseline (docs/department-targets.md, progress): the
 * value reached as of a date in the year and, optionally, the expected full-year value and the
 * likelihood the monitoring judges risk by.
 */
export interface ReportDepartmentIndicatorProgress extends DepartmentCommandBase {
  type: 'ReportDepartmentIndicatorProgress';
  /** The sub-goal, from 0. */
  subGoal: number;
  /** The indicator's position in the sub-goal, from 0. */
  index: number;
  value: string;
  asOf: string;
  expectedFullYear?: string | null;
  /** CERTAIN, POSSIBLE or IMPOSSIBLE (midterm-review-labels.ts). */
  likelihood?: string | null;
  note?: string | null;
}

export type DepartmentTargetsCommand =
  | DraftDepartmentTargets
  | ImportApprovedDepartmentTargets
  | ReviseDepartmentTargets
  | SetDepartmentBasicExpenditure
  | SubmitDepartmentTargets
  | ResubmitDepartmentTargets
  | ApproveDepartmentTargetsStep
  | ReturnDepartmentTargets
  | WithdrawDepartmentTargetsSubmission
  | StartDepartmentTargetsAdjustment
  | SuggestSubGoalLinks
  | ConfirmSubGoalLink
  | RemoveSubGoalLink
  | ReportDepartmentIndicatorProgress;
