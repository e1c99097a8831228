import { textLimits } from '../shared/limits.js';
import { DomainError } from '../shared/domain-error.js';
import { requireAdmin } from './directory-authority.js';
import { nameKey, nameProblem, refuseIfProblems, sectionIdProblem, unitCodeProblem } from './directory-fields.js';
import { requireUnit } from './directory-lookups.js';
import type { CreateSection } from './directory.commands.js';
import type { DirectoryEvent } from './directory.events.js';
import type { DirectoryState } from './directory.state.js';

export function createSection(command: CreateSection, state: DirectoryState): DirectoryEvent[] {
  requireAdmin(state, command.actor, 'Creating a section');
  refuseIfProblems([
    unitCodeProblem(command.unitCode),
    sectionIdProblem(command.sectionId),
    nameProblem(command.name, 'name', '就业股', textLimits.sectionName),
  ]);
  const name = command.name.trim();
  requireUnit(state, command.unitCode);
  const existing = state.sections.get(command.sectionId);
  if (existing !== undefined) {
    const message = `Section ${command.sectionId} already exists as ${existing.name} in unit ${existing.unitCode}: choose another id`;
    throw new DomainError('CONFLICT', message, [{ field: 'sectionId', message }]);
  }
  const namesake = [...state.sections.values()].find(
    (section) => section.unitCode === command.unitCode && nameKey(section.name) === nameKey(name),
  );
  if (namesake !== undefined) {
    const message = `Unit ${command.unitCode} already has a section named ${namesake.name} (${namesake.sectionId}): choose another name`;
    throw new DomainError('CONFLICT', message, [{ field: 'name', message }]);
  }
  return [{ type: 'SectionCreated', data: { unitCode: command.unitCode, sectionId: command.sectionId, name } }];
}
