import { Inject, Injectable, Optional } from '@nestjs/common';
import type { DomainEvent } from '@app/domain';
import type { EventStore, RecordedEvent } from '@app/event-store';
import { EVENT_STORE } from '../storage/storage.tokens.js';

/** How an aggregate folds its stream: the part of a Decider that loading needs. */
export interface StreamFold<E extends DomainEvent, S> {
  initialState: S;
  evolve(state: S, event: E): S;
}

/** A command whose events the stream holds: what a replay of it answers. */
export interface CommandInStream {
  commandId: string;
  /** The digest its events were stored with (absent for events stored before digests were kept). */
  commandDigest?: unknown;
  /** Revision and position of its last event in the stream. */
  revision: number;
  position: bigint;
}

/** A stream folded up to `revision` (-1: no event yet). */
export interface StreamState<S> {
  state: S;
  revision: number;
  /** Position of the event at `revision`, undefined for an empty stream. */
  position: bigint | undefined;
  /**
   * The revision of the last event of each command the stream holds, by command id: store facts,
   * possibly newer than `revision`. Only the revision, kept for every command of the stream: the
   * rest a replay answers is read from that event when one comes (StreamStates.commandInStream).
   */
  commands: ReadonlyMap<string, number>;
}

interface Entry extends StreamState<unknown> {
  commands: Map<string, number>;
}

/** Injection token for the number of folded streams kept (default DEFAULT_STREAM_STATES). */
export const STREAM_STATES_CAPACITY = Symbol('STREAM_STATES_CAPACITY');
export const DEFAULT_STREAM_STATES = 1000;

/**
 * Streams folded by their aggregate's evolve, kept with the revision they were folded to, so
 * that loading a stream reads and folds only the events after that revision: a command costs
 * the same on a stream of 2,000 events as on an empty one (docs/workflow.md, "Loading a
 * stream"). Every load still asks the store for the events after the kept revision, so
 * whatever another instance appended is folded before a command is decided; what lands
 * between the load and the append ends in the store's WrongExpectedRevisionError as before.
 * A kept fold is only ever built from events read from the store, never from events a command
 * meant to write, so it can be behind but never wrong. At most `capacity` streams are kept,
 * the least recently loaded dropped first.
 */
@Injectable()
export class StreamStates {
  /** Insertion order is recency: a load moves its entry to the end. */
  private readonly entries = new Map<string, Entry>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(STREAM_STATES_CAPACITY) private readonly capacity: number = DEFAULT_STREAM_STATES,
  ) {}

  /** The stream folded up to its newest event as the store has it now. */
  async load<E extends DomainEvent, S>(streamId: string, fold: StreamFold<E, S>): Promise<StreamState<S>> {
    const key = keyOf(streamId, fold);
    const kept = this.entries.get(key);
    const tail = await this.store.readStream(streamId, { fromRevision: (kept?.revision ?? -1) + 1 });
    const loaded = tail.length === 0 && kept !== undefined ? kept : folded(kept ?? emptyEntry(fold), tail, fold);

    // Another load of the same stream may have gone further meanwhile: keep the further one.
    const newest = this.entries.get(key);
    this.entries.delete(key);
    this.entries.set(key, newest !== undefined && newest.revision > loaded.revision ? newest : loaded);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
    return loaded as StreamState<S>;
  }

  /**
   * What a replay of the command answers, read from its last event (whose revision the loaded
   * stream's `commands` holds); undefined when the stream holds no event of it.
   */
  async commandInStream(streamId: string, loaded: Pick<StreamState<unknown>, 'commands'>, commandId: string): Promise<CommandInStream | undefined> {
    const revision = loaded.commands.get(commandId);
    if (revision === undefined) return undefined;
    const [event] = await this.store.readStream(streamId, { fromRevision: revision, maxCount: 1 });
    if (event === undefined || event.metadata.commandId !== commandId) throw new Error(`${streamId} holds no event of command ${commandId} at revision ${revision}`);
    return { commandId, commandDigest: event.metadata.commandDigest, revision, position: event.position };
  }

  /** How many streams are kept (for tests and the bench). */
  get size(): number {
    return this.entries.size;
  }
}

function emptyEntry<S>(fold: StreamFold<DomainEvent, S>): Entry {
  return { state: fold.initialState, revision: -1, position: undefined, commands: new Map() };
}

/**
 * The kept entry advanced over the events read after it. The commands map is shared with the
 * entry it grew from: it only ever gains facts read from the store, so an older state seeing a
 * newer command still answers that command's replay rightly.
 */
function folded<E extends DomainEvent, S>(from: Entry, tail: RecordedEvent[], fold: StreamFold<E, S>): Entry {
  let state = from.state as S;
  for (const event of tail) {
    state = fold.evolve(state, event as unknown as E);
    noteCommand(from.commands, event);
  }
  const last = tail[tail.length - 1];
  return { state, revision: last?.revision ?? from.revision, position: last?.position ?? from.position, commands: from.commands };
}

function noteCommand(commands: Map<string, number>, event: RecordedEvent): void {
  const { commandId } = event.metadata;
  if (event.revision > (commands.get(commandId) ?? -1)) commands.set(commandId, event.revision);
}

/**
 * A fold is known by its evolve function and initial state, not by the object holding them,
 * so the same aggregate loaded through its Decider or through a `{ initialState, evolve }`
 * written at the call shares one entry, and two aggregates on one stream keep two.
 */
const identities = new WeakMap<object, number>();
let nextIdentity = 0;
function identityOf(value: unknown): string {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return `=${String(value)}`;
  let identity = identities.get(value);
  if (identity === undefined) identities.set(value, (identity = nextIdentity++));
  return `#${identity}`;
}

function keyOf(streamId: string, fold: StreamFold<never, unknown>): string {
  return `${identityOf(fold.evolve)}${identityOf(fold.initialState)}\u0000${streamId}`;
}
