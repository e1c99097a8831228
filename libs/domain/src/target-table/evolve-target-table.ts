import type { TargetTableEvent } from './target-table.events.js';
import type { TargetTableState } from './target-table.state.js';

/**
 * Folds one stored event into the state. Events are facts: each carries the whole content,
 * so the fold never has to refuse one, even if the stream were to start with a revision.
 */
export function evolveTargetTable(state: TargetTableState, event: TargetTableEvent): TargetTableState {
  switch (event.type) {
    case 'TargetTableDrafted':
    case 'TargetTableDraftRevised': {
      const { projectCode, fiscalYear, version, content } = event.data;
      return { status: 'DRAFT', projectCode, fiscalYear, version, content };
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown target table event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}
