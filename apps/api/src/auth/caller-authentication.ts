import { messages } from '@app/domain';
import { Injectable } from '@nestjs/common';
import type { TokenClaims } from '@app/auth';
import type { Actor } from '@app/event-store';
import { DirectoryReader } from '../directory/directory.reader.js';
import { ApiError } from '../graphql/api-error.js';
import { TokenService } from './token.service.js';

export interface AuthenticatedCaller {
  actor: Actor;
  claims: TokenClaims;
  /** The directory's revision the caller was checked against. */
  directoryRevision: number;
}

/**
 * Who an `Authorization: Bearer <token>` value belongs to, as the directory knows them now.
 * The one check behind every operation — an HTTP request (AuthGuard), each operation on a
 * graphql-ws socket (the same guard) and the socket's own opening and re-checks — so a
 * token that expired, a deactivated account, a revoked role or a password changed since
 * the token was issued count everywhere alike (docs/security.md).
 */
@Injectable()
export class CallerAuthentication {
  constructor(
    private readonly tokens: TokenService,
    private readonly directory: DirectoryReader,
  ) {}

  async callerOf(authorization: string | string[] | undefined): Promise<AuthenticatedCaller> {
    const claims = this.tokens.fromAuthorization(authorization);
    const { actor, user, revision } = await this.directory.actorOf(claims.sub);
    // JWT times are whole seconds: a token issued in the second of the change still counts, so signing in right after a change works.
    if (user.passwordChangedAt !== null && claims.iat < Math.floor(Date.parse(user.passwordChangedAt) / 1000)) {
      throw new ApiError('UNAUTHENTICATED', messages.auth.passwordChangedSince({ userName: user.userName, changedAt: user.passwordChangedAt }));
    }
    return { actor, claims, directoryRevision: revision };
  }
}
