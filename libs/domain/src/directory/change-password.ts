import { messages } from '../messages/messages.js';
import { DomainError } from '../common/domain-error.js';
import { requireSelfOrAdmin } from './directory-authority.js';
import { passwordHashProblem, refuseIfProblems, userIdProblem } from './directory-fields.js';
import { instantMs } from './instant.js';
import { requireUser } from './directory-lookups.js';
import type { ChangePassword } from './directory.commands.js';
import type { DirectoryEvent } from './directory.events.js';
import type { DirectoryState } from './directory.state.js';

export function changePassword(command: ChangePassword, state: DirectoryState): DirectoryEvent[] {
  requireSelfOrAdmin(state, command.actor, command.userId, messages.directory.changingPassword);
  refuseIfProblems([
    userIdProblem(command.userId),
    passwordHashProblem(command.passwordHash),
    Number.isNaN(instantMs(command.at)) ? { field: 'at', message: messages.directory.atNotAnInstant } : null,
  ]);
  const user = requireUser(state, command.userId);
  if (!user.active) {
    throw new DomainError('CONFLICT', messages.directory.deactivatedNoPassword(messages.directory.userNameOf(user)));
  }
  // Every hash has a fresh salt, so the same hash again can only be a retried request.
  if (user.passwordHash === command.passwordHash) return [];
  return [{ type: 'PasswordChanged', data: { userId: user.userId, passwordHash: command.passwordHash, changedAt: command.at } }];
}
