import type { Actor } from '@app/event-store';
import { ApiError } from '../graphql/api-error.js';

/** FORBIDDEN, naming the roles needed and those held, unless the caller has one of `roles`. */
export function requireAnyRole(actor: Actor, roles: ReadonlyArray<string>, doing: string): void {
  if (roles.some((role) => actor.roles.includes(role))) return;
  const held = actor.roles.length === 0 ? 'you have no role' : `you have ${actor.roles.join(', ')}`;
  throw new ApiError('FORBIDDEN', `${doing} needs the ${roles.join(' or ')} role: ${held}. Ask an administrator.`);
}
