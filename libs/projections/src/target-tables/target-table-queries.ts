import type { TargetTableReadScope } from '@app/domain/common/read-scope.js';
import type { TargetTableContent, TargetTableSource } from '@app/domain/target-table/target-table.events.js';
import type { Kysely, Selectable, SelectQueryBuilder } from 'kysely';
import { containsText } from '../read-store/like-pattern.js';
import { readableIn } from '../read-scope/readable-in.js';
import { decodeCursor, encodeCursor } from './target-table-cursor.js';
import { baselineOf, type TargetTableDecisionView, type TargetTableReturnView, type TargetTableWorkflow } from './target-table-rows.js';
import type { TargetTableBaseline } from '@app/domain/target-table/target-table.state.js';
import type { Finding } from '@app/domain/target-table/validation/finding.js';
import type { TargetTablesDatabase, TargetTablesTable } from './target-table-schema.js';

export interface TargetTableView {
  streamId: string;
  projectCode: string;
  fiscalYear: number;
  unitCode: string;
  unitName: string;
  sectionId: string | null;
  name: string;
  status: string;
  version: number;
  revision: number;
  budgetTotalFen: number;
  budgetFiscalFen: number;
  budgetOtherFen: number;
  content: TargetTableContent;
  /** The step a table IN_REVIEW awaits, with the role that decides it; null otherwise. */
  currentStep: { step: string; role: string } | null;
  /** When the version under review was (re)submitted; null unless IN_REVIEW. */
  submittedAt: string | null;
  /** The latest (re)submitter of the working version; null before a submission. */
  submittedBy: string | null;
  /** Everyone who (re)submitted the version under review; none of them may decide it. */
  submitters: string[];
  decisions: TargetTableDecisionView[];
  lastReturn: TargetTableReturnView | null;
  warnings: Finding[];
  /** The approved version in force, null before the first approval. */
  baseline: TargetTableBaseline | null;
  /** The document and lines the table was imported from; null when drafted by hand. */
  importedFrom: TargetTableSource | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Position of the last event applied to this table. */
  position: bigint;
}

export interface TargetTableFilter {
  unitCode?: string;
  sectionId?: string;
  fiscalYear?: number;
  status?: string;
  currentStep?: string;
  /** Part of the project name; case-insensitive for Latin letters on both dialects. */
  nameContains?: string;
  /** Only the tables a person may read (the domain's read scope); every table when left out. */
  readableIn?: TargetTableReadScope;
}

export interface PageRequest {
  /** Rows per page: 20 unless given, never more than 100. */
  first?: number;
  /** The endCursor of the previous page. */
  after?: string;
}

export interface TargetTablePage extends TargetTableRowsPage {
  /** Rows matching the filter across all pages. */
  totalCount: number;
}

/** A page without the count of every row matching (countTargetTables), which a reader may not ask for. */
export interface TargetTableRowsPage {
  rows: TargetTableView[];
  hasNextPage: boolean;
  /** Cursor of the last row of this page, null when the page is empty. */
  endCursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export async function findTargetTable(
  db: Kysely<TargetTablesDatabase>,
  projectCode: string,
  fiscalYear: number,
): Promise<TargetTableView | undefined> {
  const row = await db
    .selectFrom('target_tables')
    .selectAll()
    .where('fiscal_year', '=', fiscalYear)
    .where('project_code', '=', projectCode)
    .executeTakeFirst();
  return row === undefined ? undefined : toView(row);
}

export async function listTargetTables(
  db: Kysely<TargetTablesDatabase>,
  filter: TargetTableFilter = {},
  page: PageRequest = {},
): Promise<TargetTablePage> {
  const totalCount = await countTargetTables(db, filter);
  return { ...(await listTargetTableRows(db, filter, page)), totalCount };
}

/** How many tables match the filter, over all pages. */
export async function countTargetTables(db: Kysely<TargetTablesDatabase>, filter: TargetTableFilter = {}): Promise<number> {
  const { count } = await whereFilter(db.selectFrom('target_tables'), filter)
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** One page of the tables matching the filter, without their count (countTargetTables). */
export async function listTargetTableRows(
  db: Kysely<TargetTablesDatabase>,
  filter: TargetTableFilter = {},
  page: PageRequest = {},
): Promise<TargetTableRowsPage> {
  const first = pageSize(page.first);
  let rowsQuery = whereFilter(db.selectFrom('target_tables'), filter).selectAll();
  if (page.after !== undefined) {
    const { fiscalYear, projectCode } = decodeCursor(page.after);
    rowsQuery = rowsQuery.where((eb) =>
      eb.or([
        eb('fiscal_year', '<', fiscalYear),
        eb.and([eb('fiscal_year', '=', fiscalYear), eb('project_code', '>', projectCode)]),
      ]),
    );
  }
  // One row more than asked tells whether another page follows.
  const fetched = await rowsQuery
    .orderBy('fiscal_year', 'desc')
    .orderBy('project_code', 'asc')
    .limit(first + 1)
    .execute();
  const rows = fetched.slice(0, first).map(toView);
  const last = rows.at(-1);
  return {
    rows,
    hasNextPage: fetched.length > first,
    endCursor: last === undefined ? null : encodeCursor(last),
  };
}

function pageSize(first: number | undefined): number {
  if (first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) {
    throw new RangeError(`Page size "first" must be a whole number from 0 to ${MAX_PAGE_SIZE}, got ${first}.`);
  }
  return Math.min(first, MAX_PAGE_SIZE);
}

function whereFilter<O>(
  query: SelectQueryBuilder<TargetTablesDatabase, 'target_tables', O>,
  filter: TargetTableFilter,
): SelectQueryBuilder<TargetTablesDatabase, 'target_tables', O> {
  let filtered = query;
  if (filter.unitCode !== undefined) filtered = filtered.where('unit_code', '=', filter.unitCode);
  if (filter.sectionId !== undefined) filtered = filtered.where('section_id', '=', filter.sectionId);
  if (filter.fiscalYear !== undefined) filtered = filtered.where('fiscal_year', '=', filter.fiscalYear);
  if (filter.status !== undefined) filtered = filtered.where('status', '=', filter.status);
  if (filter.currentStep !== undefined) filtered = filtered.where('current_step', '=', filter.currentStep);
  if (filter.nameContains !== undefined && filter.nameContains !== '') {
    filtered = filtered.where(containsText('name', filter.nameContains, { caseInsensitive: true }));
  }
  const scope = filter.readableIn;
  if (scope !== undefined) filtered = filtered.where((eb) => readableIn(eb, scope));
  return filtered;
}

/**
 * A row as the view's reader sees it. Its two JSON documents (the content, and the workflow
 * with decisions, warnings and the baseline) are parsed when a field of theirs is first read,
 * once: a page of tables read for what the columns hold (names, status, step) parses no
 * workflow, and those documents were most of a page's time (docs/speed.md).
 */
export function toView(row: Selectable<TargetTablesTable>): TargetTableView {
  let workflow: TargetTableWorkflow | undefined;
  let content: TargetTableContent | undefined;
  const workflowOf = () => (workflow ??= JSON.parse(row.state_json) as TargetTableWorkflow);
  return {
    streamId: row.stream_id,
    projectCode: row.project_code,
    fiscalYear: row.fiscal_year,
    unitCode: row.unit_code,
    unitName: row.unit_name,
    sectionId: row.section_id,
    name: row.name,
    status: row.status,
    version: row.version,
    revision: row.revision,
    budgetTotalFen: Number(row.budget_total_fen),
    budgetFiscalFen: Number(row.budget_fiscal_fen),
    budgetOtherFen: Number(row.budget_other_fen),
    get content() {
      return (content ??= JSON.parse(row.content_json) as TargetTableContent);
    },
    currentStep: row.current_step === null || row.current_role === null ? null : { step: row.current_step, role: row.current_role },
    submittedAt: row.submitted_at,
    get submittedBy() {
      return workflowOf().submittedBy;
    },
    get submitters() {
      return reviewOf(workflowOf())?.submitters ?? [];
    },
    get decisions() {
      return workflowOf().decisions;
    },
    get lastReturn() {
      return workflowOf().lastReturn;
    },
    get warnings() {
      return workflowOf().warnings;
    },
    get baseline() {
      return baselineOf(workflowOf());
    },
    importedFrom: row.imported_from === null ? null : (JSON.parse(row.imported_from) as TargetTableSource),
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    position: BigInt(row.position),
  };
}

/** The review of the version under review or returned, with who submitted it. */
function reviewOf({ state }: TargetTableWorkflow) {
  const stage = state.lifecycle === 'NONE' ? undefined : state.stage;
  return stage?.status === 'IN_REVIEW' || stage?.status === 'RETURNED' ? stage.review : undefined;
}
