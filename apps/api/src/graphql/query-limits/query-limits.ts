import { messages } from '@app/domain';
import { DEFAULT_PAGE_SIZE } from '@app/projections';
import { pageSizeProblem } from '../given-arguments.js';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

const words = messages.api.queryLimits;

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
 * document of up to 2 MB, the overviews fold every project of a year, reviewFindings compares
 * every table of a unit's year with the others, and the department's overall targets read every
 * table of the department's units (its budget; the links' suggestions and checks), and its
 * monitoring and self-evaluation every project, ledger and evaluation of them.
 */
export const FIELD_COSTS: ReadonlyMap<string, number> = new Map([
  ['Query.verifyAuditTrail', 1000],
  ['Mutation.anchorAuditTrail', 1000],
  ['Mutation.importTargetDocument', 500],
  ['Mutation.importTargetTableWorkbook', 500],
  ['Query.executionOverview', 100],
  ['Query.finalEvaluationRollUp', 100],
  ['Query.midtermDashboard', 100],
  ['Query.reviewFindings', 100],
  ['Query.departmentTargets', 100],
  ['Query.departmentMonitoring', 100],
  ['Query.departmentEvaluation', 100],
  ['Mutation.submitDepartmentEvaluation', 100],
  ['Mutation.resubmitDepartmentEvaluation', 100],
  ['Mutation.approveDepartmentEvaluationStep', 100],
  ['Mutation.suggestSubGoalLinks', 100],
  ['Mutation.confirmSubGoalLink', 100],
]);

/**
 * `__Type.ofType` unwraps a list or non-null type: its chain is as short as the schema's
 * wrappings, and GraphiQL's standard introspection query asks it eight deep, so it does not
 * count as nesting. Every other field does, introspection's own cycles (type → fields → type)
 * included.
 */
function deepens(parent: GraphQLCompositeType, fieldName: string): boolean {
  return !(parent.name === '__Type' && fieldName === 'ofType');
}

/** What is wrong with a request, by field. */
interface LimitProblem {
  field: string;
  message: string;
}

/**
 * Why the operation a request runs is over a limit, as one VALIDATION error naming every
 * problem; null when it is within them all. Asked before anything of the operation executes —
 * over HTTP by queryLimitsPlugin, over graphql-ws by graphqlWsOptions — with the request's
 * variables, so a page size given as a variable counts at its value.
 */
export function queryLimitError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  limits: QueryLimits,
): GraphQLError | null {
  const known = withinLimits.get(document)?.get(operationName ?? '');
  if (known !== undefined && known.schema === schema && known.limits === limits && known.pageSizes.has(pageSizesKey(known.pageVariables, variables))) return null;
  const { error, pageVariables } = measured(schema, document, operationName, variables, limits);
  if (error === null) remember({ schema, document, operationName, variables, limits, pageVariables });
  return error;
}

/**
 * Operations found within the limits, by document (Apollo keeps one parsed document per query
 * text, so a query sent again is the same object): measuring walks the whole operation along
 * the schema on every request, and its verdict depends on nothing but the document, the
 * operation, and the values of the variables given as page sizes.
 */
const withinLimits = new WeakMap<DocumentNode, Map<string, KnownWithin>>();

interface KnownWithin {
  schema: GraphQLSchema;
  limits: QueryLimits;
  /** The variables the operation gives as page sizes (`first: $n`), in the order measured. */
  pageVariables: readonly string[];
  /** Their values (pageSizesKey) with which the operation was found within the limits. */
  pageSizes: Set<string>;
}

/** At most this many sets of page sizes are remembered for one operation. */
const maxKnownPageSizes = 64;

function remember(found: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null | undefined;
  variables: Readonly<Record<string, unknown>> | null | undefined;
  limits: QueryLimits;
  pageVariables: readonly string[];
}): void {
  let operations = withinLimits.get(found.document);
  if (operations === undefined) withinLimits.set(found.document, (operations = new Map()));
  const name = found.operationName ?? '';
  let known = operations.get(name);
  if (known === undefined || known.schema !== found.schema || known.limits !== found.limits) {
    known = { schema: found.schema, limits: found.limits, pageVariables: found.pageVariables, pageSizes: new Set() };
    operations.set(name, known);
  }
  if (known.pageSizes.size < maxKnownPageSizes) known.pageSizes.add(pageSizesKey(known.pageVariables, found.variables));
}

/** The given values of the page-size variables; a variable left out differs from one given as null (a default written in the query applies). */
function pageSizesKey(names: readonly string[], variables: Readonly<Record<string, unknown>> | null | undefined): string {
  return JSON.stringify(names.map((name) => (variables != null && Object.hasOwn(variables, name) ? [variables[name] ?? null] : [])));
}

function measured(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  limits: QueryLimits,
): { error: GraphQLError | null; pageVariables: string[] } {
  const problems: LimitProblem[] = [];
  const pageVariables = new Set<string>();
  let directives = 0;
  visit(document, {
    Directive() {
      directives += 1;
    },
  });
  if (directives > limits.maxDirectives) {
    problems.push({ field: 'query', message: words.tooManyDirectives({ count: directives, max: limits.maxDirectives }) });
  }
  const operation = getOperationAST(document, operationName);
  const root = operation ? schema.getRootType(operation.operation) : undefined;
  if (operation && root) {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    // A variable left out takes its default written in the query, as execution will.
    const defaults = Object.fromEntries(
      (operation.variableDefinitions ?? []).flatMap((definition) =>
        definition.defaultValue?.kind === Kind.INT ? [[definition.variable.name.value, Number(definition.defaultValue.value)]] : [],
      ),
    );
    const measure = new Measure(schema, fragments, { ...defaults, ...variables }, problems, pageVariables);
    const { depth, cost } = measure.selections(operation.selectionSet, root, 1, new Set());
    if (depth > limits.maxDepth) {
      problems.push({ field: 'query', message: words.tooDeep({ depth, max: limits.maxDepth }) });
    }
    if (measure.aliases > limits.maxAliases) {
      problems.push({ field: 'query', message: words.tooManyAliases({ count: measure.aliases, max: limits.maxAliases }) });
    }
    if (cost > limits.maxCost) {
      problems.push({ field: 'query', message: words.tooCostly({ cost, max: limits.maxCost }) });
    }
  }
  if (problems.length === 0) return { error: null, pageVariables: [...pageVariables] };
  // A variable used by many fields is one problem.
  const distinct = [...new Map(problems.map((problem) => [`${problem.field}\n${problem.message}`, problem])).values()];
  const summary = distinct.map((problem) => messages.common.problemLine(problem.field, problem.message)).join(messages.common.problemSeparator);
  return {
    error: new GraphQLError(words.exceeded(summary), { extensions: { code: 'VALIDATION', problems: distinct, http: { status: 400 } } }),
    pageVariables: [...pageVariables],
  };
}

/** Depth, cost and aliases of one operation, walked along the schema's types. */
class Measure {
  aliases = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Readonly<Record<string, unknown>>,
    private readonly problems: LimitProblem[],
    /** Collects the variables read as page sizes: the only inputs besides the document the verdict depends on. */
    private readonly pageVariables: Set<string>,
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
      const innerType = inner.typeName === undefined ? type : this.schema.getType(inner.typeName);
      const measured = innerType && isCompositeType(innerType) ? this.selections(inner.selectionSet, innerType, multiplier, visiting) : { depth: 0, cost: 0 };
      if (selection.kind === Kind.FRAGMENT_SPREAD) visiting.delete(selection.name.value);
      depth = Math.max(depth, measured.depth);
      cost += measured.cost;
    }
    return { depth, cost };
  }

  private field(node: FieldNode, parent: GraphQLCompositeType, multiplier: number, visiting: Set<string>): { depth: number; cost: number } {
    if (node.alias !== undefined) this.aliases += 1;
    const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    const cost = multiplier * (FIELD_COSTS.get(`${parent.name}.${node.name.value}`) ?? 1);
    const type = definition === undefined ? undefined : getNamedType(definition.type);
    if (node.selectionSet === undefined || definition === undefined || !isCompositeType(type)) return { depth: 1, cost };
    const inner = this.selections(node.selectionSet, type, multiplier * this.pageSize(node, definition), visiting);
    return { depth: inner.depth + (deepens(parent, node.name.value) ? 1 : 0), cost: cost + inner.cost };
  }

  /**
   * How many items a connection's `first` asks for, written in the query or given as a
   * variable; the views' default when left out. A page size outside 1–MAX_PAGE_SIZE refuses
   * the whole operation here, so no sibling field runs while this one is turned down.
   */
  private pageSize(node: FieldNode, definition: GraphQLField<unknown, unknown>): number {
    if (!definition.args.some((arg) => arg.name === 'first')) return 1;
    const first = node.arguments?.find((arg) => arg.name.value === 'first')?.value;
    const given =
      first === undefined ? undefined
      : first.kind === Kind.INT ? Number(first.value)
      : first.kind === Kind.VARIABLE ? this.pageVariable(first.name.value)
      : first.kind === Kind.NULL ? null
      : Number.NaN;
    if (given === undefined || given === null) return DEFAULT_PAGE_SIZE;
    const problem = pageSizeProblem(given);
    if (problem === null) return given as number;
    this.problems.push({ field: 'first', message: problem });
    // Refused already: its cost would only add a second problem about the same mistake.
    return 1;
  }

  private pageVariable(name: string): unknown {
    this.pageVariables.add(name);
    return this.variables[name];
  }

  /** A fragment spread's selections; a spread that cycles is left to graphql's own NoFragmentCycles rule. */
  private spread(name: string, visiting: Set<string>): { selectionSet: SelectionSetNode; typeName: string } | undefined {
    const fragment = this.fragments.get(name);
    if (visiting.has(name) || fragment === undefined) return undefined;
    visiting.add(name);
    return { selectionSet: fragment.selectionSet, typeName: fragment.typeCondition.name.value };
  }
}
