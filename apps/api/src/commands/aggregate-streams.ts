import { Inject, Injectable } from '@nestjs/common';
import { DomainError, peopleNamed, type Decider, type DomainEvent } from '@app/domain';
import { DirectoryReader } from '../directory/directory.reader.js';
import { EVENT_STORE } from '../storage/storage.tokens.js';
import {
  EventIdReuseError,
  ExpectedRevision,
  eventIdFor,
  type AppendResult,
  type EventMetadata,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '@app/event-store';
import type { CommandContext, CommandOutcome } from './command-context.js';
import { commandIdReused, requireSameCommand } from './command-digest.js';

/** Schema version of the events this build writes. */
const SCHEMA_VERSION = 1;

/** Load, decide, append: the one way a command changes an aggregate's stream. */
@Injectable()
export class AggregateStreams {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: DirectoryReader,
  ) {}

  async execute<C, E extends DomainEvent, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    command: C,
    context: CommandContext,
  ): Promise<CommandOutcome> {
    const history = await this.store.readStream(streamId);
    const earlier = history.filter((event) => event.metadata.commandId === context.commandId);
    if (earlier.length > 0) {
      requireSameCommand(earlier[0]!.metadata, context.digest);
      return outcomeOf(streamId, earlier, true);
    }

    const state = history.reduce((s, event) => decider.evolve(s, event as unknown as E), decider.initialState);
    const events = await this.decided(decider, command, state);
    if (events.length === 0) return outcomeOf(streamId, history, false);

    const lastRevision = history.length === 0 ? -1 : history[history.length - 1]!.revision;
    const result = await this.appendOnce(streamId, events, lastRevision, context);
    return { streamId, revision: result.nextRevision, position: result.position, replayed: result.idempotentReplay, appended: !result.idempotentReplay };
  }

  /**
   * Appends the command's events. The same id sent twice at once is stored once: the store
   * then answers the later append as a replay, which stands only for the same command; the
   * id already used in another stream is a different command too.
   */
  private async appendOnce(streamId: string, events: DomainEvent[], lastRevision: number, context: CommandContext): Promise<AppendResult> {
    let result: AppendResult;
    try {
      result = await this.store.append(streamId, events.map((event, index) => toNewEvent(event, index, context)), ExpectedRevision.after(lastRevision));
    } catch (error) {
      if (error instanceof EventIdReuseError && context.digest !== undefined) throw commandIdReused(context.commandId);
      throw error;
    }
    if (result.idempotentReplay) {
      const stored = (await this.store.readStream(streamId)).find((event) => event.metadata.commandId === context.commandId);
      if (stored !== undefined) requireSameCommand(stored.metadata, context.digest);
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

  /** The aggregate's state as its stream holds it now, e.g. what a command on another aggregate needs from it. */
  async current<C, E extends DomainEvent, S>(streamId: string, decider: Decider<C, E, S>): Promise<S> {
    const history = await this.store.readStream(streamId);
    return history.reduce((s, event) => decider.evolve(s, event as unknown as E), decider.initialState);
  }
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

function outcomeOf(streamId: string, events: RecordedEvent[], replayed: boolean): CommandOutcome {
  const last = events[events.length - 1];
  return { streamId, revision: last?.revision ?? -1, position: last?.position, replayed, appended: false };
}
