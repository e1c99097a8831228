import { execute, parse, subscribe, type ExecutionArgs, type ExecutionResult, type GraphQLError, type GraphQLFormattedError } from 'graphql';
import proxyAddress from 'proxy-addr';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { ServerOptions } from 'graphql-ws';
import { socketRequest, type SocketAuthentication, type SocketContext } from '../auth/socket-authentication.js';
import { observedSocketOperations } from '../observability/observed-operations.js';
import type { OperationObserver } from '../observability/operation-observer.js';
import { formatError } from './format-error.js';
import { queryLimitError, type QueryLimits } from './query-limits/query-limits.js';

/**
 * Operations over graphql-ws on the GraphQL path. The connection is authenticated when it
 * opens, each operation again by the AuthGuard, and the socket is re-checked while open
 * (SocketAuthentication); errors leave with the same codes and messages as over HTTP, since
 * graphql-ws does not pass them through Apollo's formatError. Every operation is logged and
 * counted like those over HTTP.
 */
export function graphqlWsOptions(
  path: string,
  authentication: SocketAuthentication,
  observer: OperationObserver,
  limits: QueryLimits,
): GraphQLWsSubscriptionsConfig & Pick<ServerOptions, 'onError' | 'onSubscribe' | 'onOperation' | 'onComplete' | 'parse' | 'execute' | 'subscribe'> {
  const observed = observedSocketOperations(observer, (context) => authentication.userIdOf(context as SocketContext));
  /** The operation as `run` would run it, unless it is over a limit: then refused whole, before any field executes. */
  const withinLimits =
    <T>(run: (args: ExecutionArgs) => T) =>
    (args: ExecutionArgs): T | ExecutionResult => {
      const refusal = queryLimitError(args.schema, args.document, args.operationName, args.variableValues, limits);
      return refusal === null ? run(args) : { errors: [refusal] };
    };
  return {
    path,
    parse: (source) => parse(source, { maxTokens: limits.maxTokens }),
    execute: withinLimits(execute),
    subscribe: withinLimits(subscribe),
    onConnect: (context) => authentication.onConnect(context as SocketContext),
    onSubscribe: (context, id, payload) => observed.started(context as SocketContext, id, payload.operationName),
    onOperation: (context, id, payload, args) => observed.resolved(context as SocketContext, id, args.document, payload.operationName),
    onNext: (context, id, _payload, _args, result) => {
      const errors = result.errors === undefined ? undefined : formatted(result.errors);
      observed.delivered(context as SocketContext, id, errors);
      return errors === undefined ? undefined : { ...result, errors };
    },
    // An operation refused before it runs (a query over a limit, a subscription FORBIDDEN before its first change) ends with an error message.
    onError: (context, id, _payload, errors) => {
      const refusal = formatted(errors);
      observed.refused(context as SocketContext, id, refusal);
      return refusal;
    },
    onClose: (context) => authentication.onClose(context as SocketContext),
    onComplete: (context, id) => observed.completed(context as SocketContext, id),
  };
}

/** graphql-js's own errors of a request (validation, no such operation) carry no code over graphql-ws: they are request errors, as Apollo names them over HTTP. */
function formatted(errors: readonly GraphQLError[]): GraphQLFormattedError[] {
  return errors.map((error) => {
    const json = error.toJSON();
    const requestError = error.originalError === undefined && error.path === undefined;
    return formatError(requestError ? { ...json, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...json.extensions } } : json, error);
  });
}

/**
 * The GraphQL context of an operation, over HTTP (Apollo's request) or over a socket
 * (graphql-ws), whose address is read through the same trusted proxies as Express's.
 */
export function operationContext(trustedProxies: readonly string[]) {
  const trustedProxy = proxyAddress.compile([...trustedProxies]);
  return (source: { req?: unknown; res?: unknown } | SocketContext): { req: unknown; res?: unknown } =>
    'extra' in source ? { req: socketRequest(source, trustedProxy) } : { req: source.req, res: source.res };
}
