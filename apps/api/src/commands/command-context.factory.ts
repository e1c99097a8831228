import { messages } from '@app/domain';
import { randomUUID } from 'node:crypto';
import { actorOf, type ApiRequest } from '../auth/authenticated-request.js';
import { ApiError } from '../graphql/api-error.js';
import type { CommandContext } from './command-context.js';
import { commandDigest, type SentCommand } from './command-digest.js';

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
