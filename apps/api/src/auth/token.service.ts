import { Inject, Injectable } from '@nestjs/common';
import { bearerToken, checkTokenTimes, signToken, signedClaims, type TokenClaims, type TokenSubject } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Clock } from '../clock/clock.js';

export const TOKEN_SECRET = Symbol('TOKEN_SECRET');

/** How many tokens' signed claims are kept: far more than the people signed in at once. */
const maxKnownTokens = 1000;

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

  /**
   * Tokens found signed by this server, with their claims: a signature checked once holds for
   * as long as the secret, which does not change while the server runs. Their times are
   * checked on every call; who the caller is now and what they may do is the directory's
   * (CallerAuthentication).
   */
  private readonly signed = new Map<string, Readonly<TokenClaims>>();

  /** The claims of the token in an Authorization header; a TokenError (UNAUTHENTICATED) says what is wrong with it. */
  fromAuthorization(authorization: string | string[] | undefined): TokenClaims {
    return checkTokenTimes(this.signedClaimsOf(bearerToken(authorization)), this.clock.now(), { clockToleranceSeconds: 5 });
  }

  private signedClaimsOf(token: string): TokenClaims {
    const known = this.signed.get(token);
    if (known !== undefined) return known;
    const claims = signedClaims(token, this.secret);
    Object.freeze(claims.roles);
    // The oldest token known goes first (a Map keeps the order of insertion).
    if (this.signed.size >= maxKnownTokens) this.signed.delete(this.signed.keys().next().value!);
    this.signed.set(token, Object.freeze(claims));
    return claims;
  }
}
