import type { Actor } from '@app/event-store';
import { ApiError } from '../graphql/api-error.js';
import { rolesHeld, messages } from '@app/domain';

/** FORBIDDEN, naming the roles needed and those held, unless the caller has one of `roles`. */
export function requireAnyRole(actor: Actor, roles: ReadonlyArray<string>, doing: string): void {
  if (roles.some((role) => actor.roles.includes(role))) return;
  throw new ApiError('FORBIDDEN', messages.auth.rolesNeeded({ doing, roles, rolesHeld: rolesHeld(actor) }));
}
