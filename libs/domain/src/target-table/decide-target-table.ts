import type { Decider } from '../shared/decider.js';
import { draftTargetTable } from './draft-target-table.js';
import { evolveTargetTable } from './evolve-target-table.js';
import { reviseTargetTableDraft } from './revise-target-table-draft.js';
import type { TargetTableCommand } from './target-table.commands.js';
import type { TargetTableEvent } from './target-table.events.js';
import { initialTargetTableState, type TargetTableState } from './target-table.state.js';

export function decideTargetTable(command: TargetTableCommand, state: TargetTableState): TargetTableEvent[] {
  switch (command.type) {
    case 'DraftTargetTable':
      return draftTargetTable(command, state);
    case 'ReviseTargetTableDraft':
      return reviseTargetTableDraft(command, state);
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
};
