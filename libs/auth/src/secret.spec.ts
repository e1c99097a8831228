import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateSecret, secretFileName } from './secret.js';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'auth-secret-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('loadOrCreateSecret', () => {
  it('creates 48 random bytes in <dataDir>/jwt-secret, readable by the owner only, and leaves no temporary file', async () => {
    const secret = await loadOrCreateSecret(dataDir);
    expect(secret).toHaveLength(48);
    const path = join(dataDir, secretFileName);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(Buffer.from((await readFile(path, 'utf8')).trim(), 'base64')).toEqual(secret);
    expect(await readdir(dataDir)).toEqual(['jwt-secret']);
  });

  it('reads the same secret on the next start', async () => {
    const first = await loadOrCreateSecret(dataDir);
    expect(await loadOrCreateSecret(dataDir)).toEqual(first);
  });

  it('creates the data folder when it does not exist yet', async () => {
    const nested = join(dataDir, 'data', 'auth');
    expect(await loadOrCreateSecret(nested)).toHaveLength(48);
  });

  it('gives instances starting together one secret', async () => {
    const secrets = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateSecret(dataDir)));
    for (const secret of secrets) expect(secret).toEqual(secrets[0]);
    expect(await readdir(dataDir)).toEqual(['jwt-secret']);
  });

  it('uses the configured secret when given, and writes no file', async () => {
    const configured = 'a configured secret of at least 32 bytes!';
    expect((await loadOrCreateSecret(dataDir, configured)).toString('utf8')).toBe(configured);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('treats an empty configured secret as none', async () => {
    expect(await loadOrCreateSecret(dataDir, '  ')).toHaveLength(48);
  });

  it('refuses a configured secret shorter than 32 bytes, saying how to make one', async () => {
    await expect(loadOrCreateSecret(dataDir, 'short-secret')).rejects.toThrow(
      'The configured token secret has 12 bytes: use at least 32',
    );
  });

  it('refuses a secret file that does not hold a long enough base64 secret', async () => {
    await writeFile(join(dataDir, secretFileName), 'c2hvcnQ=\n', { mode: 0o600 });
    await expect(loadOrCreateSecret(dataDir)).rejects.toThrow('delete it to have a new one generated');
  });

  it('narrows a secret file that others could read back to the owner', async () => {
    const first = await loadOrCreateSecret(dataDir);
    const path = join(dataDir, secretFileName);
    await chmod(path, 0o644);
    expect(await loadOrCreateSecret(dataDir)).toEqual(first);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });
});
