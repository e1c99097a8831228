import { messages } from '../messages/messages.js';
import { DomainError } from '../common/domain-error.js';
import { requireAdmin } from './directory-authority.js';
import { refuseIfProblems, userIdProblem } from './directory-fields.js';
import { activeAdmins, requireUser } from './directory-lookups.js';
import type { DeactivateUser } from './directory.commands.js';
import type { DirectoryEvent } from './directory.events.js';
import type { DirectoryState } from './directory.state.js';

/**
 * Deactivating keeps the user, their roles and their name: the history still names them,
 * and the login name is never given to someone else.
 */
export function deactivateUser(command: DeactivateUser, state: DirectoryState): DirectoryEvent[] {
  requireAdmin(state, command.actor, messages.directory.deactivatingUser);
  refuseIfProblems([userIdProblem(command.userId)]);
  const user = requireUser(state, command.userId);
  if (!user.active) return [];
  if (user.roles.includes('ADMIN') && activeAdmins(state).length === 1) {
    throw new DomainError(
      'CONFLICT',
      messages.directory.lastAdmin(messages.directory.userNameOf(user)),
    );
  }
  return [{ type: 'UserDeactivated', data: { userId: user.userId } }];
}
