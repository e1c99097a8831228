import { textLimits } from '../common/limits.js';
import { messages } from '../messages/messages.js';
import { DomainError } from '../common/domain-error.js';
import { requireAdmin } from './directory-authority.js';
import {
  nameProblem,
  passwordHashProblem,
  refuseIfProblems,
  sectionIdProblem,
  unitCodeProblem,
  userIdProblem,
  userNameProblem,
} from './directory-fields.js';
import { requireSectionOfUnit, requireUnit, userByName } from './directory-lookups.js';
import type { RegisterUser } from './directory.commands.js';
import type { DirectoryEvent } from './directory.events.js';
import type { DirectoryState } from './directory.state.js';

/** A user starts with no role: what they may do is granted explicitly (grantRole). */
export function registerUser(command: RegisterUser, state: DirectoryState): DirectoryEvent[] {
  requireAdmin(state, command.actor, messages.directory.registeringUser);
  const sectionId = command.sectionId === undefined || command.sectionId === null || command.sectionId === '' ? null : command.sectionId;
  refuseIfProblems([
    userIdProblem(command.userId),
    userNameProblem(command.userName),
    nameProblem(command.displayName, 'displayName', '张三', textLimits.displayName),
    unitCodeProblem(command.unitCode),
    sectionId === null ? null : sectionIdProblem(sectionId),
    passwordHashProblem(command.passwordHash),
  ]);
  requireUnit(state, command.unitCode);
  if (sectionId !== null) requireSectionOfUnit(state, command.unitCode, sectionId);
  const sameId = state.users.get(command.userId);
  if (sameId !== undefined) {
    const message = messages.directory.userIdTaken({ userId: command.userId, user: messages.directory.userNameOf(sameId) });
    throw new DomainError('CONFLICT', message, [{ field: 'userId', message }]);
  }
  const sameName = userByName(state, command.userName);
  if (sameName !== undefined) {
    // Names of deactivated users stay taken: the audit trail must keep naming one person.
    const message = messages.directory.userNameTaken({ userName: command.userName, user: messages.directory.userNameOf(sameName), active: sameName.active, suggestion: `${command.userName.trim()}2` });
    throw new DomainError('CONFLICT', message, [{ field: 'userName', message }]);
  }
  return [
    {
      type: 'UserRegistered',
      data: {
        userId: command.userId,
        userName: command.userName.trim(),
        displayName: command.displayName.trim(),
        unitCode: command.unitCode,
        sectionId,
        passwordHash: command.passwordHash,
      },
    },
  ];
}
