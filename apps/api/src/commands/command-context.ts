import { Command } from '@nestjs/cqrs';
import type { TargetTableSource } from '@app/domain';
import type { Actor } from '@app/event-store';

/** Who sent a command, and the ids that tie its events to it and to what caused it. */
export interface CommandContext {
  commandId: string;
  correlationId: string;
  causationId: string;
  actor: Actor;
  /** ISO-8601 instant at which the command is decided. */
  now: string;
  /**
   * Digest of the command as its sender gave it (command-digest.ts), kept in the events'
   * metadata: a retry under the same command id must come with the same. Commands the
   * application derives itself (imports, demo data) carry none; their ids already name their content.
   */
  digest?: string;
  /** The document (and its lines) the command's content was read from, kept in the events' metadata for the audit trail. */
  source?: TargetTableSource;
  /** How the command came in when not over the API, e.g. the import command line and the operating-system user who ran it. */
  origin?: CommandOrigin;
}

export interface CommandOrigin {
  /** The tool, e.g. "cli:import". */
  via: string;
  osUser: string;
}

export interface CommandOutcome {
  streamId: string;
  /** Stream revision after the command (-1: the stream does not exist). */
  revision: number;
  /** Global position of the command's last event, or of the stream's last event when it changed nothing. */
  position: bigint | undefined;
  /** The command had been handled before; this is its earlier outcome and nothing was written. */
  replayed: boolean;
  /** True when this call appended events; false for a replay and for a command that decided nothing. */
  appended: boolean;
}

/**
 * A command of the domain on its way through the CommandBus, with who sent it: its handler
 * answers the CommandOutcome, so `commandBus.execute(message)` is typed without a cast.
 */
export abstract class CommandMessage<C> extends Command<CommandOutcome> {
  constructor(
    readonly command: C,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * A command as the API sends it: without its actor, which the handler takes from the context,
 * and without the fields `K` the handler reads from other streams (CommandInputs). Omit applied
 * to each member of a union.
 */
export type Requested<C, K extends PropertyKey = never> = C extends unknown ? Omit<C, (K | 'actor') & keyof C> : never;
