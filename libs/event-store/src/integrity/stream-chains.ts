import { messages } from '@app/domain/messages/messages.js';
import type { RecordedEvent } from '../event-store.port.js';
import { eventHash } from '../hash-chain.js';
import type { IntegrityBreak } from './integrity-report.js';

/** What the chain check reads of an event: the same from the store and from an export file. */
export type ChainedEvent = Pick<RecordedEvent, 'streamId' | 'revision' | 'position' | 'type' | 'data' | 'metadata'>;

interface StreamState {
  nextRevision: number;
  lastHash: string;
  /** The stream's first break; later events of a broken stream are not judged. */
  broken: IntegrityBreak | undefined;
}

/**
 * Re-hashes every stream's chain from events fed in global order. Memory grows with the
 * number of streams, not of events. Each stream is judged up to its first break: after a
 * break every later link would be reported too, which says nothing new.
 */
export class StreamChains {
  readonly #streams = new Map<string, StreamState>();
  readonly #breaks: IntegrityBreak[] = [];
  #eventCount = 0;

  get eventCount(): number {
    return this.#eventCount;
  }

  get streamCount(): number {
    return this.#streams.size;
  }

  /** Breaks found so far, at most one per stream, in the order found. */
  get breaks(): readonly IntegrityBreak[] {
    return this.#breaks;
  }

  /** Checks the next event of the log; returns the break it shows, if it is its stream's first. */
  check(event: ChainedEvent): IntegrityBreak | undefined {
    this.#eventCount += 1;
    const state = this.#stateOf(event.streamId);
    if (state.broken !== undefined) {
      reclassifyLateArrival(state.broken, event);
      return undefined;
    }
    const found = linkBreak(state, event);
    if (found !== undefined) return this.report(found);
    state.nextRevision = event.revision + 1;
    state.lastHash = event.metadata.hash;
    return undefined;
  }

  /** Records a break found by another check (anchors), unless its stream is already broken. */
  report(found: IntegrityBreak): IntegrityBreak | undefined {
    const state = this.#stateOf(found.streamId);
    if (state.broken !== undefined) return undefined;
    state.broken = found;
    this.#breaks.push(found);
    return found;
  }

  /** The last revision (-1: none) and hash of a stream's intact chain, and whether it broke. */
  head(streamId: string): { revision: number; hash: string; broken: boolean } {
    const state = this.#streams.get(streamId);
    return { revision: (state?.nextRevision ?? 0) - 1, hash: state?.lastHash ?? '', broken: state?.broken !== undefined };
  }

  #stateOf(streamId: string): StreamState {
    let state = this.#streams.get(streamId);
    if (state === undefined) {
      state = { nextRevision: 0, lastHash: '', broken: undefined };
      this.#streams.set(streamId, state);
    }
    return state;
  }
}

const words = messages.integrity;

function linkBreak(state: StreamState, event: ChainedEvent): IntegrityBreak | undefined {
  const { streamId, revision, position } = event;
  const expectedRevision = state.nextRevision;
  if (revision > expectedRevision) {
    return {
      streamId,
      revision: expectedRevision,
      problem: 'EVENT_MISSING',
      expected: `revision ${expectedRevision}`,
      actual: `revision ${revision} at position ${position}`,
      message: words.eventMissing({ streamId, missing: expectedRevision, revision, position: String(position) }),
      position,
    };
  }
  if (revision < expectedRevision) {
    return {
      streamId,
      revision,
      problem: 'OUT_OF_ORDER',
      expected: `revision ${expectedRevision}`,
      actual: `revision ${revision} at position ${position}`,
      message: words.outOfOrder({ streamId, revision, position: String(position), after: expectedRevision - 1 }),
      position,
    };
  }
  const recomputed = eventHash(event.metadata.previousHash, event.type, event.data, event.metadata);
  if (recomputed !== event.metadata.hash) {
    return {
      streamId,
      revision,
      problem: 'CONTENT_ALTERED',
      expected: event.metadata.hash,
      actual: recomputed,
      message: words.contentAltered({ streamId, revision, type: event.type, position: String(position), recomputed, stored: event.metadata.hash }),
      position,
    };
  }
  if (event.metadata.previousHash !== state.lastHash) {
    return {
      streamId,
      revision,
      problem: 'LINK_BROKEN',
      expected: state.lastHash,
      actual: event.metadata.previousHash,
      message: words.linkBroken({ streamId, revision, position: String(position), previousHash: state.lastHash, named: event.metadata.previousHash }),
      position,
    };
  }
  return undefined;
}

/**
 * A revision reported missing that turns up later in the log was not deleted but moved
 * after a later revision: the break becomes OUT_OF_ORDER, at the position it turned up.
 */
function reclassifyLateArrival(found: IntegrityBreak, event: ChainedEvent): void {
  if (found.problem !== 'EVENT_MISSING' || event.revision !== found.revision) return;
  const laterPosition = found.position;
  found.problem = 'OUT_OF_ORDER';
  found.expected = `revision ${event.revision} before position ${laterPosition}`;
  found.actual = `revision ${event.revision} at position ${event.position}`;
  found.message = words.arrivedLate({ streamId: event.streamId, revision: event.revision, position: String(event.position), laterPosition: String(laterPosition) });
  found.position = event.position;
}
