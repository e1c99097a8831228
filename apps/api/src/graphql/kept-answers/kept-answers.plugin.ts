import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { Kind, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../../auth/authenticated-request.js';
import type { CallerAuthentication } from '../../auth/caller-authentication.js';
import type { ApiMetrics } from '../../observability/api-metrics.js';
import { MIN_POSITION_HEADER } from '../read-your-writes.interceptor.js';
import { keptAnswerKey, type KeptAnswers } from './kept-answers.js';
import { KEPT_WHILE_VIEWS_STAND } from './kept-while-views-stand.js';

/**
 * Answers a query over HTTP with the answer already given to the same caller for the same
 * operation and variables, while the views and the directory stand as they were
 * (docs/speed.md, "Answers kept while the views stand"). The caller is checked against the
 * directory first, exactly as the AuthGuard checks them, so a revoked role or a deactivated
 * account is refused as before; a caller who cannot be checked is left to the guard, which
 * refuses them in its own words. Only queries whose every root field is marked
 * KeptWhileViewsStand are kept, and never one that asks to wait for a position or reads a
 * table as of a moment.
 */
export function keptAnswersPlugin(answers: KeptAnswers, authentication: CallerAuthentication, metrics: ApiMetrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let kept: { key: string; readAt: number } | undefined;
      return {
        async responseForOperation({ operation, schema, request, queryHash, contextValue }) {
          const { req } = contextValue;
          if (req === undefined || !keepable(operation, schema) || req.headers[MIN_POSITION_HEADER] !== undefined) return null;
          let caller;
          try {
            caller = await authentication.callerOf(req.headers.authorization);
          } catch {
            return null;
          }
          // Read by the guard on a miss: the caller is checked once per operation.
          req.actor = caller.actor;
          const key = keptAnswerKey({
            directoryRevision: caller.directoryRevision,
            actor: caller.actor,
            queryHash: queryHash ?? String(request.query),
            operationName: request.operationName,
            variables: declaredVariables(operation, request.variables),
          });
          const readAt = answers.current();
          const answer = answers.find(key);
          metrics.keptAnswers.inc({ outcome: answer === undefined ? 'miss' : 'hit' });
          if (answer !== undefined) return { body: { kind: 'single', singleResult: { data: answer as Record<string, unknown> } }, http: { status: undefined, headers: new HeaderMap() } };
          kept = { key, readAt };
          return null;
        },
        async willSendResponse({ response }: GraphQLRequestContext<RequestContext>) {
          if (kept === undefined || response.body?.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors === undefined && data !== undefined && data !== null) answers.keep(kept.key, kept.readAt, data);
        },
      };
    },
  };
}

function declaredVariables(operation: OperationDefinitionNode, given: Record<string, unknown> | undefined): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const { variable } of operation.variableDefinitions ?? []) values[variable.name.value] = given?.[variable.name.value];
  return values;
}

/** Arguments that make a query read something other than the views as they stand. */
const unkeptArguments = new Set(['minPosition', 'asOf']);

function keepable(operation: OperationDefinitionNode | undefined, schema: GraphQLSchema): operation is OperationDefinitionNode {
  if (operation?.operation !== 'query') return false;
  const fields = schema.getQueryType()?.getFields() ?? {};
  let kept = 0;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return false;
    if (selection.name.value === '__typename') continue;
    const field = fields[selection.name.value];
    if (field?.extensions[KEPT_WHILE_VIEWS_STAND] !== true || (selection.arguments ?? []).some((argument) => unkeptArguments.has(argument.name.value))) return false;
    kept += 1;
  }
  // `{ __typename }` alone reads nothing worth keeping, and needs no caller.
  return kept > 0;
}
