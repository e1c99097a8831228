import { messages } from '../messages/messages.js';
import { DomainError } from '../common/domain-error.js';
import type { DirectoryActor } from './directory.commands.js';
import type { DirectoryState, UserRecord } from './directory.state.js';

/**
 * Who may change the directory, judged from the directory itself: a role revoked a minute
 * ago no longer counts, even if the caller's token still lists it.
 */

/** The acting user, if they are an active ADMIN; otherwise FORBIDDEN saying what is missing. */
export function requireAdmin(state: DirectoryState, actor: DirectoryActor, action: string): UserRecord {
  const user = state.users.get(actor.userId);
  if (user !== undefined && user.active && user.roles.includes('ADMIN')) return user;
  throw new DomainError('FORBIDDEN', messages.directory.adminNeeded({ action, standing: standing(actor, user) }));
}

/** The acting user, if they act on their own account or are an active ADMIN. */
export function requireSelfOrAdmin(state: DirectoryState, actor: DirectoryActor, userId: string, action: string): UserRecord {
  const user = state.users.get(actor.userId);
  if (user !== undefined && user.active && (user.userId === userId || user.roles.includes('ADMIN'))) return user;
  throw new DomainError(
    'FORBIDDEN',
    messages.directory.selfOrAdminNeeded({ action, standing: standing(actor, user) }),
  );
}

function standing(actor: DirectoryActor, user: UserRecord | undefined): string {
  if (user === undefined) return messages.directory.notInDirectory(actor.userId);
  const named = messages.directory.userNameOf(user);
  if (!user.active) return messages.directory.deactivatedAccount(named);
  if (user.roles.length === 0) return messages.directory.noRole(named);
  return messages.directory.hasRoles({ user: named, roles: user.roles });
}
