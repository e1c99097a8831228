import { messages } from '@app/domain';
import type { Actor } from '@app/event-store';
import { ApiError } from '../graphql/api-error.js';

/** The HTTP request of a GraphQL operation; the AuthGuard sets `actor` from the caller's token. */
export interface ApiRequest {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  socket?: { remoteAddress?: string };
  actor?: Actor;
  /** Who a successful `login` signed in: the operation's log line names them, as it names a caller by token. */
  signedInUserId?: string;
}

export interface RequestContext {
  req: ApiRequest;
}

/** The signed-in caller; the guard has refused every request without one before a resolver runs. */
export function actorOf(request: ApiRequest): Actor {
  if (request.actor === undefined) {
    throw new ApiError('UNAUTHENTICATED', messages.auth.signInFirst);
  }
  return request.actor;
}

/** The caller's network address, as the login throttle counts it. */
export function addressOf(request: ApiRequest): string {
  return request.ip ?? request.socket?.remoteAddress ?? 'unknown';
}
