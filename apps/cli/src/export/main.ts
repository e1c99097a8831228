import { messages } from '@app/domain/messages/messages.js';
import { exportToFile, openEventStore } from '@app/event-store';
import { loadOrCreateAnchorKey } from '../../../api/src/audit-integrity/anchor-key.js';
import { loadConfig } from '../../../api/src/config/app-config.js';
import { runCli } from '../run-cli.js';

/** `npm run export -- <file.ndjson>`: every event with its metadata, in log order, into a new file, the end line signed with the anchor key. */
async function main(args: string[]): Promise<number> {
  if (args.length !== 1) {
    console.error(messages.cli.exportUsage);
    return 2;
  }
  const config = loadConfig();
  const anchorKey = await loadOrCreateAnchorKey(config);
  const store = await openEventStore(config);
  try {
    const end = await exportToFile(store, args[0]!, { anchorKey });
    console.log(messages.cli.exported({ eventCount: end.eventCount, headPosition: end.headPosition ?? null, file: args[0]! }));
    return 0;
  } finally {
    await store.close();
  }
}

runCli(main);
