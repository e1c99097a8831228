import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { SqliteEventStore } from '../sqlite/sqlite-event-store.js';
import type { SignedExportEnd } from './export-lines.js';
import { refuseUnlessEmpty, restoreEvents, type RestoreOptions } from './restore-events.js';

/** The files SQLite keeps a database in. */
const databaseFiles = (file: string): string[] => [file, `${file}-wal`, `${file}-shm`, `${file}-journal`];

/**
 * Restores an export into the SQLite store kept in `file`, all or nothing: the events go into
 * `<file>.restoring`, which is moved into place only once the restore is complete. A restore
 * killed part-way leaves no store at `file` — nothing that verify would call intact or the API
 * would serve — and the next run starts the partial file afresh. Stop the API first: the store
 * at `file` must be missing or empty.
 */
export async function restoreIntoSqliteFile(
  file: string,
  lines: () => AsyncIterable<string>,
  options: RestoreOptions,
): Promise<SignedExportEnd> {
  await refuseUnlessEmptyFile(file);
  const partial = `${file}.restoring`;
  removeDatabase(partial);
  let end: SignedExportEnd;
  try {
    const store = SqliteEventStore.open(partial);
    try {
      end = await restoreEvents(store, lines, options);
    } finally {
      await store.close();
    }
    // Closing the last connection checkpoints the write-ahead log into the file and removes it.
    if (existsSync(`${partial}-wal`) && statSync(`${partial}-wal`).size > 0) {
      throw new Error(`${partial}-wal was not checkpointed when the restored store was closed.`);
    }
    syncToDisk(partial);
  } catch (error) {
    removeDatabase(partial);
    throw error;
  }
  await refuseUnlessEmptyFile(file);
  removeDatabase(file);
  renameSync(partial, file);
  syncToDisk(dirname(file));
  return end;
}

async function refuseUnlessEmptyFile(file: string): Promise<void> {
  if (!existsSync(file)) return;
  const store = SqliteEventStore.open(file);
  try {
    await refuseUnlessEmpty(store);
  } finally {
    await store.close();
  }
}

function removeDatabase(file: string): void {
  for (const path of databaseFiles(file)) rmSync(path, { force: true });
}

function syncToDisk(path: string): void {
  const descriptor = openSync(path, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}
