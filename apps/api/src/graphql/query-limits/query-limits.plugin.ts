import type { ApolloServerPlugin } from '@apollo/server';
import { queryLimitError, type QueryLimits } from './query-limits.js';

/** The query limits over HTTP: checked once Apollo knows the operation and before it executes. */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          const error = queryLimitError(schema, document, operationName, request.variables, limits);
          if (error !== null) throw error;
        },
      };
    },
  };
}
