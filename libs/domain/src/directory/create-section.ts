import { textLimits } from '../common/limits.js';
import { messages } from '../messages/messages.js';
import { DomainError } from '../common/domain-error.js';
import { requireAdmin } from './directory-authority.js';
import { nameKey, nameProblem, refuseIfProblems, sectionIdProblem, unitCodeProblem } from './directory-fields.js';
import { requireUnit } from './directory-lookups.js';
import type { CreateSection } from './directory.commands.js';
import type { DirectoryEvent } from './directory.events.js';
import type { DirectoryState } from './directory.state.js';

export function createSection(command: CreateSection, state: DirectoryState): DirectoryEvent[] {
  requireAdmin(state, command.actor, messages.directory.creatingSection);
  refuseIfProblems([
    unitCodeProblem(command.unitCode),
    sectionIdProblem(command.sectionId),
    nameProblem(command.name, 'name', '就业股', textLimits.sectionName),
  ]);
  const name = command.name.trim();
  requireUnit(state, command.unitCode);
  const existing = state.sections.get(command.sectionId);
  if (existing !== undefined) {
    const message = messages.directory.sectionExists({ sectionId: command.sectionId, name: existing.name, unitCode: existing.unitCode });
    throw new DomainError('CONFLICT', message, [{ field: 'sectionId', message }]);
  }
  const namesake = [...state.sections.values()].find(
    (section) => section.unitCode === command.unitCode && nameKey(section.name) === nameKey(name),
  );
  if (namesake !== undefined) {
    const message = messages.directory.sectionNameTaken({ unitCode: command.unitCode, name: namesake.name, sectionId: namesake.sectionId });
    throw new DomainError('CONFLICT', message, [{ field: 'name', message }]);
  }
  return [{ type: 'SectionCreated', data: { unitCode: command.unitCode, sectionId: command.sectionId, name } }];
}
