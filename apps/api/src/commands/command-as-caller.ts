import type { CommandBus } from '@nestjs/cqrs';
import type { Actor } from '@app/event-store';
import { actorOf, type ApiRequest } from '../auth/authenticated-request.js';
import type { CommandContext, CommandOutcome } from './command-context.js';
import { commandContextFromRequest } from './command-context.factory.js';

/** What a mutation of a project's year answers, before the view of what it wrote is resolved. */
export interface ProjectCommandPayload {
  commandId: string;
  projectCode: string;
  fiscalYear: number;
  revision: number;
  position: string;
  replayed: boolean;
}

/**
 * Sends a command of a project's year as the signed-in caller through the CommandBus; the
 * decider checks role, scope and state. `input` is what the caller sent (its commandId and
 * what a retry must repeat); `message` wraps the command for its handler; `now` (the
 * application's Clock) is when its events occur.
 */
export async function commandAsCaller<C extends { type: string; projectCode: string; fiscalYear: number }>(
  commandBus: CommandBus,
  request: ApiRequest,
  input: { commandId?: string | null },
  command: C,
  message: (command: C & { actor: Actor }, context: CommandContext) => object,
  now: Date,
): Promise<ProjectCommandPayload> {
  const context = commandContextFromRequest(request, { type: command.type, input }, now);
  const outcome = await commandBus.execute<object, CommandOutcome>(message({ ...command, actor: actorOf(request) }, context));
  return {
    commandId: context.commandId,
    projectCode: command.projectCode,
    fiscalYear: command.fiscalYear,
    revision: outcome.revision,
    position: String(outcome.position ?? 0n),
    replayed: outcome.replayed,
  };
}

/** A command without its actor, which commandAsCaller adds: Omit applied to each member of a union. */
export type WithoutActor<C> = C extends unknown ? Omit<C, 'actor'> : never;

export function projectRef(input: { projectCode: string; fiscalYear: number }): { projectCode: string; fiscalYear: number } {
  return { projectCode: input.projectCode, fiscalYear: input.fiscalYear };
}
