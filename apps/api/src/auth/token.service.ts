import { Inject, Injectable } from '@nestjs/common';
import { bearerToken, signToken, verifyToken, type TokenClaims, type TokenSubject } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Clock } from '../clock/clock.js';

export const TOKEN_SECRET = Symbol('TOKEN_SECRET');

/** Signs and checks sign-in tokens with the configured (or generated) secret. */
@Injectable()
export class TokenService {
  constructor(
    @Inject(TOKEN_SECRET) private readonly secret: Buffer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  issue(subject: TokenSubject): { token: string; expiresAt: Date } {
    const now = this.clock.now();
    const token = signToken(subject, this.secret, { now, expiresInSeconds: this.config.tokenTtlSeconds });
    return { token, expiresAt: new Date((Math.floor(now.getTime() / 1000) + this.config.tokenTtlSeconds) * 1000) };
  }

  /** The claims of the token in an Authorization header; a TokenError (UNAUTHENTICATED) says what is wrong with it. */
  fromAuthorization(authorization: string | string[] | undefined): TokenClaims {
    return verifyToken(bearerToken(authorization), this.secret, this.clock.now(), { clockToleranceSeconds: 5 });
  }
}
