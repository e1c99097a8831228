import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { minSecretBytes } from './jwt.js';

export const secretFileName = 'jwt-secret';
const generatedSecretBytes = 48;

/**
 * The key that signs sign-in tokens. From configuration when given (its UTF-8 bytes, at
 * least 32); otherwise from `<dataDir>/jwt-secret`, created on first start, so that the
 * embedded default needs no setup and tokens survive a restart.
 *
 * The file holds the secret in base64, is readable by the owner only, and is created under a
 * temporary name and linked into place: two instances starting together end up with the
 * same secret, and a power cut never leaves a half-written one.
 */
export async function loadOrCreateSecret(dataDir: string, envSecret?: string): Promise<Buffer> {
  if (envSecret !== undefined && envSecret.trim() !== '') {
    const secret = Buffer.from(envSecret, 'utf8');
    if (secret.length < minSecretBytes) {
      throw new Error(
        `The configured token secret has ${secret.length} bytes: use at least ${minSecretBytes}, ` +
          `e.g. the output of: node -e "console.log(require('crypto').randomBytes(48).toString('base64'))"`,
      );
    }
    return secret;
  }
  const path = join(dataDir, secretFileName);
  return (await readSecretFile(path)) ?? (await createSecretFile(dataDir, path));
}

async function readSecretFile(path: string): Promise<Buffer | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const secret = Buffer.from(text.trim(), 'base64');
  if (secret.length < minSecretBytes || secret.toString('base64') !== text.trim()) {
    throw new Error(
      `${path} does not hold a base64 secret of at least ${minSecretBytes} bytes: ` +
        'delete it to have a new one generated (everyone will have to sign in again)',
    );
  }
  // A copy or restore may have widened the permissions; the secret signs every identity.
  if (((await stat(path)).mode & 0o077) !== 0) await chmod(path, 0o600);
  return secret;
}

async function createSecretFile(dataDir: string, path: string): Promise<Buffer> {
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(generatedSecretBytes);
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const file = await open(temporary, 'wx', 0o600);
  try {
    await file.writeFile(`${secret.toString('base64')}\n`, 'utf8');
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    await link(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another instance got there first: use its secret, so tokens are valid on both.
    const theirs = await readSecretFile(path);
    if (theirs === null) throw error;
    return theirs;
  } finally {
    await unlink(temporary);
  }
  await syncDirectory(dataDir);
  return secret;
}

/** Makes the new directory entry itself durable, not only the file's bytes. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms cannot open or sync a directory; the file itself is already synced.
  }
}
