import { openEventStore, restoreFromFile } from '@app/event-store';
import { loadAnchorKey } from '../../../api/src/audit-integrity/anchor-key.js';
import { loadConfig } from '../../../api/src/config/app-config.js';
import { runCli } from '../run-cli.js';

/**
 * `npm run restore -- <file.ndjson>`: loads an export into the empty store of this
 * configuration. The views are not part of an export: the API builds them on its next
 * start (or run `npm run rebuild -- --all`).
 */
async function main(args: string[]): Promise<number> {
  if (args.length !== 1) {
    console.error('Usage: npm run restore -- <file.ndjson>   (into an empty store: a new DATA_DIR or EventStoreDB)');
    return 2;
  }
  const config = loadConfig();
  const anchorKey = await loadAnchorKey(config);
  const store = await openEventStore(config);
  try {
    const end = await restoreFromFile(store, args[0]!, { anchorKey });
    console.log(`Restored ${end.eventCount} events (exported up to position ${end.headPosition ?? '(none)'}). Start the API or run npm run rebuild -- --all to build the views.`);
    return 0;
  } finally {
    await store.close();
  }
}

runCli(main);
