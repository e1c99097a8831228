import type { Command, CommandBus } from '@nestjs/cqrs';
import { messages } from '@app/domain';
import { randomUUID } from 'node:crypto';
import { actorOf, type ApiRequest } from '../auth/authenticated-request.js';
import { ApiError } from '../graphql/api-error.js';
import type { CommandContext, CommandOutcome } from './command-context.js';
import { commandDigest, type SentCommand } from './command-digest.js';

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
 * Sends a command of a project's year as the signed-in caller through the CommandBus; its
 * handler adds the caller (the context's actor) and what the command needs from other
 * streams, and the decider checks role, scope and state. `input` is what the caller sent (its
 * commandId and what a retry must repeat); `Message` wraps the command for its handler;
 * `now` (the application's Clock) is when its events occur.
 */
export async function commandAsCaller<C extends { type: string; projectCode: string; fiscalYear: number }>(
  commandBus: CommandBus,
  request: ApiRequest,
  input: { commandId?: string | null },
  command: C,
  Message: new (command: C, context: CommandContext) => Command<CommandOutcome>,
  now: Date,
): Promise<ProjectCommandPayload> {
  const sent = await sentAsCaller(commandBus, request, input, command, Message, now);
  return { ...sent, projectCode: command.projectCode, fiscalYear: command.fiscalYear };
}

/** What any mutation answers of the command it sent: its id, the stream's revision, the position written, whether it was a replay. */
export interface SentCommandResult {
  commandId: string;
  revision: number;
  position: string;
  replayed: boolean;
}

/** As commandAsCaller, for a command of something else than a project's year (the department's overall targets). */
export async function sentAsCaller<C extends { type: string }>(
  commandBus: CommandBus,
  request: ApiRequest,
  input: { commandId?: string | null },
  command: C,
  Message: new (command: C, context: CommandContext) => Command<CommandOutcome>,
  now: Date,
): Promise<SentCommandResult> {
  const context = commandContextFromRequest(request, { type: command.type, input }, now);
  const outcome = await commandBus.execute(new Message(command, context));
  return { commandId: context.commandId, revision: outcome.revision, position: String(outcome.position ?? 0n), replayed: outcome.replayed };
}

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

/**
 * The context of a command sent over the API: the signed-in caller (set on the request by
 * the AuthGuard from the token and the directory), the client's command id from the input
 * (or a fresh one), the digest of what was sent, and the correlation id from x-correlation-id
 * when the client sends one.
 */
export function commandContextFromRequest(request: ApiRequest, sent: SentCommand & { input: { commandId?: string | null } }, now: Date): CommandContext {
  const id = sent.input.commandId ?? randomUUID();
  if (!idPattern.test(id)) {
    throw new ApiError('VALIDATION', messages.api.badCommandId(id));
  }
  const correlationHeader = request.headers['x-correlation-id'];
  const correlationId = (Array.isArray(correlationHeader) ? correlationHeader[0] : correlationHeader)?.trim() || id;
  if (!idPattern.test(correlationId)) {
    throw new ApiError('VALIDATION', messages.api.badCorrelationId(correlationId));
  }
  return { commandId: id, correlationId, causationId: id, actor: actorOf(request), now: now.toISOString(), digest: commandDigest(sent) };
}

export function projectRef(input: { projectCode: string; fiscalYear: number }): { projectCode: string; fiscalYear: number } {
  return { projectCode: input.projectCode, fiscalYear: input.fiscalYear };
}
