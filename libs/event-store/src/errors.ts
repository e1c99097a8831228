import type { ExpectedRevision } from './event-store.port.js';

/** The stream was not at the revision the appender expected. Nothing was written. */
export class WrongExpectedRevisionError extends Error {
  readonly code = 'CONFLICT' as const;
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual revision, -1 when the stream does not exist. */
    readonly actualRevision: number,
  ) {
    super(
      `Stream ${streamId} is at revision ${actualRevision < 0 ? '(none)' : actualRevision}, ` +
        `but the append expected ${describeExpected(expected)}; nothing was written. ` +
        `Reload and try again.`,
    );
    this.name = 'WrongExpectedRevisionError';
  }
}

/** Some but not all event ids of an append were stored before: a different append reused ids. */
export class EventIdReuseError extends Error {
  readonly code = 'CONFLICT' as const;
  constructor(readonly streamId: string, readonly eventId: string) {
    super(`Event id ${eventId} is already stored with different content or stream (${streamId}); nothing was written.`);
    this.name = 'EventIdReuseError';
  }
}

export function describeExpected(expected: ExpectedRevision): string {
  switch (expected.kind) {
    case 'exact':
      return `revision ${expected.revision}`;
    case 'no_stream':
      return 'no stream';
    case 'stream_exists':
      return 'an existing stream';
    case 'any':
      return 'any revision';
    default: {
      const unreachable: never = expected;
      return unreachable;
    }
  }
}
