import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { ServerOptions } from 'graphql-ws';
import { socketRequest, type SocketAuthentication, type SocketContext } from '../auth/socket-authentication.js';
import { observedSocketOperations } from '../observability/observed-operations.js';
import type { OperationObserver } from '../observability/operation-observer.js';
import { formatError } from './format-error.js';

/**
 * Subscriptions over graphql-ws on the GraphQL path. The connection is authenticated once,
 * when it opens; errors of a subscription leave with the same codes and messages as over
 * HTTP, since graphql-ws does not pass them through Apollo's formatError. Every operation
 * is logged and counted like those over HTTP.
 */
export function graphqlWsOptions(
  path: string,
  authentication: SocketAuthentication,
  observer: OperationObserver,
): GraphQLWsSubscriptionsConfig & Pick<ServerOptions, 'onError' | 'onSubscribe' | 'onOperation' | 'onComplete'> {
  const observed = observedSocketOperations(observer);
  return {
    path,
    onConnect: (context) => authentication.onConnect(context as SocketContext),
    onSubscribe: (context, id, payload) => observed.started(context as SocketContext, id, payload.operationName),
    onOperation: (context, id, payload, args) => observed.resolved(context as SocketContext, id, args.document, payload.operationName),
    onNext: (context, id, _payload, _args, result) => {
      const errors = result.errors === undefined ? undefined : formatted(result.errors);
      observed.delivered(context as SocketContext, id, errors);
      return errors === undefined ? undefined : { ...result, errors };
    },
    // A subscription refused before its first change (FORBIDDEN, say) ends with an error message.
    onError: (context, id, _payload, errors) => {
      const refusal = formatted(errors);
      observed.refused(context as SocketContext, id, refusal);
      return refusal;
    },
    onComplete: (context, id) => observed.completed(context as SocketContext, id),
  };
}

function formatted(errors: readonly GraphQLError[]): GraphQLFormattedError[] {
  return errors.map((error) => formatError(error.toJSON(), error));
}

/** The GraphQL context of an operation, over HTTP (Apollo's request) or over a socket (graphql-ws). */
export function operationContext(source: { req?: unknown; res?: unknown } | SocketContext): { req: unknown; res?: unknown } {
  return 'extra' in source ? { req: socketRequest(source) } : { req: source.req, res: source.res };
}
