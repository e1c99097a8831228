import { exportToFile, openEventStore } from '@app/event-store';
import { loadConfig } from '../../../api/src/config/app-config.js';
import { runCli } from '../run-cli.js';

/** `npm run export -- <file.ndjson>`: every event with its metadata, in log order, into a new file. */
async function main(args: string[]): Promise<number> {
  if (args.length !== 1) {
    console.error('Usage: npm run export -- <file.ndjson>   (the file must not exist yet)');
    return 2;
  }
  const store = await openEventStore(loadConfig());
  try {
    const end = await exportToFile(store, args[0]!);
    console.log(`Exported ${end.eventCount} events up to position ${end.headPosition ?? '(none)'} to ${args[0]}.`);
    return 0;
  } finally {
    await store.close();
  }
}

runCli(main);
