import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError, messages } from '@app/domain';
import { EventIdReuseError, WrongExpectedRevisionError } from '@app/event-store';
import { InvalidCursorError } from '@app/projections';
import { ApiError } from './api-error.js';
import { requestProblemOf } from './argument-of-error.js';

const logger = new Logger('GraphQL');

/** Apollo's own codes for requests that never reached a resolver (an operationName naming no operation of the query among them). */
const requestErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'VALIDATION',
]);

/**
 * Every error leaves with a stable `extensions.code` and a message a person can act on;
 * anything unexpected is logged with a reference and reported as INTERNAL without details,
 * so no stack trace or internal message reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalErrorOf(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    // A person the command path could not name is shown by id rather than as a marker.
    const named = original.namingPeople(() => undefined);
    const extensions: Record<string, unknown> = { code: named.code };
    if (named.problems.length > 0) extensions.problems = named.problems;
    return { ...base, message: named.message, extensions };
  }
  if (original instanceof WrongExpectedRevisionError || original instanceof EventIdReuseError) {
    const message = original instanceof EventIdReuseError ? messages.api.commandIdReused : messages.api.concurrentChange;
    return { ...base, message, extensions: { code: 'CONFLICT' } };
  }
  if (original instanceof InvalidCursorError) {
    const message = messages.api.badCursor(original.cursor);
    return { ...base, message, extensions: { code: 'VALIDATION', problems: [{ field: 'after', message }] } };
  }
  if (original instanceof ApiError) {
    return { ...base, message: original.message, extensions: { code: original.code } };
  }
  const apolloCode = formatted.extensions?.code;
  if (typeof apolloCode === 'string' && requestErrorCodes.has(apolloCode)) {
    const given = formatted.extensions?.problems;
    const problem = Array.isArray(given) ? undefined : requestProblemOf(original, apolloCode, formatted.message);
    return { ...base, extensions: { code: 'VALIDATION', ...(Array.isArray(given) ? { problems: given } : problem ? { problems: [problem] } : {}) } };
  }
  const reference = randomUUID();
  logger.error(`[${reference}] ${formatted.message}`, original instanceof Error ? original.stack : String(original ?? error));
  return {
    ...base,
    message: messages.common.internal(reference),
    extensions: { code: 'INTERNAL', reference },
  };
}

/** The error a resolver threw, beneath the GraphQLError wrappers. */
function originalErrorOf(error: unknown): unknown {
  let current: unknown = error;
  while (current && typeof current === 'object' && 'originalError' in current && (current as { originalError?: unknown }).originalError) {
    current = (current as { originalError: unknown }).originalError;
  }
  return current;
}
