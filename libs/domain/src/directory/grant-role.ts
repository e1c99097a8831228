import { DomainError } from '../shared/domain-error.js';
import { requireAdmin } from './directory-authority.js';
import { refuseIfProblems, userIdProblem } from './directory-fields.js';
import { requireUser } from './directory-lookups.js';
import type { GrantRole } from './directory.commands.js';
import type { DirectoryEvent } from './directory.events.js';
import type { DirectoryState } from './directory.state.js';
import { roleProblem, sectionScopedRoles, unitScopedRoles, type Role } from './roles.js';

export function grantRole(command: GrantRole, state: DirectoryState): DirectoryEvent[] {
  requireAdmin(state, command.actor, 'Granting a role');
  refuseIfProblems([userIdProblem(command.userId), roleProblem(command.role)]);
  const role = command.role as Role;
  const user = requireUser(state, command.userId);
  if (!user.active) {
    throw new DomainError(
      'CONFLICT',
      `${user.userName} is deactivated: a deactivated user cannot be given a role; register a new account if the person returns`,
    );
  }
  if (sectionScopedRoles.includes(role) && user.sectionId === null) {
    refuseIfProblems([
      {
        field: 'role',
        message: `${role} acts on its own section's projects, and ${user.userName} belongs to no section: register the user with a sectionId to give them ${role}`,
      },
    ]);
  }
  if (unitScopedRoles.includes(role) && user.unitCode === null) {
    refuseIfProblems([
      {
        field: 'role',
        message: `${role} acts on its own unit, and ${user.userName} belongs to no unit: register a user in the unit to give them ${role}`,
      },
    ]);
  }
  // Granting a role already held changes nothing, so a retried request records nothing.
  if (user.roles.includes(role)) return [];
  return [{ type: 'RoleGranted', data: { userId: user.userId, role } }];
}
