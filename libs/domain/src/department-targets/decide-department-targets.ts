import { commandsOfType, type Decider } from '../common/decider.js';
import { approveDepartmentTargetsStep, returnDepartmentTargets, withdrawDepartmentTargetsSubmission } from './decide-department-targets-step.js';
import type { DepartmentTargetsCommand } from './department-targets.commands.js';
import type { DepartmentTargetsEvent } from './department-targets.events.js';
import { initialDepartmentTargetsState, type DepartmentTargetsState } from './department-targets.state.js';
import { draftDepartmentTargets, importApprovedDepartmentTargets } from './draft-department-targets.js';
import { evolveDepartmentTargets } from './evolve-department-targets.js';
import { reportDepartmentIndicatorProgress } from './report-department-indicator-progress.js';
import { reviseDepartmentTargets, setDepartmentBasicExpenditure } from './revise-department-targets.js';
import { startDepartmentTargetsAdjustment } from './start-department-targets-adjustment.js';
import { confirmSubGoalLink, removeSubGoalLink, suggestSubGoalLinks } from './sub-goal-links.js';
import { resubmitDepartmentTargets, submitDepartmentTargets } from './submit-department-targets.js';

export function decideDepartmentTargets(command: DepartmentTargetsCommand, state: DepartmentTargetsState): DepartmentTargetsEvent[] {
  switch (command.type) {
    case 'DraftDepartmentTargets':
      return draftDepartmentTargets(command, state);
    case 'ImportApprovedDepartmentTargets':
      return importApprovedDepartmentTargets(command, state);
    case 'ReviseDepartmentTargets':
      return reviseDepartmentTargets(command, state);
    case 'SetDepartmentBasicExpenditure':
      return setDepartmentBasicExpenditure(command, state);
    case 'SubmitDepartmentTargets':
      return submitDepartmentTargets(command, state);
    case 'ResubmitDepartmentTargets':
      return resubmitDepartmentTargets(command, state);
    case 'ApproveDepartmentTargetsStep':
      return approveDepartmentTargetsStep(command, state);
    case 'ReturnDepartmentTargets':
      return returnDepartmentTargets(command, state);
    case 'WithdrawDepartmentTargetsSubmission':
      return withdrawDepartmentTargetsSubmission(command, state);
    case 'StartDepartmentTargetsAdjustment':
      return startDepartmentTargetsAdjustment(command, state);
    case 'SuggestSubGoalLinks':
      return suggestSubGoalLinks(command, state);
    case 'ConfirmSubGoalLink':
      return confirmSubGoalLink(command, state);
    case 'RemoveSubGoalLink':
      return removeSubGoalLink(command, state);
    case 'ReportDepartmentIndicatorProgress':
      return reportDepartmentIndicatorProgress(command, state);
    default: {
      const unknownCommand: never = command;
      throw new Error(`Unknown department targets command ${String((unknownCommand as { type?: unknown }).type)}`);
    }
  }
}

export const departmentTargetsDecider: Decider<DepartmentTargetsCommand, DepartmentTargetsEvent, DepartmentTargetsState> = {
  initialState: initialDepartmentTargetsState,
  evolve: evolveDepartmentTargets,
  decide: decideDepartmentTargets,
  // Chain decisions are checked against the stage they find; link changes and progress reports add up. Content is not decided again: it would overwrite.
  decidedAgainOnConflict: commandsOfType<DepartmentTargetsCommand>(
    'SubmitDepartmentTargets',
    'ResubmitDepartmentTargets',
    'ApproveDepartmentTargetsStep',
    'ReturnDepartmentTargets',
    'WithdrawDepartmentTargetsSubmission',
    'ConfirmSubGoalLink',
    'RemoveSubGoalLink',
    'ReportDepartmentIndicatorProgress',
  ),
};
