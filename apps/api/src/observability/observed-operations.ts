import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import type { Actor } from '@app/event-store';
import type { OperationObserver } from './operation-observer.js';

interface ObservedRequest {
  requestId?: string;
  actor?: Actor;
  signedInUserId?: string;
}

/** Every operation over HTTP: Apollo's response, its errors already formatted, goes to the observer. */
export function observedHttpOperations(observer: OperationObserver): ApolloServerPlugin<{ req?: ObservedRequest }> {
  return {
    async requestDidStart() {
      const startedAt = performance.now();
      return {
        async willSendResponse({ response, operation, request, contextValue }) {
          const body = response.body;
          observer.finished({
            transport: 'http',
            requestId: contextValue.req?.requestId ?? randomUUID(),
            type: operation?.operation,
            operationName: request.operationName ?? operation?.name?.value,
            rootFields: operation === undefined ? undefined : rootFieldsOf(operation),
            userId: contextValue.req?.actor?.userId ?? contextValue.req?.signedInUserId,
            errors: body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors,
            startedAt,
          });
        },
      };
    },
  };
}

interface SocketOperation {
  requestId: string;
  startedAt: number;
  operationName: string | undefined;
  operation?: OperationDefinitionNode;
  errors?: readonly GraphQLFormattedError[];
}

/** A graphql-ws connection, known here only as the key of its operations. */
type ObservedSocket = object;

/**
 * Every operation over graphql-ws, logged and counted once it ends (a subscription when the
 * client or the server completes it), or when it is refused before it starts.
 */
export function observedSocketOperations(observer: OperationObserver, userIdOf: (context: ObservedSocket) => string | undefined) {
  const operations = new WeakMap<ObservedSocket, Map<string, SocketOperation>>();
  const operationsOf = (context: ObservedSocket): Map<string, SocketOperation> => {
    let open = operations.get(context);
    if (open === undefined) operations.set(context, (open = new Map()));
    return open;
  };
  const finish = (context: ObservedSocket, id: string, errors?: readonly GraphQLFormattedError[]): void => {
    const started = operationsOf(context).get(id);
    if (started === undefined) return;
    operationsOf(context).delete(id);
    observer.finished({
      transport: 'ws',
      requestId: started.requestId,
      type: started.operation?.operation,
      operationName: started.operationName ?? started.operation?.name?.value,
      rootFields: started.operation === undefined ? undefined : rootFieldsOf(started.operation),
      userId: userIdOf(context),
      errors: errors ?? started.errors,
      startedAt: started.startedAt,
    });
  };
  return {
    started(context: ObservedSocket, id: string, operationName: string | null | undefined): void {
      operationsOf(context).set(id, { requestId: randomUUID(), startedAt: performance.now(), operationName: operationName ?? undefined });
    },
    resolved(context: ObservedSocket, id: string, document: DocumentNode, operationName: string | null | undefined): void {
      const started = operationsOf(context).get(id);
      if (started !== undefined) started.operation = operationOf(document, operationName);
    },
    delivered(context: ObservedSocket, id: string, errors: readonly GraphQLFormattedError[] | undefined): void {
      const started = operationsOf(context).get(id);
      if (started !== undefined && errors !== undefined) started.errors = errors;
    },
    refused: (context: ObservedSocket, id: string, errors: readonly GraphQLFormattedError[]) => finish(context, id, errors),
    completed: (context: ObservedSocket, id: string) => finish(context, id),
  };
}

function operationOf(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((operation) => operation.name?.value === operationName) : operations[0];
}

/** The operation's top-level fields (those of the schema's Query, Mutation or Subscription type). */
function rootFieldsOf(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.map((selection) => (selection.kind === Kind.FIELD ? selection.name.value : '…'));
}
