import { messages } from '@app/domain/messages/messages.js';
import { openEventStore } from '@app/event-store';
import { allProjections, openReadStore, ProjectionRunner } from '@app/projections';
import { loadConfig } from '../../../api/src/config/app-config.js';
import { runCli } from '../run-cli.js';

/**
 * `npm run rebuild -- <view> [<view> …]` or `npm run rebuild -- --all`: drops the views and
 * replays every stored event into them, with the configuration the API uses.
 */
async function main(args: string[]): Promise<number> {
  const projections = allProjections();
  const known = projections.map((projection) => projection.name);
  const all = args.includes('--all');
  const names = args.filter((arg) => arg !== '--all');
  const unknown = names.filter((name) => !known.includes(name));
  if ((!all && names.length === 0) || unknown.length > 0) {
    if (unknown.length > 0) console.error(messages.cli.rebuilding.unknownViews(unknown));
    console.error(messages.cli.rebuilding.usage(known));
    return 2;
  }

  const config = loadConfig();
  const store = await openEventStore(config);
  const readStore = openReadStore(config);
  try {
    const started = Date.now();
    await new ProjectionRunner(store, readStore, projections).rebuild(all ? 'all' : names);
    console.log(messages.cli.rebuilding.rebuilt({ views: all ? known : names, position: String((await store.headPosition()) ?? 0n), ms: Date.now() - started }));
    return 0;
  } finally {
    await readStore.close();
    await store.close();
  }
}

runCli(main);
