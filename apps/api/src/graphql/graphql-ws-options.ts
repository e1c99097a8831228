import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { ServerOptions } from 'graphql-ws';
import { socketRequest, type SocketAuthentication, type SocketContext } from '../auth/socket-authentication.js';
import { formatError } from './format-error.js';

/**
 * Operations over graphql-ws on the GraphQL path. The connection is authenticated when it
 * opens, each operation again by the AuthGuard, and the socket is re-checked while open
 * (SocketAuthentication); errors leave with the same codes and messages as over HTTP, since
 * graphql-ws does not pass them through Apollo's formatError.
 */
export function graphqlWsOptions(path: string, authentication: SocketAuthentication): GraphQLWsSubscriptionsConfig & Pick<ServerOptions, 'onError'> {
  return {
    path,
    onConnect: (context) => authentication.onConnect(context as SocketContext),
    onClose: (context) => authentication.onClose(context as SocketContext),
    onNext: (_context, _id, _payload, _args, result) => (result.errors === undefined ? undefined : { ...result, errors: formatted(result.errors) }),
    // A subscription refused before its first change (FORBIDDEN, say) ends with an error message.
    onError: (_context, _id, _payload, errors) => formatted(errors),
  };
}

function formatted(errors: readonly GraphQLError[]): GraphQLFormattedError[] {
  return errors.map((error) => formatError(error.toJSON(), error));
}

/** The GraphQL context of an operation, over HTTP (Apollo's request) or over a socket (graphql-ws). */
export function operationContext(source: { req?: unknown; res?: unknown } | SocketContext): { req: unknown; res?: unknown } {
  return 'extra' in source ? { req: socketRequest(source) } : { req: source.req, res: source.res };
}
