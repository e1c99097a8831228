import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { DomainError, messages, type FieldProblem } from '@app/domain';

/**
 * Passwords are stored as scrypt$N$r$p$salt$hash (salt and hash in base64). scrypt is
 * memory-hard: each guess costs 32 MiB as well as time, which is what makes a stolen hash
 * expensive to attack on graphics cards. The parameters travel with each hash, so the cost
 * can be raised later without breaking the hashes already stored.
 */

export const minPasswordLength = 10;
/** Beyond any real password; a longer one is a mistake or an attempt to waste server time. */
export const maxPasswordLength = 1024;

/** The scrypt work factors of a new hash: N (the cost, a power of two), r (block size) and p (parallelism). */
export interface PasswordHashCost {
  N: number;
  r: number;
  p: number;
}

/** What every installation hashes with: 2^15 × 128 × 8 bytes = 32 MiB per guess. */
export const productionPasswordHashCost: Readonly<PasswordHashCost> = { N: 2 ** 15, r: 8, p: 1 };
const saltBytes = 16;
const keyBytes = 64;
/** The most memory a stored hash may ask for, so that a tampered hash cannot exhaust the server. */
const maxCostMemory = 256 * 1024 * 1024;

/** Why a new password is not acceptable, named with `field`; null when it is. Never repeats the password. */
export function passwordProblem(plain: unknown, field = 'password'): FieldProblem | null {
  if (typeof plain !== 'string') return { field, message: messages.auth.passwordRequired };
  const length = [...plain].length;
  if (length < minPasswordLength) {
    return { field, message: messages.auth.passwordTooShort({ length, min: minPasswordLength }) };
  }
  if (length > maxPasswordLength) {
    return { field, message: messages.auth.passwordTooLong({ length, max: maxPasswordLength }) };
  }
  return null;
}

/**
 * The encoded hash of a new password, or a VALIDATION DomainError if the password is too short.
 * `cost` is lowered only by the tests' API (test/support/running-api.ts), never by a setting.
 */
export async function hashPassword(plain: string, cost: Readonly<PasswordHashCost> = productionPasswordHashCost): Promise<string> {
  const problem = passwordProblem(plain);
  if (problem !== null) throw DomainError.validation([problem]);
  const salt = randomBytes(saltBytes);
  const { N, r, p } = cost;
  const hash = await derive(plain, salt, keyBytes, N, r, p);
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/**
 * Whether `plain` is the password of `encoded`. Pass null when no user has the name typed:
 * the same work is done and false returned, so the time taken does not tell which login
 * names exist. That work is `cost`, the cost new hashes are made with.
 */
export async function verifyPassword(plain: string, encoded: string | null, cost: Readonly<PasswordHashCost> = productionPasswordHashCost): Promise<boolean> {
  const text = typeof plain === 'string' ? plain : '';
  if (encoded === null) {
    await derive(text, absentUserSalt, keyBytes, cost.N, cost.r, cost.p);
    return false;
  }
  const stored = decode(encoded);
  const candidate = await derive(text, stored.salt, stored.hash.length, stored.N, stored.r, stored.p);
  return typeof plain === 'string' && timingSafeEqual(candidate, stored.hash);
}

const absentUserSalt = Buffer.alloc(saltBytes, 0x5a);

interface StoredHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

const encodedShape = /^scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

/** A stored hash that cannot be read is a fault of the server's data, never the caller's: a plain Error. */
function decode(encoded: string): StoredHash {
  const match = typeof encoded === 'string' ? encodedShape.exec(encoded) : null;
  if (match === null) throw new Error('The stored password hash is not in the form scrypt$N$r$p$salt$hash');
  const [, n, r, p, salt, hash] = match as unknown as [string, string, string, string, string, string];
  const stored = { N: Number(n), r: Number(r), p: Number(p), salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
  const powerOfTwo = stored.N >= 2 && (stored.N & (stored.N - 1)) === 0;
  if (!powerOfTwo || stored.r < 1 || stored.p < 1 || stored.p > 16 || 128 * stored.N * stored.r > maxCostMemory) {
    throw new Error('The stored password hash asks for scrypt parameters outside the accepted range');
  }
  if (stored.salt.length < 8 || stored.hash.length < 16 || stored.hash.length > 128) {
    throw new Error('The stored password hash has a salt or hash of an impossible length');
  }
  return stored;
}

function derive(plain: string, salt: Buffer, length: number, N: number, r: number, p: number): Promise<Buffer> {
  // OpenSSL counts the work buffers besides the 128·N·r table, so twice the table is allowed.
  // NFC: the same password typed on another device may arrive in another Unicode form.
  const maxmem = 2 * 128 * N * r + 128 * r * p;
  return new Promise((resolve, reject) => {
    scrypt(plain.normalize('NFC'), salt, length, { N, r, p, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
