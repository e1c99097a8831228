import { messages } from '../messages/messages.js';
import { DomainError } from '../common/domain-error.js';
import { requireAdmin } from './directory-authority.js';
import { refuseIfProblems, roleProblem, userIdProblem } from './directory-fields.js';
import { activeAdmins, requireUser } from './directory-lookups.js';
import type { RevokeRole } from './directory.commands.js';
import type { DirectoryEvent } from './directory.events.js';
import type { DirectoryState } from './directory.state.js';
import type { Role } from './roles.js';

/** Revoking also works on a deactivated user, so an ADMIN can tidy up old accounts. */
export function revokeRole(command: RevokeRole, state: DirectoryState): DirectoryEvent[] {
  requireAdmin(state, command.actor, messages.directory.revokingRole);
  refuseIfProblems([userIdProblem(command.userId), roleProblem(command.role)]);
  const role = command.role as Role;
  const user = requireUser(state, command.userId);
  // Revoking a role not held changes nothing, so a retried request records nothing.
  if (!user.roles.includes(role)) return [];
  if (role === 'ADMIN' && user.active && activeAdmins(state).length === 1) {
    throw new DomainError(
      'CONFLICT',
      messages.directory.lastAdmin(messages.directory.userNameOf(user)),
    );
  }
  return [{ type: 'RoleRevoked', data: { userId: user.userId, role } }];
}
