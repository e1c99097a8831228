import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { minSecretBytes } from './jwt.js';

export const secretFileName = 'jwt-secret';
const generatedSecretBytes = 48;

/** What a secret is for: where it is kept and what replacing it costs. */
export interface SecretKind {
  /** File name inside the data folder. */
  fileName: string;
  /** How messages name it. */
  name: string;
  /** What a new secret means for what the old one signed. */
  replacementCost: string;
}

export const tokenSecret: SecretKind = {
  fileName: secretFileName,
  name: 'token secret',
  replacementCost: 'everyone will have to sign in again',
};

/**
 * A signing key (by default the one that signs sign-in tokens). From configuration when
 * given (its UTF-8 bytes, at least 32); otherwise from `<dataDir>/<kind.fileName>`, created on
 * first start, so that the embedded default needs no setup and what it signed survives a
 * restart.
 *
 * The file holds the secret in base64, is readable by the owner only, and is created under a
 * temporary name and linked into place: two instances starting together end up with the
 * same secret, and a power cut never leaves a half-written one.
 */
export async function loadOrCreateSecret(dataDir: string, envSecret?: string, kind: SecretKind = tokenSecret): Promise<Buffer> {
  const path = join(dataDir, kind.fileName);
  return (await loadSecret(dataDir, envSecret, kind)) ?? (await createSecretFile(dataDir, path, kind));
}

/** The configured or stored secret, or null when there is none yet; never creates one. */
export async function loadSecret(dataDir: string, envSecret?: string, kind: SecretKind = tokenSecret): Promise<Buffer | null> {
  if (envSecret !== undefined && envSecret.trim() !== '') {
    const secret = Buffer.from(envSecret, 'utf8');
    if (secret.length < minSecretBytes) {
      throw new Error(
        `The configured ${kind.name} has ${secret.length} bytes: use at least ${minSecretBytes}, ` +
          `e.g. the output of: node -e "console.log(require('crypto').randomBytes(48).toString('base64'))"`,
      );
    }
    return secret;
  }
  return readSecretFile(join(dataDir, kind.fileName), kind);
}

async function readSecretFile(path: string, kind: SecretKind): Promise<Buffer | null> {
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
        `delete it to have a new one generated (${kind.replacementCost})`,
    );
  }
  // A copy or restore may have widened the permissions; the secret signs every identity.
  if (((await stat(path)).mode & 0o077) !== 0) await chmod(path, 0o600);
  return secret;
}

async function createSecretFile(dataDir: string, path: string, kind: SecretKind): Promise<Buffer> {
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
    const theirs = await readSecretFile(path, kind);
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
