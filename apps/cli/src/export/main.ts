import { exportToFile, openEventStore } from '@app/event-store';
import { loadOrCreateAnchorKey } from '../../../api/src/audit-integrity/anchor-key.js';
import { loadConfig } from '../../../api/src/config/app-config.js';
import { runCli } from '../run-cli.js';

/** `npm run export -- <file.ndjson>`: every event with its metadata, in log order, into a new file, the end line signed with the anchor key. */
async function main(args: string[]): Promise<number> {
  if (args.length !== 1) {
    console.error('用法：npm run export -- <file.ndjson>   （文件不能已经存在）');
    return 2;
  }
  const config = loadConfig();
  const anchorKey = await loadOrCreateAnchorKey(config);
  const store = await openEventStore(config);
  try {
    const end = await exportToFile(store, args[0]!, { anchorKey });
    console.log(`已导出 ${end.eventCount} 个事件（直到位置 ${end.headPosition ?? '（无）'}）到 ${args[0]}。该文件含用户的密码哈希，请妥善保管。`);
    return 0;
  } finally {
    await store.close();
  }
}

runCli(main);
