import { DomainError } from '../shared/domain-error.js';
import { commandContent } from './command-content.js';
import type { ReviseTargetTableDraft } from './target-table.commands.js';
import type { TargetTableEvent } from './target-table.events.js';
import type { TargetTableState } from './target-table.state.js';
import { changedContentFields } from './target-table-diff.js';

export function reviseTargetTableDraft(command: ReviseTargetTableDraft, state: TargetTableState): TargetTableEvent[] {
  const content = commandContent(command);
  switch (state.status) {
    case 'NONE':
      throw new DomainError(
        'NOT_FOUND',
        `There is no target table of project ${command.projectCode} for ${command.fiscalYear} to revise: ` +
          'draft it first (draftTargetTable).',
      );
    case 'DRAFT': {
      const changedFields = changedContentFields(state.content, content);
      // Saving an unchanged form is not an event: the history records changes, not clicks.
      if (changedFields.length === 0) return [];
      return [
        {
          type: 'TargetTableDraftRevised',
          data: {
            projectCode: command.projectCode,
            fiscalYear: command.fiscalYear,
            version: state.version,
            content,
            changedFields,
          },
        },
      ];
    }
    default: {
      const unknownState: never = state;
      throw new Error(`Unknown target table status ${String((unknownState as { status?: unknown }).status)}`);
    }
  }
}
