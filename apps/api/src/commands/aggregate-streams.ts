import { Inject, Injectable } from '@nestjs/common';
import { DomainError, peopleNamed, type Decider, type DomainEvent } from '@app/domain';
import { DirectoryReader } from '../directory/directory.reader.js';
import { EVENT_STORE } from '../storage/storage.tokens.js';
import {
  EventIdReuseError,
  ExpectedRevision,
  WrongExpectedRevisionError,
  appendsAfter,
  eventIdFor,
  type AppendResult,
  type EventMetadata,
  type EventStore,
  type NewEvent,
} from '@app/event-store';
import type { CommandContext, CommandOutcome } from './command-context.js';
import { commandIdReused, requireSameCommand } from './command-digest.js';
import { StreamStates, type StreamFold, type StreamState } from './stream-states.js';
import { StreamTurns } from './stream-turns.js';

/** Schema version of the events this build writes. */
const SCHEMA_VERSION = 1;

/** Load, decide, append: the one way a command changes an aggregate's stream. */
@Injectable()
export class AggregateStreams {
  private readonly turns = new StreamTurns();
  /** Per stream, the last command whose events are queued for the store and not yet answered. */
  private readonly inFlight = new Map<string, InFlight>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: DirectoryReader,
    private readonly states: StreamStates = new StreamStates(store),
  ) {}

  /**
   * Loads the stream, decides the command on its state and appends the events, expecting the
   * revision it loaded. `command` may be a function that makes the command of the state loaded,
   * or reads what it needs from other streams (CommandInputs): it is called again when the
   * command is decided again. A command that lost the append race to another writer is decided
   * once more on the stream as it then is when its decider says so (`decidedAgainOnConflict`),
   * as many times as the decider allows (`timesDecidedAgainOnConflict`, once when it is left
   * out); otherwise, or on one loss more, the WrongExpectedRevisionError goes to the caller (a
   * CONFLICT over GraphQL).
   *
   * Commands on one stream take turns within this process (StreamTurns). On a store that can
   * make an append depend on an earlier one (AppendsAfter: the embedded store), a command whose
   * turn comes while the one before is still being committed is decided on the state that
   * one's events make and appended after it, so that both share one commit (docs/speed.md);
   * should the one before not be stored, the store refuses this one too, and it is decided
   * again as above.
   */
  async execute<C, E extends DomainEvent, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    command: C | ((state: S) => Promise<C>),
    context: CommandContext,
  ): Promise<Executed<E>> {
    const read = typeof command === 'function' ? (command as (state: S) => Promise<C>) : async () => command;
    let decided: C | undefined;
    const readAndNote = async (state: S) => (decided = await read(state));
    for (let lost = 0; ; lost++) {
      try {
        return await this.turns.run(streamId, (passTurn) => this.loadDecideAppend(streamId, decider, readAndNote, context, passTurn));
      } catch (error) {
        const again = error instanceof WrongExpectedRevisionError && decided !== undefined && decider.decidedAgainOnConflict?.(decided) === true;
        if (!again || lost >= (decider.timesDecidedAgainOnConflict ?? 1)) throw error;
      }
    }
  }

  private async loadDecideAppend<C, E extends DomainEvent, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    read: (state: S) => Promise<C>,
    context: CommandContext,
    passTurn: () => void,
  ): Promise<Executed<E>> {
    const loaded = await this.load(streamId, decider, context.commandId);
    const earlier = await this.states.commandInStream(streamId, loaded, context.commandId);
    if (earlier !== undefined) {
      requireSameCommand(earlier, context.digest);
      return { streamId, revision: earlier.revision, position: earlier.position, replayed: true, appended: false, events: [] };
    }

    let events: E[];
    try {
      events = await this.decided(decider, await read(loaded.state), loaded.state);
    } catch (error) {
      if (loaded.before === undefined || !(error instanceof DomainError)) throw error;
      // Refused on the state of commands still being committed: decided again on the stream as
      // stored, where a command sent again after its answer is found as the replay it is.
      await loaded.before.appended.catch(() => undefined);
      return this.loadDecideAppend(streamId, decider, read, context, passTurn);
    }
    if (events.length === 0) {
      if (loaded.before === undefined) return { streamId, revision: loaded.revision, position: loaded.position, replayed: false, appended: false, events: [] };
      // Decided on the events of the command before: the answer stands only once they are stored.
      const before = await loaded.before.appended.catch(() => undefined);
      if (before === undefined || before.idempotentReplay) return this.loadDecideAppend(streamId, decider, read, context, passTurn);
      return { streamId, revision: loaded.revision, position: before.position, replayed: false, appended: false, events: [] };
    }

    const newEvents = events.map((event, index) => toNewEvent(event, index, context));
    const expected = ExpectedRevision.after(loaded.revision);
    const appended = loaded.before !== undefined && appendsAfter(this.store)
      ? this.store.appendAfter(loaded.before.appended, streamId, newEvents, expected)
      : this.store.append(streamId, newEvents, expected);
    if (appendsAfter(this.store)) {
      this.inFlight.set(streamId, inFlight(streamId, decider, loaded, events, context.commandId, appended, this.inFlight));
      passTurn();
    }
    const result = await this.appendedOnce(streamId, decider, appended, context);
    return { streamId, revision: result.nextRevision, position: result.position, replayed: result.idempotentReplay, appended: !result.idempotentReplay, events: result.idempotentReplay ? [] : events };
  }

  /**
   * The stream as the command before this one on it leaves it, while that one is still being
   * committed (when folded the same way, and this is not the same command sent again);
   * otherwise, once that one is done, as the store has it. Only the events after the kept fold
   * are read from the store (StreamStates): flat in the stream's length.
   */
  private async load<E extends DomainEvent, S>(streamId: string, fold: StreamFold<E, S>, commandId: string): Promise<Loaded<S>> {
    const before = this.inFlight.get(streamId);
    if (before === undefined) return this.states.load(streamId, fold);
    if (before.evolve === fold.evolve && before.initialState === fold.initialState && !inFlightUpTo(before, commandId)) {
      return { state: before.state as S, revision: before.revision, position: undefined, commands: before.commands, before };
    }
    await before.appended.catch(() => undefined);
    return this.states.load(streamId, fold);
  }

  /**
   * The command's append as the store answers it. The same id sent twice at once is stored once: the store
   * then answers the later append as a replay, which stands only for the same command; the
   * id already used in another stream is a different command too.
   */
  private async appendedOnce<E extends DomainEvent, S>(
    streamId: string,
    fold: StreamFold<E, S>,
    appended: Promise<AppendResult>,
    context: CommandContext,
  ): Promise<AppendResult> {
    let result: AppendResult;
    try {
      result = await appended;
    } catch (error) {
      if (error instanceof EventIdReuseError && context.digest !== undefined) throw commandIdReused(context.commandId);
      throw error;
    }
    if (result.idempotentReplay) {
      const stored = await this.states.commandInStream(streamId, await this.states.load(streamId, fold), context.commandId);
      if (stored !== undefined) requireSameCommand(stored, context.digest);
    }
    return result;
  }

  /** The events the decider answers, or its refusal with every person it names named as the directory has them. */
  private async decided<C, E extends DomainEvent, S>(decider: Decider<C, E, S>, command: C, state: S): Promise<E[]> {
    try {
      return decider.decide(command, state);
    } catch (error) {
      if (!(error instanceof DomainError) || peopleNamed(error.message).length === 0) throw error;
      const names = await this.directory.names();
      throw error.namingPeople(names);
    }
  }
}

/** A command's outcome with the events this call appended: none for a replay or a command that decided nothing. */
export interface Executed<E extends DomainEvent> extends CommandOutcome {
  events: E[];
}

/** A command's events queued for the store, and the state they make: what the next command on the stream is decided on. */
interface InFlight {
  evolve: unknown;
  initialState: unknown;
  state: unknown;
  revision: number;
  commands: StreamState<unknown>['commands'];
  commandId: string;
  /** The command in flight before it on the stream, until this one is answered. */
  previous: InFlight | undefined;
  /** The store's promise for its append (what appendAfter depends on). */
  appended: Promise<AppendResult>;
  answered: boolean;
}

type Loaded<S> = StreamState<S> & { before?: InFlight };

/** Whether the command is one of those still in flight up to `flight`. */
function inFlightUpTo(flight: InFlight | undefined, commandId: string): boolean {
  for (let each = flight; each !== undefined && !each.answered; each = each.previous) if (each.commandId === commandId) return true;
  return false;
}

function inFlight<E extends DomainEvent, S>(
  streamId: string,
  fold: StreamFold<E, S>,
  loaded: Loaded<S>,
  events: DomainEvent[],
  commandId: string,
  appended: Promise<AppendResult>,
  flights: Map<string, InFlight>,
): InFlight {
  // Folded as a load from the store would fold them: their data through JSON, as the store keeps it.
  const state = events.reduce((folding, event) => fold.evolve(folding, { type: event.type, data: JSON.parse(JSON.stringify(event.data)) } as E), loaded.state);
  const flight: InFlight = {
    evolve: fold.evolve,
    initialState: fold.initialState,
    state,
    revision: loaded.revision + events.length,
    commands: loaded.commands,
    commandId,
    previous: loaded.before,
    appended,
    answered: false,
  };
  const answered = () => {
    flight.answered = true;
    flight.previous = undefined;
    // The next command loads the stream from the store again.
    if (flights.get(streamId) === flight) flights.delete(streamId);
  };
  appended.then(answered, answered);
  return flight;
}

function toNewEvent(event: DomainEvent, index: number, context: CommandContext): NewEvent {
  return {
    eventId: eventIdFor(context.commandId, index),
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: eventMetadata(context),
  };
}

/** The metadata every event of a command carries. */
export function eventMetadata(context: CommandContext): EventMetadata {
  return {
    commandId: context.commandId,
    correlationId: context.correlationId,
    causationId: context.causationId,
    actor: context.actor,
    occurredAt: context.now,
    schemaVersion: SCHEMA_VERSION,
    ...(context.digest === undefined ? {} : { commandDigest: context.digest }),
    ...(context.source === undefined ? {} : { source: context.source }),
    ...(context.origin === undefined ? {} : { origin: context.origin }),
  };
}
