import { messages } from '@app/domain';
import { TokenError } from './token-error.js';

/** The token of an `Authorization: Bearer <token>` header (RFC 6750); the scheme is matched in any case. */
export function bearerToken(authorization: string | string[] | undefined): string {
  const value = Array.isArray(authorization) ? authorization[0] : authorization;
  const match = typeof value === 'string' ? /^\s*Bearer\s+(\S+)\s*$/i.exec(value) : null;
  if (match?.[1] === undefined) {
    throw new TokenError('MISSING', messages.auth.signInFirst);
  }
  return match[1];
}
