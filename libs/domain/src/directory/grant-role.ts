import { messages } from '../messages/messages.js';
import { DomainError } from '../common/domain-error.js';
import { requireAdmin } from './directory-authority.js';
import { refuseIfProblems, roleProblem, userIdProblem } from './directory-fields.js';
import { requireUser } from './directory-lookups.js';
import type { GrantRole } from './directory.commands.js';
import type { DirectoryEvent } from './directory.events.js';
import type { DirectoryState } from './directory.state.js';
import { sectionScopedRoles, unitScopedRoles, type Role } from './roles.js';

export function grantRole(command: GrantRole, state: DirectoryState): DirectoryEvent[] {
  requireAdmin(state, command.actor, messages.directory.grantingRole);
  refuseIfProblems([userIdProblem(command.userId), roleProblem(command.role)]);
  const role = command.role as Role;
  const user = requireUser(state, command.userId);
  if (!user.active) {
    throw new DomainError(
      'CONFLICT',
      messages.directory.deactivatedNoRole(messages.directory.userNameOf(user)),
    );
  }
  if (sectionScopedRoles.includes(role) && user.sectionId === null) {
    refuseIfProblems([
      {
        field: 'role',
        message: messages.directory.sectionRoleWithoutSection({ role, user: messages.directory.userNameOf(user) }),
      },
    ]);
  }
  if (unitScopedRoles.includes(role) && user.unitCode === null) {
    refuseIfProblems([
      {
        field: 'role',
        message: messages.directory.unitRoleWithoutUnit({ role, user: messages.directory.userNameOf(user) }),
      },
    ]);
  }
  // Granting a role already held changes nothing, so a retried request records nothing.
  if (user.roles.includes(role)) return [];
  return [{ type: 'RoleGranted', data: { userId: user.userId, role } }];
}
