import { DomainError, type FieldProblem } from '../common/domain-error.js';
import type { TargetTableCommand } from './target-table.commands.js';
import type { TargetTableContent } from './target-table.events.js';
import { readTargetTableInput } from './target-table-input.js';
import { targetTableKeyProblems } from './target-table-key.js';

/**
 * The checked content of a command carrying a table's input. The key and the content are
 * checked together so one answer names every problem, and before the state is looked at:
 * a malformed command is refused the same way whatever the table's status. `otherProblems`
 * are the command's other fields, so that they too are named in the same answer.
 */
export function commandContent(
  command: Extract<TargetTableCommand, { input: unknown }>,
  otherProblems: readonly FieldProblem[] = [],
): TargetTableContent {
  const { content, problems } = readTargetTableInput(command.input, command.directoryUnitName);
  const all = [...targetTableKeyProblems(command.projectCode, command.fiscalYear), ...problems, ...otherProblems];
  if (all.length > 0) throw DomainError.validation(all);
  return content;
}
