import { messages } from '@app/domain/messages/messages.js';
import { constants, createReadStream, createWriteStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { EventStore, KeepsRecordedAt } from '../event-store.port.js';
import { exportEvents } from './export-events.js';
import type { SignedExportEnd } from './export-lines.js';
import { restoreEvents, type RestoreOptions } from './restore-events.js';

/** The export cannot be written where asked; nothing was written. */
export class ExportRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportRefusedError';
  }
}

export interface ExportOptions {
  /** Signs the end line, as anchors are signed. */
  anchorKey: Buffer;
}

/**
 * Exports the log to a new file, flushed to disk before it resolves. An existing file is never
 * overwritten, and the file is readable by its owner only: it holds every event, the
 * directory's password hashes included.
 */
export async function exportToFile(store: EventStore, path: string, options: ExportOptions): Promise<SignedExportEnd> {
  const file = createWriteStream(path, { flags: 'wx', mode: 0o600, encoding: 'utf8', flush: true });
  await new Promise<void>((resolve, reject) => {
    file.once('open', () => resolve());
    file.once('error', (error: NodeJS.ErrnoException) => reject(refusal(error, path)));
  });
  try {
    const end = await exportEvents(
      store,
      async (line) => {
        if (!file.write(line)) await once(file, 'drain');
      },
      options.anchorKey,
    );
    file.end();
    await once(file, 'finish');
    return end;
  } finally {
    file.destroy();
  }
}

function refusal(error: NodeJS.ErrnoException, path: string): Error {
  switch (error.code) {
    case 'EEXIST':
      return new ExportRefusedError(messages.backup.exportExists(path));
    case 'ENOENT':
      return new ExportRefusedError(messages.backup.exportFolderMissing(path));
    case 'EACCES':
    case 'EPERM':
      return new ExportRefusedError(messages.backup.exportFolderNotWritable(path));
    default:
      return error;
  }
}

/** The lines of an export file, read afresh on each call (a restore reads the file twice). */
export async function exportFileLines(path: string): Promise<() => AsyncIterable<string>> {
  // readline does not pass on the errors of its input: a missing file would read as empty.
  await access(path, constants.R_OK);
  return () => createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
}

export async function restoreFromFile(store: EventStore & Partial<KeepsRecordedAt>, path: string, options: RestoreOptions): Promise<SignedExportEnd> {
  return restoreEvents(store, await exportFileLines(path), options);
}
