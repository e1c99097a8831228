import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/** The fields of the schema's own description (graphql's introspection). */
const introspectionFields = new Set(['__schema', '__type', '__typename']);

/**
 * The one exemption from the query limits: an operation that asks only about the schema
 * (GraphiQL's and codegen's standard introspection query, nested deeper than any data query
 * needs) is not measured. Its size is bounded by the schema, not by the data; it is switched
 * off as a whole with GRAPHQL_INTROSPECTION=false (see introspectionDisabled).
 */
export function isIntrospectionOnly(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): boolean {
  return operation.operation === 'query' && onlyIntrospection(operation.selectionSet, fragments, new Set());
}

function onlyIntrospection(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, visiting: Set<string>): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return introspectionFields.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return onlyIntrospection(selection.selectionSet, fragments, visiting);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (fragment === undefined || visiting.has(name)) return false;
    return onlyIntrospection(fragment.selectionSet, fragments, new Set(visiting).add(name));
  });
}

/** With GRAPHQL_INTROSPECTION=false: a query naming __schema or __type is refused before it runs. */
export function introspectionDisabled(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return;
      context.reportError(
        new GraphQLError(`本服务器已关闭架构查询（${node.name.value}），请向管理员索取接口文档。`, {
          nodes: [node],
          extensions: { code: 'VALIDATION', field: node.name.value },
        }),
      );
    },
  };
}
