import type { RecordedEvent as EsdbRecordedEvent, StreamingRead } from '@eventstore/db-client';
import type { RecordedEvent, StoredMetadata } from '../event-store.port.js';

/**
 * Consumes a read until `visit` returns false, then cancels the rest on the server: leaving
 * the loop early only destroys the local stream, not the gRPC call feeding it.
 */
export async function scan<T>(read: StreamingRead<T>, visit: (item: T) => boolean): Promise<void> {
  try {
    for await (const item of read) {
      if (!visit(item)) break;
    }
  } finally {
    await read.cancel();
  }
}

/** What servers before 22.6 send as the $all position of an event read from a stream. */
const UNKNOWN_POSITION = 2n ** 64n - 1n;

/** EventStoreDB's own bookkeeping ($-prefixed types and streams) is not part of our log. */
export function isSystemEvent(event: EsdbRecordedEvent): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

export function toRecordedEvent(event: EsdbRecordedEvent): RecordedEvent {
  if (!event.isJson) {
    throw new Error(`Event ${event.id} in ${event.streamId} is not JSON; this store only reads what it wrote.`);
  }
  if (event.position === undefined || event.position.commit === UNKNOWN_POSITION) {
    throw new Error(
      `EventStoreDB returned event ${event.id} without its position; stream reads need EventStoreDB 22.6 or later.`,
    );
  }
  return {
    eventId: event.id,
    streamId: event.streamId,
    revision: Number(event.revision),
    position: event.position.commit,
    type: event.type,
    data: asObject(event.data, event, 'data') as Record<string, unknown>,
    metadata: asObject(event.metadata, event, 'metadata') as StoredMetadata,
    recordedAt: event.created.toISOString(),
  };
}

function asObject(value: unknown, event: EsdbRecordedEvent, part: string): object {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`Event ${event.id} in ${event.streamId} has ${part} that is not a JSON object.`);
  }
  return value;
}
