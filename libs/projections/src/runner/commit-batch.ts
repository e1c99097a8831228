import type { RecordedEvent } from '@app/event-store/event-store.port.js';
import { lockCheckpoint, readCheckpoint, writeCheckpoint } from '../checkpoints/checkpoints.js';
import type { Projection } from '../projection.js';
import type { ReadStore } from '../read-store/read-store.js';

/**
 * Applies a batch to a view and moves its checkpoint to the batch's last position in one
 * transaction: a failure leaves neither rows nor checkpoint behind, and the subscription
 * redelivers the batch. Events at or before the stored checkpoint are skipped, so another
 * runner on the same read store that got there first does not make this one apply them
 * twice, nor roll a row back to an older state. Returns the view's checkpoint afterwards.
 */
export async function commitBatch(readStore: ReadStore, projection: Projection, events: RecordedEvent[]): Promise<bigint | undefined> {
  const last = events.at(-1)?.position;
  return readStore.db.transaction().execute(async (trx) => {
    await lockCheckpoint(trx, projection.name, readStore.dialect);
    const stored = await readCheckpoint(trx, projection.name);
    if (last === undefined || (stored !== undefined && stored >= last)) return stored;
    await projection.apply(trx, stored === undefined ? events : events.filter((event) => event.position > stored));
    await writeCheckpoint(trx, projection.name, last);
    return last;
  });
}
