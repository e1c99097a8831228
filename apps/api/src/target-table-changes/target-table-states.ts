import { Inject, Injectable } from '@nestjs/common';
import { targetTableDecider, type TargetTableEvent, type TargetTableState } from '@app/domain';
import type { EventStore, RecordedEvent } from '@app/event-store';
import { EVENT_STORE } from '../storage/storage.tokens.js';

/** Streams whose state is kept between events; the least recently changed are dropped first. */
const maxKeptStreams = 1_000;

/**
 * The state of a table right after each of its stored events, in the store's order. The
 * state after the previous event of a stream is kept, so following the log folds each event
 * once; a stream met in the middle (after a restart, or dropped from memory) is read up to the
 * event.
 */
@Injectable()
export class TargetTableStates {
  private readonly kept = new Map<string, { revision: number; state: TargetTableState }>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async after(event: RecordedEvent): Promise<TargetTableState> {
    const previous = this.kept.get(event.streamId);
    const state =
      previous !== undefined && previous.revision === event.revision - 1
        ? targetTableDecider.evolve(previous.state, event as unknown as TargetTableEvent)
        : fold(await this.store.readStream(event.streamId, { maxCount: event.revision + 1 }));
    this.kept.delete(event.streamId);
    this.kept.set(event.streamId, { revision: event.revision, state });
    if (this.kept.size > maxKeptStreams) this.kept.delete(this.kept.keys().next().value!);
    return state;
  }
}

function fold(events: RecordedEvent[]): TargetTableState {
  return events.reduce((state, event) => targetTableDecider.evolve(state, event as unknown as TargetTableEvent), targetTableDecider.initialState);
}
