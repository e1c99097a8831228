import { textLimits } from '../common/limits.js';
import { messages } from '../messages/messages.js';
import { DomainError } from '../common/domain-error.js';
import { nameProblem, passwordHashProblem, refuseIfProblems, userIdProblem, userNameProblem } from './directory-fields.js';
import type { BootstrapAdmin } from './directory.commands.js';
import type { DirectoryEvent } from './directory.events.js';
import type { DirectoryState } from './directory.state.js';

/**
 * Accepted only while the directory has no user at all: once anyone exists, only an ADMIN
 * adds people, so starting the application again can never mint a second way in.
 */
export function bootstrapAdmin(command: BootstrapAdmin, state: DirectoryState): DirectoryEvent[] {
  refuseIfProblems([
    userIdProblem(command.userId),
    userNameProblem(command.userName),
    nameProblem(command.displayName, 'displayName', '系统管理员', textLimits.displayName),
    passwordHashProblem(command.passwordHash),
  ]);
  if (state.users.size > 0) {
    throw new DomainError(
      'CONFLICT',
      messages.directory.alreadyBootstrapped(state.users.size),
    );
  }
  return [
    {
      type: 'UserRegistered',
      data: {
        userId: command.userId,
        userName: command.userName.trim(),
        displayName: command.displayName.trim(),
        unitCode: null,
        sectionId: null,
        passwordHash: command.passwordHash,
      },
    },
    { type: 'RoleGranted', data: { userId: command.userId, role: 'ADMIN' } },
  ];
}
