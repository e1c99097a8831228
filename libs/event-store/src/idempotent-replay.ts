import { EventIdReuseError } from './errors.js';
import type { AppendResult } from './event-store.port.js';

/** Where an event id is already stored. */
export interface StoredEventRef {
  streamId: string;
  revision: number;
  position: bigint;
}

/**
 * Recognises a retried append. When every id is already stored in this stream the retry
 * gets the original result back and must write nothing; this is decided before the
 * expected revision is checked, because a retried command still carries the revision it
 * read before its first attempt. Ids stored only in part, or in another stream, mean a
 * different append reused them: EventIdReuseError.
 */
export function findReplay(
  streamId: string,
  eventIds: readonly string[],
  lookup: (eventId: string) => StoredEventRef | undefined,
): AppendResult | undefined {
  const stored = eventIds.map(lookup);
  if (stored.every((ref) => ref === undefined)) return undefined;
  const last = stored[stored.length - 1];
  if (last !== undefined && stored.every((ref) => ref?.streamId === streamId)) {
    return { nextRevision: last.revision, position: last.position, idempotentReplay: true };
  }
  const reusedIndex = stored.findIndex((ref) => ref !== undefined);
  throw new EventIdReuseError(streamId, eventIds[reusedIndex] ?? '');
}
