import { describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { DomainError } from '@app/domain';
import { defaultTokenLifetimeSeconds, signToken, verifyToken, type TokenClaims, type TokenSubject } from './jwt.js';
import { TokenError } from './token-error.js';

const secret = Buffer.from('0123456789abcdef0123456789abcdef0123456789abcdef');
const otherSecret = Buffer.from('fedcba9876543210fedcba9876543210fedcba9876543210');
const now = new Date('2022-03-01T08:00:00.000Z');
const seconds = now.getTime() / 1000;
const later = (s: number) => new Date(now.getTime() + s * 1000);
const subject: TokenSubject = {
  sub: 'u-zhang',
  name: '张三',
  roles: ['PREPARER', 'SECTION_HEAD'],
  unitCode: '323001',
  sectionId: 'jiuye',
  jti: 'token-1',
};

function tokenError(run: () => unknown): TokenError {
  try {
    run();
  } catch (error) {
    if (error instanceof TokenError) return error;
    throw error;
  }
  throw new Error('expected a TokenError');
}

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const hs256 = (input: string, key: Buffer) => createHmac('sha256', key).update(input).digest('base64url');

describe('signToken and verifyToken', () => {
  it('round-trips the claims, adding iat, nbf and exp (8 hours by default)', () => {
    const token = signToken(subject, secret, { now });
    const claims = verifyToken(token, secret, later(60));
    const expected: TokenClaims = {
      ...subject,
      jti: 'token-1',
      iat: seconds,
      nbf: seconds,
      exp: seconds + defaultTokenLifetimeSeconds,
    };
    expect(claims).toEqual(expected);
    expect(defaultTokenLifetimeSeconds).toBe(28_800);
  });

  it('is a standard HS256 JWT any library can read', () => {
    const token = signToken(subject, secret, { now, expiresInSeconds: 60 });
    const [header, payload, signature] = token.split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(JSON.parse(Buffer.from(payload!, 'base64url').toString())).toMatchObject({ sub: 'u-zhang', exp: seconds + 60 });
    expect(signature).toBe(hs256(`${header}.${payload}`, secret));
  });

  it('gives each token its own id unless one is given', () => {
    const { jti: _ignored, ...withoutId } = subject;
    const a = verifyToken(signToken(withoutId, secret, { now }), secret, now);
    const b = verifyToken(signToken(withoutId, secret, { now }), secret, now);
    expect(a.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.jti).not.toBe(b.jti);
  });

  it('accepts a user without unit or section, such as the bootstrap ADMIN', () => {
    const admin = { ...subject, roles: ['ADMIN' as const], unitCode: null, sectionId: null };
    expect(verifyToken(signToken(admin, secret, { now }), secret, now)).toMatchObject({ unitCode: null, sectionId: null });
  });

  it('refuses an expired token, saying so', () => {
    const token = signToken(subject, secret, { now, expiresInSeconds: 3600 });
    expect(verifyToken(token, secret, later(3599)).sub).toBe('u-zhang');
    const error = tokenError(() => verifyToken(token, secret, later(3600)));
    expect(error).toBeInstanceOf(DomainError);
    expect([error.code, error.problem, error.message]).toEqual([
      'UNAUTHENTICATED',
      'EXPIRED',
      '登录令牌已于 2022-03-01T09:00:00.000Z 过期：请重新登录。',
    ]);
  });

  it('allows for clock differences between instances when asked', () => {
    const token = signToken(subject, secret, { now, expiresInSeconds: 3600 });
    expect(verifyToken(token, secret, later(3610), { clockToleranceSeconds: 30 }).sub).toBe('u-zhang');
  });

  it('refuses a token not yet valid, saying so', () => {
    const token = signToken(subject, secret, { now });
    const error = tokenError(() => verifyToken(token, secret, later(-1)));
    expect([error.code, error.problem, error.message]).toEqual([
      'UNAUTHENTICATED',
      'NOT_YET_VALID',
      '登录令牌在 2022-03-01T08:00:00.000Z 之前无效：请检查本机时钟是否正确，或重新登录。',
    ]);
  });

  it('refuses a token signed with another secret', () => {
    const token = signToken(subject, otherSecret, { now });
    const error = tokenError(() => verifyToken(token, secret, now));
    expect([error.code, error.problem, error.message]).toEqual([
      'UNAUTHENTICATED',
      'INVALID',
      '登录令牌无效：签名不符（被改动过，或用另一个密钥签名）。请重新登录。',
    ]);
  });

  it('refuses a token whose claims were altered, e.g. a role added', () => {
    const [header, payload, signature] = signToken(subject, secret, { now }).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = `${header}.${part({ ...claims, roles: ['ADMIN'] })}.${signature}`;
    expect(tokenError(() => verifyToken(forged, secret, now)).problem).toBe('INVALID');
  });

  it('refuses a signature with one character changed, and one with altered padding bits', () => {
    const token = signToken(subject, secret, { now });
    const last = token.at(-1)!;
    const flipped = `${token.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`;
    expect(tokenError(() => verifyToken(flipped, secret, now)).problem).toBe('INVALID');
    // 32 bytes take 43 base64url characters; the last one carries 2 unused bits.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sameBytes = `${token.slice(0, -1)}${alphabet[alphabet.indexOf(last) ^ 1]}`;
    const signature = (t: string) => Buffer.from(t.split('.')[2]!, 'base64url');
    expect(signature(sameBytes)).toEqual(signature(token));
    expect(tokenError(() => verifyToken(sameBytes, secret, now)).problem).toBe('INVALID');
  });

  it('refuses alg none, even with an empty signature', () => {
    const payload = part({ ...subject, iat: seconds, nbf: seconds, exp: seconds + 3600 });
    const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    expect(tokenError(() => verifyToken(unsigned, secret, now)).message).toBe(
      '登录令牌无效：它不是由三段（以点分隔）组成的令牌。请重新登录。',
    );
    const withSignature = `${part({ alg: 'none', typ: 'JWT' })}.${payload}.${hs256(`x.${payload}`, secret)}`;
    expect(tokenError(() => verifyToken(withSignature, secret, now)).message).toBe(
      '登录令牌无效：它必须以 HS256 签名，而不是 "none"。请重新登录。',
    );
  });

  it('refuses any other alg, even when the HMAC over it is right', () => {
    for (const alg of ['HS512', 'RS256', 'hs256']) {
      const input = `${part({ alg, typ: 'JWT' })}.${part({ ...subject, iat: seconds, nbf: seconds, exp: seconds + 3600 })}`;
      expect(tokenError(() => verifyToken(`${input}.${hs256(input, secret)}`, secret, now)).message).toContain(
        `它必须以 HS256 签名，而不是 "${alg}"`,
      );
    }
  });

  it('refuses well-signed tokens whose header or claims this server never writes', () => {
    const signed = (header: object, claims: object) => {
      const input = `${part(header)}.${part(claims)}`;
      return `${input}.${hs256(input, secret)}`;
    };
    const good = { ...subject, iat: seconds, nbf: seconds, exp: seconds + 3600 };
    expect(verifyToken(signed({ alg: 'HS256' }, good), secret, now).sub).toBe('u-zhang');
    expect(tokenError(() => verifyToken(signed({ alg: 'HS256', crit: ['exp'] }, good), secret, now)).problem).toBe('INVALID');
    expect(tokenError(() => verifyToken(signed({ alg: 'HS256' }, { ...good, exp: undefined }), secret, now)).message).toBe(
      '登录令牌无效：它的声明不是本服务器写的。请重新登录。',
    );
    expect(tokenError(() => verifyToken(signed({ alg: 'HS256' }, { ...good, roles: ['ROOT'] }), secret, now)).problem).toBe('INVALID');
    expect(tokenError(() => verifyToken(signed({ alg: 'HS256' }, { ...good, iat: seconds + 60 }), secret, now)).message).toContain(
      '它声称签发于未来',
    );
  });

  it('refuses what is not a token at all', () => {
    for (const junk of ['', 'abc', 'a.b', 'a.b.c.d', `${'a'.repeat(9000)}.b.c`, 'a b.c.d', undefined as unknown as string]) {
      expect(tokenError(() => verifyToken(junk, secret, now)).problem).toBe('INVALID');
    }
    expect(tokenError(() => verifyToken('e30.!!!.abc', secret, now)).problem).toBe('INVALID');
    expect(tokenError(() => verifyToken('bm90IGpzb24.e30.abc', secret, now)).message).toBe(
      '登录令牌无效：其中一段不是 base64url 编码的 JSON。请重新登录。',
    );
  });

  it('refuses a secret shorter than 32 bytes and a lifetime that is not a positive whole number', () => {
    expect(() => signToken(subject, 'too short', { now })).toThrow('The token secret has 9 bytes: HS256 needs at least 32');
    expect(() => verifyToken('a.b.c', Buffer.alloc(8), now)).toThrow('needs at least 32');
    expect(() => signToken(subject, secret, { now, expiresInSeconds: 0 })).toThrow('expiresInSeconds must be a positive whole number');
  });
});
