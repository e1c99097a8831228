import type { EventStore } from '../event-store.port.js';
import { readLogInBatches } from '../integrity/read-log.js';
import { DEFAULT_INTEGRITY_BATCH_SIZE } from '../integrity/verify-audit-trail.js';
import { endLine, eventLine, ExportDigest, signExportEnd, type SignedExportEnd } from './export-lines.js';

/**
 * Writes every event of the log, in global order, a line at a time, then the end line signed
 * with the anchor key: `write` is awaited, so a slow file holds the reading back and memory
 * stays at one batch.
 */
export async function exportEvents(
  store: EventStore,
  write: (line: string) => Promise<void>,
  anchorKey: Buffer,
  batchSize = DEFAULT_INTEGRITY_BATCH_SIZE,
): Promise<SignedExportEnd> {
  const digest = new ExportDigest();
  let eventCount = 0;
  let headPosition: bigint | undefined;
  for await (const batch of readLogInBatches(store, batchSize)) {
    for (const event of batch) {
      await write(`${eventLine(event)}\n`);
      digest.add(event);
      eventCount += 1;
      headPosition = event.position;
    }
  }
  const end = signExportEnd({ eventCount, headPosition: headPosition?.toString() ?? null, chainDigest: digest.value }, anchorKey);
  await write(`${endLine(end)}\n`);
  return end;
}
