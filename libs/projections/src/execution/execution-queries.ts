import type { SpendingPlan } from '@app/domain/target-table/target-table.events.js';
import type { TargetTableReadScope } from '@app/domain/common/read-scope.js';
import type { Kysely, Selectable } from 'kysely';
import { readableIn } from '../read-scope/readable-in.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageRequest } from '../target-tables/target-table-queries.js';
import { decodeLedgerCursor, encodeLedgerCursor } from './ledger-cursor.js';
import type { ExecutionBaselinesTable, ExecutionDatabase, LedgerEntriesTable } from './execution-schema.js';

export interface LedgerEntryView {
  fiscalYear: number;
  projectCode: string;
  entryNumber: number;
  kind: 'PAYMENT' | 'REVERSAL';
  /** Signed: a reversal is negative. */
  amountFen: number;
  date: string;
  voucherNumber: string;
  payee: string | null;
  note: string | null;
  reason: string | null;
  reversedEntryNumber: number | null;
  unitCode: string;
  recordedAt: string;
  recordedBy: string;
  position: bigint;
}

/** An approved version of a target table, as execution is measured against it. */
export interface ExecutionBaselineView {
  fiscalYear: number;
  projectCode: string;
  version: number;
  name: string;
  unitCode: string;
  unitName: string;
  sectionId: string | null;
  budgetTotalFen: number;
  plan: SpendingPlan;
  approvedAt: string;
}

/** Which approved tables to read; every part given narrows the choice. */
export interface ExecutionScope {
  projectCode?: string;
  unitCode?: string;
  /** Only the tables a person may read (the domain's read scope, as target tables filter by it); every table when left out. */
  readableIn?: TargetTableReadScope;
}

/** Project codes per lookup of entries: far below both dialects' parameter limits. */
const CODES_PER_LOOKUP = 1000;

/**
 * The baseline in force per project at an instant: the latest version approved at or before
 * it (ISO-8601, as the events record time); without an instant, the latest of all. Ordered by
 * project code.
 */
export async function findBaselinesInForce(
  db: Kysely<ExecutionDatabase>,
  fiscalYear: number,
  scope: ExecutionScope,
  at?: string,
): Promise<ExecutionBaselineView[]> {
  let query = db.selectFrom('execution_baselines').selectAll().where('fiscal_year', '=', fiscalYear);
  if (scope.projectCode !== undefined) query = query.where('project_code', '=', scope.projectCode);
  if (scope.unitCode !== undefined) query = query.where('unit_code', '=', scope.unitCode);
  const readable = scope.readableIn;
  if (readable !== undefined) query = query.where((eb) => readableIn(eb, readable));
  if (at !== undefined) query = query.where('approved_at', '<=', at);
  const rows = await query.orderBy('project_code', 'asc').orderBy('version', 'asc').execute();
  const latest = new Map<string, ExecutionBaselineView>();
  for (const row of rows) latest.set(row.project_code, toBaseline(row));
  return [...latest.values()];
}

/** The ledger entries of the projects, in entry order per project; with an instant, only those recorded at or before it. */
export async function findLedgerEntries(
  db: Kysely<ExecutionDatabase>,
  fiscalYear: number,
  projectCodes: readonly string[],
  recordedThrough?: string,
): Promise<LedgerEntryView[]> {
  const entries: LedgerEntryView[] = [];
  for (let start = 0; start < projectCodes.length; start += CODES_PER_LOOKUP) {
    let query = db
      .selectFrom('ledger_entries')
      .selectAll()
      .where('fiscal_year', '=', fiscalYear)
      .where('project_code', 'in', projectCodes.slice(start, start + CODES_PER_LOOKUP));
    if (recordedThrough !== undefined) query = query.where('recorded_at', '<=', recordedThrough);
    const rows = await query.orderBy('project_code', 'asc').orderBy('entry_number', 'asc').execute();
    entries.push(...rows.map(toEntry));
  }
  return entries;
}

export interface LedgerPage {
  /** The page's entries in entry order, each with the cursor of a page that ends at it. */
  entries: Array<LedgerEntryView & { cursor: string }>;
  /** For each entry of the page that was reversed (by then), the number of the reversal. */
  reversedBy: ReadonlyMap<number, number>;
  /** Entries of the whole ledger (by then). */
  totalCount: number;
  /** Sum of the whole ledger (by then), reversals included. */
  totalFen: bigint;
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * One page of a project's ledger in entry order; with an instant, the ledger as recorded up to
 * it. Its count and total are the whole ledger's, so that a page never passes for all of it.
 */
export async function findLedgerPage(
  db: Kysely<ExecutionDatabase>,
  fiscalYear: number,
  projectCode: string,
  recordedThrough: string | undefined,
  page: PageRequest = {},
): Promise<LedgerPage> {
  const first = Math.min(page.first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  let ledger = db.selectFrom('ledger_entries').where('fiscal_year', '=', fiscalYear).where('project_code', '=', projectCode);
  if (recordedThrough !== undefined) ledger = ledger.where('recorded_at', '<=', recordedThrough);
  const { count, total } = await ledger
    .select((eb) => [eb.fn.countAll().as('count'), eb.fn.sum<number | string | null>('amount_fen').as('total')])
    .executeTakeFirstOrThrow();
  let rows = ledger.selectAll();
  if (page.after !== undefined) rows = rows.where('entry_number', '>', decodeLedgerCursor(page.after));
  // One row more than asked tells whether another page follows.
  const fetched = await rows.orderBy('entry_number', 'asc').limit(first + 1).execute();
  const entries = fetched.slice(0, first).map((row) => ({ ...toEntry(row), cursor: encodeLedgerCursor(row.entry_number) }));
  const numbers = entries.map((entry) => entry.entryNumber);
  const reversals =
    numbers.length === 0
      ? []
      : await ledger.select(['entry_number', 'reversed_entry_number']).where('reversed_entry_number', 'in', numbers).execute();
  return {
    entries,
    reversedBy: new Map(reversals.map((row) => [row.reversed_entry_number!, row.entry_number])),
    totalCount: Number(count),
    // SQLite sums integers to an integer, PostgreSQL a bigint column to numeric text.
    totalFen: total === null ? 0n : BigInt(total),
    hasNextPage: fetched.length > first,
    endCursor: entries.at(-1)?.cursor ?? null,
  };
}

function toEntry(row: Selectable<LedgerEntriesTable>): LedgerEntryView {
  return {
    fiscalYear: row.fiscal_year,
    projectCode: row.project_code,
    entryNumber: row.entry_number,
    kind: row.kind as LedgerEntryView['kind'],
    amountFen: Number(row.amount_fen),
    date: row.date,
    voucherNumber: row.voucher_number,
    payee: row.payee,
    note: row.note,
    reason: row.reason,
    reversedEntryNumber: row.reversed_entry_number,
    unitCode: row.unit_code,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
    position: BigInt(row.position),
  };
}

function toBaseline(row: Selectable<ExecutionBaselinesTable>): ExecutionBaselineView {
  const fen = (value: number | string | null) => (value === null ? null : Number(value));
  return {
    fiscalYear: row.fiscal_year,
    projectCode: row.project_code,
    version: row.version,
    name: row.name,
    unitCode: row.unit_code,
    unitName: row.unit_name,
    sectionId: row.section_id,
    budgetTotalFen: Number(row.budget_total_fen),
    plan: { mar: fen(row.plan_mar_fen), jun: fen(row.plan_jun_fen), oct: fen(row.plan_oct_fen), dec: fen(row.plan_dec_fen) },
    approvedAt: row.approved_at,
  };
}
