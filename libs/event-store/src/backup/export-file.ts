import { constants, createReadStream, createWriteStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { EventStore } from '../event-store.port.js';
import { exportEvents } from './export-events.js';
import type { ExportEnd } from './export-lines.js';
import { restoreEvents, type RestoreOptions } from './restore-events.js';

/** Exports the log to a new file (an existing one is never overwritten), flushed to disk before it resolves. */
export async function exportToFile(store: EventStore, path: string): Promise<ExportEnd> {
  const file = createWriteStream(path, { flags: 'wx', encoding: 'utf8', flush: true });
  const opened = once(file, 'open');
  await Promise.race([opened, once(file, 'error').then(([error]) => Promise.reject(error as Error))]);
  try {
    const end = await exportEvents(store, async (line) => {
      if (!file.write(line)) await once(file, 'drain');
    });
    file.end();
    await once(file, 'finish');
    return end;
  } finally {
    file.destroy();
  }
}

export async function restoreFromFile(store: EventStore, path: string, options: RestoreOptions): Promise<ExportEnd> {
  // readline does not pass on the errors of its input: a missing file would read as empty.
  await access(path, constants.R_OK);
  return restoreEvents(store, () => createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity }), options);
}
