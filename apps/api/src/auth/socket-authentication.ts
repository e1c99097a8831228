import proxyAddress from 'proxy-addr';
import { messages } from '@app/domain';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { TokenError } from '@app/auth';
import { directoryEventTypes } from '@app/domain';
import { CloseCode, type Context } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import { concatMap, filter, type Subscription } from 'rxjs';
import { Clock } from '../clock/clock.js';
import { StoredEvent } from '../event-bus/stored-event.js';
import { ApiError } from '../graphql/api-error.js';
import type { ApiRequest } from './authenticated-request.js';
import { CallerAuthentication } from './caller-authentication.js';

/** A graphql-ws connection. */
export type SocketContext = Context<Record<string, unknown> | undefined, Extra>;

/** A WebSocket close reason is at most 123 bytes of UTF-8. */
const maxCloseReasonBytes = 123;

/** setTimeout takes at most 2^31 − 1 ms; a later expiry is checked again then. */
const maxTimerMs = 2 ** 31 - 1;

const missingToken = messages.auth.signInFirstSocket;

const directoryTypes: ReadonlySet<string> = new Set(directoryEventTypes);

interface OpenSocket {
  userId: string;
  expiry: NodeJS.Timeout;
}

/**
 * Subscriptions run over graphql-ws, where no request carries a header: the token comes in
 * the connection's first message (connectionParams.authorization). A connection without a
 * valid one is refused before it can send anything. Then every operation on it is its own
 * request carrying that token (socketRequest), which the AuthGuard checks against the
 * directory as it is at that moment, as for HTTP. And an open socket is checked again —
 * closed with 4401 once its caller may no longer act — whenever the directory changes for
 * its user (deactivated, password changed) and when its token expires, so a socket that
 * only listens does not outlive the rights it was opened with.
 */
@Injectable()
export class SocketAuthentication implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('SocketAuthentication');
  private readonly open = new Map<SocketContext, OpenSocket>();
  private subscription: Subscription | undefined;

  constructor(
    private readonly authentication: CallerAuthentication,
    private readonly eventBus: EventBus,
    private readonly clock: Clock,
  ) {}

  /** Who an open socket signed in as (for its log lines); undefined before its token was accepted. */
  userIdOf(context: SocketContext): string | undefined {
    return this.open.get(context)?.userId;
  }

  onModuleInit(): void {
    this.subscription = this.eventBus
      .pipe(
        filter((event): event is StoredEvent => event instanceof StoredEvent && directoryTypes.has(event.event.type)),
        concatMap(({ event }) => this.recheckUser(event.data.userId)),
      )
      .subscribe();
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
    for (const { expiry } of this.open.values()) clearTimeout(expiry);
    this.open.clear();
  }

  /** graphql-ws onConnect: accepts the connection, or closes it with 4401 and the reason. */
  async onConnect(context: SocketContext): Promise<boolean> {
    const caller = await this.authenticated(context);
    if (caller === undefined) return false;
    this.track(context, caller.userId, caller.expiresAtMs);
    return true;
  }

  /** graphql-ws onClose: the socket is no longer watched. */
  onClose(context: SocketContext): void {
    const socket = this.open.get(context);
    if (socket !== undefined) clearTimeout(socket.expiry);
    this.open.delete(context);
  }

  /** The socket's caller, or undefined after closing it with 4401 and the reason they may not act. */
  private async authenticated(context: SocketContext): Promise<{ userId: string; expiresAtMs: number } | undefined> {
    try {
      const { claims } = await this.authentication.callerOf(authorizationOf(context.connectionParams));
      return { userId: claims.sub, expiresAtMs: claims.exp * 1000 };
    } catch (error) {
      if (!(error instanceof TokenError || (error instanceof ApiError && error.code === 'UNAUTHENTICATED'))) throw error;
      const message = error instanceof TokenError && error.problem === 'MISSING' ? missingToken : error.message;
      this.onClose(context);
      context.extra.socket.close(CloseCode.Unauthorized, closeReason(`UNAUTHENTICATED: ${message}`));
      return undefined;
    }
  }

  private track(context: SocketContext, userId: string, expiresAtMs: number): void {
    const previous = this.open.get(context);
    if (previous !== undefined) clearTimeout(previous.expiry);
    const delayMs = Math.min(maxTimerMs, Math.max(0, expiresAtMs - this.clock.now().getTime()));
    const expiry = setTimeout(() => void this.recheck(context), delayMs);
    expiry.unref();
    this.open.set(context, { userId, expiry });
  }

  private async recheckUser(userId: unknown): Promise<void> {
    const sockets = [...this.open.entries()].filter(([, socket]) => socket.userId === userId).map(([context]) => context);
    await Promise.all(sockets.map((context) => this.recheck(context)));
  }

  private async recheck(context: SocketContext): Promise<void> {
    try {
      const caller = await this.authenticated(context);
      if (caller !== undefined) this.track(context, caller.userId, caller.expiresAtMs);
    } catch (error) {
      // One socket that cannot be checked now is checked again on the next change; it must not stop the others.
      this.logger.error('Could not re-check an open socket', error instanceof Error ? error.stack : String(error));
    }
  }
}

/**
 * The request of one operation on an accepted connection: its own object, carrying the
 * socket's token as the Authorization header, so that the AuthGuard checks it as it checks
 * an HTTP request. Its address is the client's as Express would read it over HTTP — behind a
 * trusted proxy (TRUSTED_PROXIES) the one the proxy forwarded — so the sign-in throttle counts
 * a socket's attempts by the same address as a request's (docs/security.md).
 */
export function socketRequest(context: SocketContext, trustedProxy: (address: string, hop: number) => boolean): ApiRequest {
  const upgrade = context.extra.request;
  return {
    headers: { authorization: authorizationOf(context.connectionParams) },
    ip: upgrade.socket.remoteAddress === undefined ? undefined : proxyAddress(upgrade, trustedProxy),
    socket: { remoteAddress: upgrade.socket.remoteAddress },
  };
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
