import type { EventStore } from '@app/event-store/event-store.port.js';
import type { Projection } from '../projection.js';
import type { ReadStore } from '../read-store/read-store.js';
import { commitBatch, type FromZero } from './commit-batch.js';

/**
 * Reads the whole log in large batches and applies each batch to every view, all views in
 * one transaction per batch, through the same path the subscriptions use. The views' tables
 * have just been created empty: a view that can make use of it (Projection.fromZero) applies
 * the batches through the apply it gives for this rebuild.
 */
export async function replayFromStart(
  store: EventStore,
  readStore: ReadStore,
  projections: readonly Projection[],
  batchSize: number,
  onCommitted: (projection: Projection, position: bigint | undefined) => void,
): Promise<void> {
  const fromZero = new Map<string, FromZero>();
  for (const projection of projections) {
    const apply = projection.fromZero?.();
    if (apply !== undefined) fromZero.set(projection.name, { apply, committed: undefined });
  }
  let after: bigint | undefined;
  for (;;) {
    const events = await store.readAll({ after, maxCount: batchSize });
    if (events.length === 0) return;
    const positions = await commitBatch(readStore, projections, events, fromZero);
    for (const projection of projections) onCommitted(projection, positions.get(projection.name));
    after = events.at(-1)!.position;
  }
}
