import { messages } from '@app/domain';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';
import { isIntrospectionOnly } from './introspection.js';

export interface QueryLimits {
  /** Deepest nesting of fields a query may have. */
  maxDepth: number;
  /** Largest estimated number of objects a query may resolve. */
  maxCost: number;
}

/** What a list field without `first` is assumed to return when estimating cost. */
const DEFAULT_LIST_SIZE = 20;

/**
 * Refuses queries nested too deep or estimated too costly before any resolver runs: each
 * field costs 1, times the page size (`first`) of every connection around it. Introspection
 * is exempt (see introspection.ts).
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
          }
          if (isIntrospectionOnly(operation, fragments)) return;
          const { depth, cost } = measure(operation.selectionSet, fragments, request.variables ?? {}, 1, new Set());
          if (depth > limits.maxDepth) {
            throw new GraphQLError(messages.api.queryTooDeep({ depth, max: limits.maxDepth }), {
              extensions: { code: 'VALIDATION', http: { status: 400 } },
            });
          }
          if (cost > limits.maxCost) {
            throw new GraphQLError(
              messages.api.queryTooCostly({ cost, max: limits.maxCost }),
              { extensions: { code: 'VALIDATION', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

function measure(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  multiplier: number,
  visiting: Set<string>,
): { depth: number; cost: number } {
  let depth = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const pageSize = firstArgument(selection.arguments ?? [], variables);
      const fieldMultiplier = multiplier * (pageSize ?? 1);
      cost += multiplier;
      if (selection.selectionSet) {
        const inner = measure(selection.selectionSet, fragments, variables, fieldMultiplier, visiting);
        depth = Math.max(depth, inner.depth + 1);
        cost += inner.cost;
      } else {
        depth = Math.max(depth, 1);
      }
      continue;
    }
    const fragmentSelection =
      selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : spreadSelection(selection.name.value, fragments, visiting);
    if (!fragmentSelection) continue;
    const inner = measure(fragmentSelection, fragments, variables, multiplier, visiting);
    if (selection.kind === Kind.FRAGMENT_SPREAD) visiting.delete(selection.name.value);
    depth = Math.max(depth, inner.depth);
    cost += inner.cost;
  }
  return { depth, cost };
}

/** A fragment spread's selections; a spread that cycles is left to graphql's own NoFragmentCycles rule. */
function spreadSelection(name: string, fragments: Map<string, FragmentDefinitionNode>, visiting: Set<string>): SelectionSetNode | undefined {
  if (visiting.has(name)) return undefined;
  visiting.add(name);
  return fragments.get(name)?.selectionSet;
}

function firstArgument(args: ReadonlyArray<{ name: { value: string }; value: ValueNode }>, variables: Record<string, unknown>): number | undefined {
  const first = args.find((arg) => arg.name.value === 'first');
  if (!first) return undefined;
  const value = first.value;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return typeof given === 'number' ? given : DEFAULT_LIST_SIZE;
  }
  return DEFAULT_LIST_SIZE;
}
