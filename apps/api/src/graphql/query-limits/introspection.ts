import { messages } from '@app/domain';
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/** With GRAPHQL_INTROSPECTION=false: a query naming __schema or __type is refused before it runs. */
export function introspectionDisabled(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return;
      context.reportError(
        new GraphQLError(messages.api.queryLimits.introspectionOff(node.name.value), {
          nodes: [node],
          extensions: { code: 'VALIDATION', field: node.name.value },
        }),
      );
    },
  };
}
