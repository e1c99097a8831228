import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@app/domain';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';

const plain = 'correct horse battery staple';
/** What the tests' API hashes with: these tests are about the format, not the cost, except the first. */
const testCost = { N: 2 ** 10, r: 8, p: 1 };

describe('hashPassword', () => {
  it('writes scrypt$N$r$p$salt$hash with N=2^15, r=8, p=1, a 16-byte salt and a 64-byte key', async () => {
    const encoded = await hashPassword(plain);
    const [scheme, n, r, p, salt, hash, ...rest] = encoded.split('$');
    expect([scheme, n, r, p, rest]).toEqual(['scrypt', '32768', '8', '1', []]);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(hash!, 'base64')).toHaveLength(64);
  });

  it('never contains the password, in clear or in base64', async () => {
    const encoded = await hashPassword(plain, testCost);
    expect(encoded).not.toContain(plain);
    expect(encoded).not.toContain(Buffer.from(plain).toString('base64').slice(0, 12));
    expect(encoded.toLowerCase()).not.toContain('horse');
  });

  it('salts every hash afresh, so equal passwords do not give equal hashes', async () => {
    const [a, b] = await Promise.all([hashPassword(plain, testCost), hashPassword(plain, testCost)]);
    expect(a).not.toBe(b);
  });

  it('refuses a password shorter than 10 characters with VALIDATION, without repeating it', async () => {
    let thrown: unknown;
    try {
      await hashPassword('Tr0ub4dor');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    const error = thrown as DomainError;
    expect(error.code).toBe('VALIDATION');
    expect(error.problems).toEqual([
      {
        field: 'password',
        message: '长 9 个字符：密码至少需要 10 个字符；一句短语既好记又难猜',
      },
    ]);
    expect(error.message).not.toContain('Tr0ub4dor');
  });

  it('counts characters, not bytes: ten Chinese characters are enough, nine are not', async () => {
    expect(passwordProblem('巨鹿县人力资源社会保')).toBeNull();
    expect(passwordProblem('巨鹿县人力资源社会')?.message).toMatch(/^长 9 个字符/);
    await expect(hashPassword('巨鹿县人力资源社会保', testCost)).resolves.toMatch(/^scrypt\$1024\$/);
  });

  it('names the field the application chooses, and refuses absurdly long or missing passwords', () => {
    expect(passwordProblem('short', 'newPassword')?.field).toBe('newPassword');
    expect(passwordProblem('x'.repeat(1025))?.message).toBe('长 1025 个字符：密码最多 1024 个字符');
    expect(passwordProblem(undefined)?.message).toBe('必填：请以文字发送密码');
  });
});

describe('verifyPassword', () => {
  it('accepts the password and refuses any other', async () => {
    const encoded = await hashPassword(plain, testCost);
    await expect(verifyPassword(plain, encoded)).resolves.toBe(true);
    await expect(verifyPassword('correct horse battery stapl', encoded)).resolves.toBe(false);
    await expect(verifyPassword('', encoded)).resolves.toBe(false);
  });

  it('matches the same password typed in another Unicode form', async () => {
    const encoded = await hashPassword('Café au lait 2022', testCost);
    await expect(verifyPassword('Cafe\u0301 au lait 2022', encoded)).resolves.toBe(true);
  });

  it('reads the cost from the stored hash, so hashes made with other parameters still verify', async () => {
    // Same format, cheaper parameters: what an older or test build might have stored.
    const { scryptSync } = await import('node:crypto');
    const salt = Buffer.alloc(16, 1);
    const key = scryptSync('an older password', salt, 32, { N: 1024, r: 8, p: 1 });
    const encoded = `scrypt$1024$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
    await expect(verifyPassword('an older password', encoded)).resolves.toBe(true);
    await expect(verifyPassword('another password', encoded)).resolves.toBe(false);
  });

  it('does the same work and says false for a user who does not exist', async () => {
    await expect(verifyPassword(plain, null)).resolves.toBe(false);
    await expect(verifyPassword(plain, null, testCost)).resolves.toBe(false);
  });

  it('throws on a stored hash it cannot read or that asks for too much memory, without showing it', async () => {
    await expect(verifyPassword(plain, 'plain-text-password')).rejects.toThrow(
      'The stored password hash is not in the form scrypt$N$r$p$salt$hash',
    );
    const salt = Buffer.alloc(16).toString('base64');
    const hash = Buffer.alloc(64).toString('base64');
    await expect(verifyPassword(plain, `scrypt$1048576$32$1$${salt}$${hash}`)).rejects.toThrow('outside the accepted range');
    await expect(verifyPassword(plain, `scrypt$1000$8$1$${salt}$${hash}`)).rejects.toThrow('outside the accepted range');
    await expect(verifyPassword(plain, `scrypt$1024$8$1$AAAA$${hash}`)).rejects.toThrow('impossible length');
  });
});
