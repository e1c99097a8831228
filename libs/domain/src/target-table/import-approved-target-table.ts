import { DomainError, type FieldProblem } from '../common/domain-error.js';
import { messages } from '../messages/messages.js';
import { commandContent } from './command-content.js';
import { describeTargetTableState } from './describe-target-table-state.js';
import { requireCodeFreeToStart } from './existing-target-table.js';
import { actingUser } from '../common/actor.js';
import { requireImporter } from './target-table-authority.js';
import type { ImportApprovedTargetTable } from './target-table.commands.js';
import { changedContentFields } from './target-table-diff.js';
import type { TargetTableEvent, TargetTableSource } from './target-table.events.js';
import type { TargetTableState } from './target-table.state.js';

/** An imported baseline is the table's first version, as a first draft would be. */
const firstVersion = 1;

/**
 * 导入历史基线: a table approved before this system existed becomes the year's approved
 * baseline as printed. Importing the same content again changes nothing, so a document can
 * be imported twice safely; any other existing table is left alone (CONFLICT), since an
 * import never overwrites what people have done here.
 */
export function importApprovedTargetTable(command: ImportApprovedTargetTable, state: TargetTableState): TargetTableEvent[] {
  const content = commandContent(command, sourceProblems(command.source));
  requireImporter(command.actor, content, 'APPROVED', messages.targetTable.importingApproved);
  if (state.lifecycle === 'NONE') {
    return [
      {
        type: 'TargetTableBaselineImported',
        data: {
          projectCode: command.projectCode,
          fiscalYear: command.fiscalYear,
          version: firstVersion,
          content,
          importedBy: actingUser(command.actor),
          source: command.source,
        },
      },
    ];
  }
  requireCodeFreeToStart(state, command);
  const { baseline } = state;
  if (baseline !== null && changedContentFields(baseline.content, content).length === 0) return [];
  throw new DomainError(
    'CONFLICT',
    messages.targetTable.importConflict({ projectCode: command.projectCode, fiscalYear: command.fiscalYear, state: describeTargetTableState(state) }),
  );
}

function sourceProblems(source: TargetTableSource | undefined): FieldProblem[] {
  if (source === undefined || source === null) {
    return [{ field: 'source', message: messages.targetTable.source.required }];
  }
  const problems: FieldProblem[] = [];
  if (typeof source.name !== 'string' || source.name.trim() === '') {
    problems.push({ field: 'source.name', message: messages.targetTable.source.name });
  }
  if (typeof source.documentSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(source.documentSha256)) {
    problems.push({ field: 'source.documentSha256', message: messages.targetTable.source.sha256 });
  }
  const { from, to } = source.lines ?? {};
  if (!Number.isInteger(from) || !Number.isInteger(to) || (from as number) < 1 || (to as number) < (from as number)) {
    problems.push({ field: 'source.lines', message: messages.targetTable.source.lines });
  }
  return problems;
}
