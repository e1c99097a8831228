import type { DomainEvent } from '@app/domain/common/decider.js';
import type { SqliteEventStore } from '@app/event-store';
import { append } from './event-log.js';
import { newEvent } from './target-table-events.js';

/**
 * Appends the events a decider writes for the commands, one append per command as the API
 * would, the n-th command's events stamped with occurredAt(n).
 */
export async function appendDecided<C>(
  store: SqliteEventStore,
  streamId: string,
  commands: readonly C[],
  historyOf: (commands: readonly C[]) => DomainEvent[],
  occurredAt: (n: number) => string,
): Promise<void> {
  let written = 0;
  for (let n = 1; n <= commands.length; n += 1) {
    const events = historyOf(commands.slice(0, n)).slice(written);
    written += events.length;
    await append(store, streamId, ...events.map((event) => newEvent(event.type, event.data, { occurredAt: occurredAt(n) })));
  }
}
