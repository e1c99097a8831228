import type { EventStore, RecordedEvent } from '../event-store.port.js';

/** Batches of the global log after `after`, so that a pass over millions of events holds one batch at a time. */
export async function* readLogInBatches(store: EventStore, batchSize: number, after?: bigint): AsyncGenerator<RecordedEvent[]> {
  let position = after;
  for (;;) {
    const batch = await store.readAll({ after: position, maxCount: batchSize });
    if (batch.length === 0) return;
    yield batch;
    position = batch[batch.length - 1]!.position;
  }
}

/** The last event of a stream, read a page at a time (the port reads streams forwards only). */
export async function readLastEvent(store: EventStore, streamId: string, pageSize: number): Promise<RecordedEvent | undefined> {
  let last: RecordedEvent | undefined;
  for (;;) {
    const page = await store.readStream(streamId, { fromRevision: (last?.revision ?? -1) + 1, maxCount: pageSize });
    if (page.length === 0) return last;
    last = page[page.length - 1];
  }
}
