import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@app/projections';
import {
  GraphQLError,
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type ASTNode,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface QueryLimits {
  /** Deepest nesting of fields a query may have (introspection's own nesting aside). */
  maxDepth: number;
  /** Largest estimated cost: each field its cost (FIELD_COSTS, else 1), times the page sizes around it. */
  maxCost: number;
  /** Most fields asked for under another name (aliases) in one operation. */
  maxAliases: number;
  /** Most directives (@include, @skip…) in one request. */
  maxDirectives: number;
  /** Most tokens the request's text may have; the parser stops reading beyond them. */
  maxTokens: number;
}

/**
 * What a field costs beyond an ordinary one, for work that does not show in its result:
 * verifyAuditTrail and anchorAuditTrail re-hash the whole log, importTargetDocument reads a
 * document of up to 2 MB, the overviews fold every project of a year.
 */
export const FIELD_COSTS: ReadonlyMap<string, number> = new Map([
  ['Query.verifyAuditTrail', 1000],
  ['Mutation.anchorAuditTrail', 1000],
  ['Mutation.importTargetDocument', 500],
  ['Query.executionOverview', 100],
  ['Query.finalEvaluationRollUp', 100],
  ['Query.midtermDashboard', 100],
]);

/** Fields whose subtree is the schema itself: bounded by it, and what every GraphQL tool asks first. */
const introspectionFields: ReadonlySet<string> = new Set(['__schema', '__type']);

/**
 * The limits as graphql-js validation rules, run on every operation — over HTTP by Apollo and
 * over graphql-ws by the socket server — so an operation over a limit is refused whole before
 * any of its fields executes. They see no variables: a page size given as a variable counts
 * as the largest page.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  return [(context) => operationLimits(context, limits)];
}

function operationLimits(context: ValidationContext, limits: QueryLimits): ASTVisitor {
  let directives = 0;
  return {
    Directive() {
      directives += 1;
    },
    Document: {
      leave(document: DocumentNode) {
        if (directives > limits.maxDirectives) {
          refuse(context, 'query', `请求用了 ${directives} 个指令（@include、@skip 等），最多允许 ${limits.maxDirectives} 个`);
        }
        const fragments = new Map<string, FragmentDefinitionNode>();
        for (const definition of document.definitions) {
          if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
        }
        for (const operation of document.definitions) {
          if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
          const root = context.getSchema().getRootType(operation.operation);
          if (root === undefined || root === null) continue;
          const measure = new Measure(context, fragments);
          const { depth, cost } = measure.selections(operation.selectionSet, root, 1, new Set());
          const name = operation.name === undefined ? '' : ` ${operation.name.value}`;
          if (depth > limits.maxDepth) {
            refuse(context, 'query', `操作${name}嵌套 ${depth} 层，最多允许 ${limits.maxDepth} 层：请少要几层嵌套字段`);
          }
          if (measure.aliases > limits.maxAliases) {
            refuse(context, 'query', `操作${name}用了 ${measure.aliases} 个别名，最多允许 ${limits.maxAliases} 个：请分几次请求`);
          }
          if (cost > limits.maxCost) {
            refuse(context, 'query', `操作${name}估计要处理约 ${cost} 个对象，最多允许 ${limits.maxCost} 个：请把每页（first）取小，或少要些字段`);
          }
        }
      },
    },
  };
}

/** Depth, cost and aliases of one operation, walked along the schema's types. */
class Measure {
  aliases = 0;

  constructor(
    private readonly context: ValidationContext,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  ) {}

  selections(selectionSet: SelectionSetNode, type: GraphQLCompositeType, multiplier: number, visiting: Set<string>): { depth: number; cost: number } {
    let depth = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = this.field(selection, type, multiplier, visiting);
        depth = Math.max(depth, field.depth);
        cost += field.cost;
        continue;
      }
      const inner =
        selection.kind === Kind.INLINE_FRAGMENT
          ? { selectionSet: selection.selectionSet, typeName: selection.typeCondition?.name.value }
          : this.spread(selection.name.value, visiting);
      if (inner === undefined) continue;
      const innerType = inner.typeName === undefined ? type : this.context.getSchema().getType(inner.typeName);
      const measured = innerType && isCompositeType(innerType) ? this.selections(inner.selectionSet, innerType, multiplier, visiting) : { depth: 0, cost: 0 };
      if (selection.kind === Kind.FRAGMENT_SPREAD) visiting.delete(selection.name.value);
      depth = Math.max(depth, measured.depth);
      cost += measured.cost;
    }
    return { depth, cost };
  }

  private field(node: FieldNode, parent: GraphQLCompositeType, multiplier: number, visiting: Set<string>): { depth: number; cost: number } {
    if (node.alias !== undefined) this.aliases += 1;
    if (introspectionFields.has(node.name.value)) return { depth: 1, cost: multiplier };
    const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    const cost = multiplier * (FIELD_COSTS.get(`${parent.name}.${node.name.value}`) ?? 1);
    const type = definition === undefined ? undefined : getNamedType(definition.type);
    if (node.selectionSet === undefined || definition === undefined || !isCompositeType(type)) return { depth: 1, cost };
    const inner = this.selections(node.selectionSet, type, multiplier * this.pageSize(node, definition), visiting);
    return { depth: inner.depth + 1, cost: cost + inner.cost };
  }

  /**
   * How many items a connection's `first` asks for: the views' default when left out, the
   * largest page when a variable gives it. A page size outside 1–MAX_PAGE_SIZE written in
   * the query is refused here, so no sibling field runs while this one is turned down.
   */
  private pageSize(node: FieldNode, definition: GraphQLField<unknown, unknown>): number {
    if (!definition.args.some((arg) => arg.name === 'first')) return 1;
    const first = node.arguments?.find((arg) => arg.name.value === 'first');
    if (first === undefined || first.value.kind === Kind.NULL) return DEFAULT_PAGE_SIZE;
    if (first.value.kind !== Kind.INT) return MAX_PAGE_SIZE;
    const size = Number(first.value.value);
    if (size >= 1 && size <= MAX_PAGE_SIZE) return size;
    refuse(this.context, 'first', `每页条数须为 1 到 ${MAX_PAGE_SIZE} 的整数，收到 ${first.value.value}`, first.value);
    return MAX_PAGE_SIZE;
  }

  /** A fragment spread's selections; a spread that cycles is left to graphql's own NoFragmentCycles rule. */
  private spread(name: string, visiting: Set<string>): { selectionSet: SelectionSetNode; typeName: string } | undefined {
    const fragment = this.fragments.get(name);
    if (visiting.has(name) || fragment === undefined) return undefined;
    visiting.add(name);
    return { selectionSet: fragment.selectionSet, typeName: fragment.typeCondition.name.value };
  }
}

function refuse(context: ValidationContext, field: string, message: string, node?: ASTNode): void {
  context.reportError(new GraphQLError(`${field}: ${message}`, { nodes: node, extensions: { code: 'VALIDATION', problems: [{ field, message }] } }));
}
