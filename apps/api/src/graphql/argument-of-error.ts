import { messages } from '@app/domain';
import { GraphQLError, Kind, parse, visit, type ASTNode, type ValueNode } from 'graphql';

/** A problem of a request that graphql-js or Apollo found before any resolver ran, naming the field it concerns. */
export interface RequestProblem {
  field: string;
  message: string;
}

/**
 * The argument a request error is about, so that a value of the wrong type names its field
 * whether it came inline (`fiscalYear: "2023"`, found by where the value stands in the
 * query) or through a variable (named in graphql-js's message), and an unknown
 * operationName names that. Undefined for errors that concern no one argument.
 */
export function requestProblemOf(error: unknown, apolloCode: string, message: string): RequestProblem | undefined {
  if (apolloCode === 'OPERATION_RESOLUTION_FAILURE') {
    return { field: 'operationName', message: messages.api.request.noSuchOperation(message) };
  }
  const variable = /^Variable "\$([^"]+)" got invalid value .*?(?: at "([^"]+)")?; /s.exec(message);
  if (variable !== null) return { field: variable[2] ?? variable[1]!, message: messages.api.request.wrongType(message) };
  if (!(error instanceof GraphQLError) || apolloCode !== 'GRAPHQL_VALIDATION_FAILED') return undefined;
  const field = argumentPathAt(error);
  return field === undefined ? undefined : { field, message: messages.api.request.wrongType(message) };
}

/** The argument (with the input fields inside it, e.g. input.content.budget) whose value holds the error's first node. */
function argumentPathAt(error: GraphQLError): string | undefined {
  const at = error.nodes?.[0]?.loc?.start;
  const body = error.source?.body;
  if (at === undefined || body === undefined || !isValueNode(error.nodes![0]!)) return undefined;
  let found: string | undefined;
  const path: string[] = [];
  // Only the arguments and input fields whose value holds the node are entered: one nested chain, the deepest last.
  visit(parse(body), {
    enter(node) {
      if (node.kind !== Kind.ARGUMENT && node.kind !== Kind.OBJECT_FIELD) return undefined;
      if (at < node.value.loc!.start || at >= node.value.loc!.end) return false;
      path.push(node.name.value);
      found = path.join('.');
      return undefined;
    },
    leave(node) {
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) path.pop();
    },
  });
  return found;
}

function isValueNode(node: ASTNode): node is ValueNode {
  return (
    node.kind === Kind.INT ||
    node.kind === Kind.FLOAT ||
    node.kind === Kind.STRING ||
    node.kind === Kind.BOOLEAN ||
    node.kind === Kind.NULL ||
    node.kind === Kind.ENUM ||
    node.kind === Kind.LIST ||
    node.kind === Kind.OBJECT
  );
}
