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
  /** Where the commands the stream holds end: store facts, possibly newer than `revision`. */
  commands: CommandRevisions;
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
   * What a replay of the command answers, read from its last event (among the revisions the
   * loaded stream's `commands` gives for its id); undefined when the stream holds no event of it.
   */
  async commandInStream(streamId: string, loaded: Pick<StreamState<unknown>, 'commands'>, commandId: string): Promise<CommandInStream | undefined> {
    for (const revision of loaded.commands.candidates(commandId)) {
      const [event] = await this.store.readStream(streamId, { fromRevision: revision, maxCount: 1 });
      if (event?.metadata.commandId === commandId) return { commandId, commandDigest: event.metadata.commandDigest, revision, position: event.position };
    }
    return undefined;
  }

  /** How many streams are kept (for tests and the bench). */
  get size(): number {
    return this.entries.size;
  }
}

type Entry = StreamState<unknown>;

function emptyEntry<S>(fold: StreamFold<DomainEvent, S>): Entry {
  return { state: fold.initialState, revision: -1, position: undefined, commands: new CommandRevisions() };
}

/**
 * The revision of the last event of each command a stream holds, kept for every command of the
 * stream so that a retried command is recognised without asking the store. Kept by a 31-bit hash
 * of the command id, not the id: a command costs a map entry of two small integers instead of
 * one with its id's string, about 35 bytes instead of 90, and the bench records a hundred
 * thousand payments on one ledger (docs/speed.md, "Memory under a write load"). Ids whose hashes
 * meet share the entry, so a hash found gives the revisions to look at, and the event read there
 * tells whether it is the command's (StreamStates.commandInStream).
 */
export class CommandRevisions {
  private readonly byHash = new Map<number, number | number[]>();

  /** The revisions where the command's last event may be, newest first. */
  candidates(commandId: string): readonly number[] {
    const revisions = this.byHash.get(commandIdHash(commandId));
    return revisions === undefined ? [] : typeof revisions === 'number' ? [revisions] : revisions;
  }

  /** Notes where a command's last event is, as read from the store (noting it again changes nothing). */
  noteLastEvent(commandId: string, revision: number): void {
    const hash = commandIdHash(commandId);
    const revisions = this.byHash.get(hash);
    if (revisions === undefined) this.byHash.set(hash, revision);
    else if (revisions !== revision && (typeof revisions === 'number' || !revisions.includes(revision))) {
      // Another command whose id's hash meets this one's: both kept, newest first.
      this.byHash.set(hash, [revision].concat(revisions).sort((a, b) => b - a));
    }
  }
}

/** FNV-1a over the id's UTF-16 code units, cut to 31 bits so that V8 keeps it as a small integer. */
function commandIdHash(commandId: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < commandId.length; index += 1) hash = Math.imul(hash ^ commandId.charCodeAt(index), 0x01000193);
  return hash >>> 1;
}

/**
 * The kept entry advanced over the events read after it. The command revisions are shared with the
 * entry it grew from: it only ever gains facts read from the store, so an older state seeing a
 * newer command still answers that command's replay rightly.
 */
function folded<E extends DomainEvent, S>(from: Entry, tail: RecordedEvent[], fold: StreamFold<E, S>): Entry {
  let state = from.state as S;
  for (const [index, event] of tail.entries()) {
    state = fold.evolve(state, event as unknown as E);
    // A command's events are appended together, so a tail read from the store starts with a
    // command's first event and holds its last: the one before another command's or the end.
    const { commandId } = event.metadata;
    if (tail[index + 1]?.metadata.commandId !== commandId) from.commands.noteLastEvent(commandId, event.revision);
  }
  const last = tail[tail.length - 1];
  return { state, revision: last?.revision ?? from.revision, position: last?.position ?? from.position, commands: from.commands };
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
