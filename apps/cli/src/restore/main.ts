import { messages } from '@app/domain/messages/messages.js';
import { exportFileLines, openEventStore, restoreEvents, restoreIntoSqliteFile, sqliteEventStoreFile } from '@app/event-store';
import { loadAnchorKey } from '../../../api/src/audit-integrity/anchor-key.js';
import { eventStoreNameOf, loadConfig } from '../../../api/src/config/app-config.js';
import { runCli } from '../run-cli.js';

/**
 * `npm run restore -- <file.ndjson>`: loads an export into the empty store of this
 * configuration — the embedded store all or nothing (restoreIntoSqliteFile). The views are not
 * part of an export: the API builds them on its next start (or run `npm run rebuild -- --all`).
 */
async function main(args: string[]): Promise<number> {
  if (args.length !== 1) {
    console.error(messages.cli.restoreUsage);
    return 2;
  }
  const config = loadConfig();
  const anchorKey = await loadAnchorKey(config);
  const lines = await exportFileLines(args[0]!);
  const end = eventStoreNameOf(config) !== 'SQLite'
    ? await restoreIntoOpenStore(config, lines, anchorKey)
    : await restoreIntoSqliteFile(sqliteEventStoreFile(config.dataDir), lines, { anchorKey });
  console.log(messages.cli.restored({ eventCount: end.eventCount, headPosition: end.headPosition ?? null }));
  return 0;
}

/** A server store (PostgreSQL, EventStoreDB) takes the events one append at a time: an interrupted restore leaves what it appended (README). */
async function restoreIntoOpenStore(config: ReturnType<typeof loadConfig>, lines: () => AsyncIterable<string>, anchorKey: Buffer | null) {
  const store = await openEventStore(config);
  try {
    return await restoreEvents(store, lines, { anchorKey });
  } finally {
    await store.close();
  }
}

runCli(main);
