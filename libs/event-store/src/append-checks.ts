import { WrongExpectedRevisionError } from './errors.js';
import type { ExpectedRevision } from './event-store.port.js';

/** Throws WrongExpectedRevisionError unless a stream at `actualRevision` (-1: none) meets `expected`. */
export function assertExpectedRevision(streamId: string, expected: ExpectedRevision, actualRevision: number): void {
  if (!meetsExpectation(expected, actualRevision)) {
    throw new WrongExpectedRevisionError(streamId, expected, actualRevision);
  }
}

function meetsExpectation(expected: ExpectedRevision, actualRevision: number): boolean {
  switch (expected.kind) {
    case 'exact':
      return actualRevision === expected.revision;
    case 'no_stream':
      return actualRevision < 0;
    case 'stream_exists':
      return actualRevision >= 0;
    case 'any':
      return true;
    default: {
      const unreachable: never = expected;
      return unreachable;
    }
  }
}

/** An append must carry events, and each of its ids once: ids are what recognises a retry. */
export function assertWellFormedAppend(streamId: string, eventIds: readonly string[]): void {
  if (eventIds.length === 0) {
    throw new Error(`An append to ${streamId} needs at least one event.`);
  }
  if (new Set(eventIds).size !== eventIds.length) {
    throw new Error(`An append to ${streamId} carries the same event id twice.`);
  }
}
