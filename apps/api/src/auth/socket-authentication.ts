import { messages } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { TokenError } from '@app/auth';
import type { Actor } from '@app/event-store';
import { CloseCode, type Context } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import { DirectoryReader } from '../directory/directory.reader.js';
import { ApiError } from '../graphql/api-error.js';
import type { ApiRequest } from './authenticated-request.js';
import { TokenService } from './token.service.js';

/** A graphql-ws connection; `actor` is set once its token has been accepted. */
export type SocketContext = Context<Record<string, unknown> | undefined, Extra & { actor?: Actor }>;

/** A WebSocket close reason is at most 123 bytes of UTF-8. */
const maxCloseReasonBytes = 123;

const missingToken = messages.auth.signInFirstSocket;

/**
 * Subscriptions run over graphql-ws, where no request carries a header: the token comes in
 * the connection's first message (connectionParams.authorization). It is checked there, and
 * the caller is read from the directory like the HTTP guard does, so that a connection
 * without a valid token is refused before it can subscribe to anything.
 */
@Injectable()
export class SocketAuthentication {
  constructor(
    private readonly tokens: TokenService,
    private readonly directory: DirectoryReader,
  ) {}

  /** graphql-ws onConnect: accepts the connection, or closes it with 4401 and the reason. */
  async onConnect(context: SocketContext): Promise<boolean> {
    try {
      const claims = this.tokens.fromAuthorization(authorizationOf(context.connectionParams));
      context.extra.actor = (await this.directory.actorOf(claims.sub)).actor;
      return true;
    } catch (error) {
      if (!(error instanceof TokenError || (error instanceof ApiError && error.code === 'UNAUTHENTICATED'))) throw error;
      const message = error instanceof TokenError && error.problem === 'MISSING' ? missingToken : error.message;
      context.extra.socket.close(CloseCode.Unauthorized, closeReason(`UNAUTHENTICATED: ${message}`));
      return false;
    }
  }
}

/** The request a resolver and the AuthGuard see for an operation on an accepted connection. */
export function socketRequest(context: SocketContext): ApiRequest {
  return { headers: {}, socket: { remoteAddress: context.extra.request.socket.remoteAddress }, actor: context.extra.actor };
}

function authorizationOf(connectionParams: Record<string, unknown> | undefined): string | undefined {
  const value = connectionParams?.authorization ?? connectionParams?.Authorization;
  return typeof value === 'string' ? value : undefined;
}

function closeReason(text: string): string {
  if (Buffer.byteLength(text, 'utf8') <= maxCloseReasonBytes) return text;
  let cut = text;
  while (Buffer.byteLength(`${cut}…`, 'utf8') > maxCloseReasonBytes) cut = cut.slice(0, -1);
  return `${cut}…`;
}
