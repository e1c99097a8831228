import { commandsOfType, type Decider } from '../common/decider.js';
import { approveTargetTableStep } from './approve-target-table-step.js';
import { draftTargetTable } from './draft-target-table.js';
import { evolveTargetTable } from './evolve-target-table.js';
import { importApprovedTargetTable } from './import-approved-target-table.js';
import { proposeTargetTableAdjustment } from './propose-target-table-adjustment.js';
import { returnTargetTable } from './return-target-table.js';
import { reviseTargetTableDraft } from './revise-target-table-draft.js';
import { resubmitTargetTable, submitTargetTable } from './submit-target-table.js';
import type { TargetTableCommand } from './target-table.commands.js';
import type { TargetTableEvent } from './target-table.events.js';
import { initialTargetTableState, type TargetTableState } from './target-table.state.js';
import { withdrawTargetTableSubmission } from './withdraw-target-table-submission.js';

export function decideTargetTable(command: TargetTableCommand, state: TargetTableState): TargetTableEvent[] {
  switch (command.type) {
    case 'DraftTargetTable':
      return draftTargetTable(command, state);
    case 'ReviseTargetTableDraft':
      return reviseTargetTableDraft(command, state);
    case 'SubmitTargetTable':
      return submitTargetTable(command, state);
    case 'ResubmitTargetTable':
      return resubmitTargetTable(command, state);
    case 'ApproveTargetTableStep':
      return approveTargetTableStep(command, state);
    case 'ReturnTargetTable':
      return returnTargetTable(command, state);
    case 'WithdrawTargetTableSubmission':
      return withdrawTargetTableSubmission(command, state);
    case 'ProposeTargetTableAdjustment':
      return proposeTargetTableAdjustment(command, state);
    case 'ImportApprovedTargetTable':
      return importApprovedTargetTable(command, state);
    default: {
      const unknownCommand: never = command;
      throw new Error(`Unknown target table command ${String((unknownCommand as { type?: unknown }).type)}`);
    }
  }
}

/** The target table aggregate as the application runs it: load, fold, decide, append. */
export const targetTableDecider: Decider<TargetTableCommand, TargetTableEvent, TargetTableState> = {
  initialState: initialTargetTableState,
  evolve: evolveTargetTable,
  decide: decideTargetTable,
  // Workflow decisions, decided again on the state as it now is; content edits are not redone blindly.
  decidedAgainOnConflict: commandsOfType<TargetTableCommand>('SubmitTargetTable', 'ResubmitTargetTable', 'ApproveTargetTableStep', 'ReturnTargetTable', 'WithdrawTargetTableSubmission'),
};
