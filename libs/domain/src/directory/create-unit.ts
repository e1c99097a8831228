import { textLimits } from '../common/limits.js';
import { messages } from '../messages/messages.js';
import { DomainError } from '../common/domain-error.js';
import { defaultApprovalChainSteps } from './approval-chain.js';
import { requireAdmin } from './directory-authority.js';
import { nameKey, nameProblem, refuseIfProblems, unitCodeProblem } from './directory-fields.js';
import type { CreateUnit } from './directory.commands.js';
import type { DirectoryEvent } from './directory.events.js';
import type { DirectoryState } from './directory.state.js';

/**
 * A unit starts with the default chain recorded as its version 1, so that a later change
 * of the default never changes the chain of a unit created before it.
 */
export function createUnit(command: CreateUnit, state: DirectoryState): DirectoryEvent[] {
  requireAdmin(state, command.actor, messages.directory.creatingUnit);
  refuseIfProblems([unitCodeProblem(command.unitCode), nameProblem(command.name, 'name', '巨鹿县人力资源和社会保障局本级', textLimits.unitName)]);
  const name = command.name.trim();
  const existing = state.units.get(command.unitCode);
  if (existing !== undefined) {
    const message = messages.directory.unitExists({ unitCode: command.unitCode, name: existing.name });
    throw new DomainError('CONFLICT', message, [{ field: 'unitCode', message }]);
  }
  const namesake = [...state.units.values()].find((unit) => nameKey(unit.name) === nameKey(name));
  if (namesake !== undefined) {
    const message = messages.directory.unitNameTaken(namesake);
    throw new DomainError('CONFLICT', message, [{ field: 'name', message }]);
  }
  return [
    { type: 'UnitCreated', data: { unitCode: command.unitCode, name } },
    {
      type: 'ApprovalChainConfigured',
      data: { unitCode: command.unitCode, version: 1, steps: defaultApprovalChainSteps.map((step) => ({ ...step })) },
    },
  ];
}
