import { TokenError } from './token-error.js';

/** The token of an `Authorization: Bearer <token>` header (RFC 6750); the scheme is matched in any case. */
export function bearerToken(authorization: string | string[] | undefined): string {
  const value = Array.isArray(authorization) ? authorization[0] : authorization;
  const match = typeof value === 'string' ? /^\s*Bearer\s+(\S+)\s*$/i.exec(value) : null;
  if (match?.[1] === undefined) {
    throw new TokenError(
      'MISSING',
      'Sign in first: send the token that the login mutation returned as the header "Authorization: Bearer <token>".',
    );
  }
  return match[1];
}
