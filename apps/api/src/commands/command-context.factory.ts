import { randomUUID } from 'node:crypto';
import { actorFromHeaders } from '../actor/actor-from-headers.js';
import { ApiError } from '../graphql/api-error.js';
import type { CommandContext } from './command-context.js';

type Headers = Record<string, string | string[] | undefined>;

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

/**
 * The context of a command sent over the API: the caller, the client's command id (or a
 * fresh one), and the correlation id from x-correlation-id when the client sends one.
 */
export function commandContextFromRequest(headers: Headers, commandId: string | null | undefined, now: Date = new Date()): CommandContext {
  const id = commandId ?? randomUUID();
  if (!idPattern.test(id)) {
    throw new ApiError('VALIDATION', `commandId must be 1–100 letters, digits or . _ : - (a UUID is a good choice), got "${id}".`);
  }
  const correlationHeader = headers['x-correlation-id'];
  const correlationId = (Array.isArray(correlationHeader) ? correlationHeader[0] : correlationHeader)?.trim() || id;
  if (!idPattern.test(correlationId)) {
    throw new ApiError('VALIDATION', `x-correlation-id must be 1–100 letters, digits or . _ : -, got "${correlationId}".`);
  }
  return { commandId: id, correlationId, causationId: id, actor: actorFromHeaders(headers), now: now.toISOString() };
}
