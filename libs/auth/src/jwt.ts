import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { isRole, messages, type Role } from '@app/domain';
import { TokenError } from './token-error.js';

/**
 * Sign-in tokens: JSON Web Tokens (RFC 7519) signed with HMAC-SHA256 and nothing else.
 * The algorithm is fixed here rather than read from the token, since a token that names its
 * own algorithm ("none", or RS256 with the secret as a public key) is the classic forgery.
 */

export interface TokenClaims {
  /** The user id. */
  sub: string;
  /** Display name, for showing who is signed in. */
  name: string;
  roles: Role[];
  unitCode: string | null;
  sectionId: string | null;
  /** Token id, so a token can be named in the log or refused later. */
  jti: string;
  /** Issued at, not before and expires, in seconds since 1970 (NumericDate). */
  iat: number;
  nbf: number;
  exp: number;
}

/** What the application puts in a token; the times and, unless given, the id are added. */
export type TokenSubject = Pick<TokenClaims, 'sub' | 'name' | 'roles' | 'unitCode' | 'sectionId'> & { jti?: string };

export interface SignTokenOptions {
  now: Date;
  /** Default 8 hours: a working day. */
  expiresInSeconds?: number;
}

export interface VerifyTokenOptions {
  /** Seconds by which clocks of several API instances may disagree; default 0. */
  clockToleranceSeconds?: number;
}

export const defaultTokenLifetimeSeconds = 8 * 60 * 60;
export const minSecretBytes = 32;
const maxTokenLength = 8192;
const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
const tokenShape = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export function signToken(claims: TokenSubject, secret: Uint8Array | string, options: SignTokenOptions): string {
  const key = secretKey(secret);
  const lifetime = options.expiresInSeconds ?? defaultTokenLifetimeSeconds;
  if (!Number.isInteger(lifetime) || lifetime <= 0) throw new Error(`expiresInSeconds must be a positive whole number, got ${lifetime}`);
  const iat = Math.floor(options.now.getTime() / 1000);
  const payload: TokenClaims = {
    sub: claims.sub,
    name: claims.name,
    roles: [...claims.roles],
    unitCode: claims.unitCode,
    sectionId: claims.sectionId,
    jti: claims.jti ?? randomUUID(),
    iat,
    nbf: iat,
    exp: iat + lifetime,
  };
  const signingInput = `${header}.${base64url(JSON.stringify(payload))}`;
  return `${signingInput}.${sign(signingInput, key).toString('base64url')}`;
}

/** The claims of a token this server signed that is valid at `now`; otherwise a TokenError saying why. */
export function verifyToken(
  token: string,
  secret: Uint8Array | string,
  now: Date,
  options: VerifyTokenOptions = {},
): TokenClaims {
  return checkTokenTimes(signedClaims(token, secret), now, options);
}

/**
 * The claims of a token this server signed, whatever the time: the part of verifyToken whose
 * answer for a token never changes (its form, its signature, its claims). checkTokenTimes
 * does the rest.
 */
export function signedClaims(token: string, secret: Uint8Array | string): TokenClaims {
  const key = secretKey(secret);
  if (typeof token !== 'string' || token.length > maxTokenLength || !tokenShape.test(token)) {
    throw invalid(messages.auth.tokenWhy.notThreeParts);
  }
  const [headerPart, payloadPart, signaturePart] = token.split('.') as [string, string, string];
  const head = parseJson(headerPart);
  const { alg, typ, crit } = (typeof head === 'object' && head !== null ? head : {}) as Record<string, unknown>;
  if (alg !== 'HS256') throw invalid(messages.auth.tokenWhy.wrongAlgorithm(JSON.stringify(alg ?? null)));
  if ((typ !== undefined && typ !== 'JWT') || crit !== undefined) throw invalid(messages.auth.tokenWhy.foreignHeader);

  const given = Buffer.from(signaturePart, 'base64url');
  const expected = sign(`${headerPart}.${payloadPart}`, key);
  // Re-encoding catches a signature with altered padding bits that would decode to the same bytes.
  const canonical = given.toString('base64url') === signaturePart;
  if (!canonical || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw invalid(messages.auth.tokenWhy.signatureMismatch);
  }

  return readClaims(parseJson(payloadPart));
}

/** The claims of a signed token (signedClaims) if it is valid at `now`; otherwise a TokenError saying why. */
export function checkTokenTimes(claims: TokenClaims, now: Date, options: VerifyTokenOptions = {}): TokenClaims {
  const tolerance = options.clockToleranceSeconds ?? 0;
  const nowSeconds = now.getTime() / 1000;
  if (nowSeconds >= claims.exp + tolerance) {
    throw new TokenError('EXPIRED', messages.auth.tokenExpired(isoOf(claims.exp)));
  }
  if (nowSeconds + tolerance < claims.nbf) {
    throw new TokenError(
      'NOT_YET_VALID',
      messages.auth.tokenNotYetValid(isoOf(claims.nbf)),
    );
  }
  if (claims.iat > nowSeconds + tolerance) throw invalid(messages.auth.tokenWhy.issuedInFuture(isoOf(claims.iat)));
  return claims;
}

function readClaims(payload: unknown): TokenClaims {
  const p = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  const text = (value: unknown): value is string => typeof value === 'string' && value !== '';
  const textOrNull = (value: unknown): value is string | null => value === null || text(value);
  const seconds = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);
  if (
    !text(p.sub) ||
    typeof p.name !== 'string' ||
    !Array.isArray(p.roles) ||
    !p.roles.every(isRole) ||
    !textOrNull(p.unitCode) ||
    !textOrNull(p.sectionId) ||
    !text(p.jti) ||
    !seconds(p.iat) ||
    !seconds(p.exp) ||
    (p.nbf !== undefined && !seconds(p.nbf))
  ) {
    throw invalid(messages.auth.tokenWhy.foreignClaims);
  }
  return {
    sub: p.sub,
    name: p.name,
    roles: [...(p.roles as Role[])],
    unitCode: p.unitCode,
    sectionId: p.sectionId,
    jti: p.jti,
    iat: p.iat,
    nbf: (p.nbf as number | undefined) ?? p.iat,
    exp: p.exp,
  };
}

function invalid(why: string): TokenError {
  return new TokenError('INVALID', messages.auth.tokenInvalid(why));
}

function secretKey(secret: Uint8Array | string): Buffer {
  const key = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
  if (key.length < minSecretBytes) {
    throw new Error(`The token secret has ${key.length} bytes: HS256 needs at least ${minSecretBytes} (see loadOrCreateSecret)`);
  }
  return key;
}

function sign(signingInput: string, key: Buffer): Buffer {
  return createHmac('sha256', key).update(signingInput, 'ascii').digest();
}

function parseJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw invalid(messages.auth.tokenWhy.notBase64Json);
  }
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function isoOf(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}
