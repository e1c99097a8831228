import type { ColumnType, Kysely } from 'kysely';
import { columnsOf, dropViewForRebuild } from '../runner/outdated-view.js';

/** The view's name, the key of its checkpoint. */
export const EXECUTION_PROJECTION = 'execution';

export const LEDGER_ENTRIES = 'ledger_entries';
export const EXECUTION_BASELINES = 'execution_baselines';

/** PostgreSQL hands BIGINT back as a string; SQLite as a number. Writers always pass numbers. */
type Fen = ColumnType<number | string, number, number>;
type OptionalFen = ColumnType<number | string | null, number | null, number | null>;

/**
 * One row per ledger entry, never updated: a reversal is a row of its own. Each row keeps the
 * time its event was recorded, so the ledger as it stood at any moment is the rows recorded
 * up to it.
 */
export interface LedgerEntriesTable {
  fiscal_year: number;
  project_code: string;
  entry_number: number;
  /** PAYMENT or REVERSAL. */
  kind: string;
  /** Signed: a reversal is negative. */
  amount_fen: Fen;
  date: string;
  voucher_number: string;
  payee: string | null;
  note: string | null;
  reason: string | null;
  reversed_entry_number: number | null;
  unit_code: string;
  /** ISO-8601 instant from the event's metadata (occurredAt), comparable as text on both dialects. */
  recorded_at: string;
  recorded_by: string;
  position: string;
}

/**
 * One row per approved version of a target table (approved through the chain or imported as approved): the budget and plan execution is measured
 * against, and since when. The baseline in force at a moment is the latest approved by then.
 */
export interface ExecutionBaselinesTable {
  fiscal_year: number;
  project_code: string;
  version: number;
  /** How the baseline came to be: APPROVED through the chain or IMPORTED as approved (BaselineOrigin). */
  origin: string;
  name: string;
  unit_code: string;
  unit_name: string;
  section_id: string | null;
  budget_total_fen: Fen;
  plan_mar_fen: OptionalFen;
  plan_jun_fen: OptionalFen;
  plan_oct_fen: OptionalFen;
  plan_dec_fen: OptionalFen;
  approved_at: string;
  position: string;
}

export interface ExecutionDatabase {
  ledger_entries: LedgerEntriesTable;
  execution_baselines: ExecutionBaselinesTable;
}

export async function migrateExecution(db: Kysely<any>): Promise<void> {
  // A view built before imported baselines counted holds no row for them and cannot be completed from its own rows.
  const baselineColumns = await columnsOf(db, EXECUTION_BASELINES);
  if (baselineColumns !== undefined && !baselineColumns.has('origin')) await dropViewForRebuild(db, EXECUTION_PROJECTION, [LEDGER_ENTRIES, EXECUTION_BASELINES]);
  await db.schema
    .createTable(LEDGER_ENTRIES)
    .ifNotExists()
    .addColumn('fiscal_year', 'integer', (column) => column.notNull())
    .addColumn('project_code', 'text', (column) => column.notNull())
    .addColumn('entry_number', 'integer', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('amount_fen', 'bigint', (column) => column.notNull())
    .addColumn('date', 'text', (column) => column.notNull())
    .addColumn('voucher_number', 'text', (column) => column.notNull())
    .addColumn('payee', 'text')
    .addColumn('note', 'text')
    .addColumn('reason', 'text')
    .addColumn('reversed_entry_number', 'integer')
    .addColumn('unit_code', 'text', (column) => column.notNull())
    .addColumn('recorded_at', 'text', (column) => column.notNull())
    .addColumn('recorded_by', 'text', (column) => column.notNull())
    .addColumn('position', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('ledger_entries_key', ['fiscal_year', 'project_code', 'entry_number'])
    .execute();
  await db.schema.createIndex('ledger_entries_by_unit').ifNotExists().on(LEDGER_ENTRIES).columns(['fiscal_year', 'unit_code']).execute();
  await db.schema
    .createTable(EXECUTION_BASELINES)
    .ifNotExists()
    .addColumn('fiscal_year', 'integer', (column) => column.notNull())
    .addColumn('project_code', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('origin', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('unit_code', 'text', (column) => column.notNull())
    .addColumn('unit_name', 'text', (column) => column.notNull())
    .addColumn('section_id', 'text')
    .addColumn('budget_total_fen', 'bigint', (column) => column.notNull())
    .addColumn('plan_mar_fen', 'bigint')
    .addColumn('plan_jun_fen', 'bigint')
    .addColumn('plan_oct_fen', 'bigint')
    .addColumn('plan_dec_fen', 'bigint')
    .addColumn('approved_at', 'text', (column) => column.notNull())
    .addColumn('position', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('execution_baselines_key', ['fiscal_year', 'project_code', 'version'])
    .execute();
  await db.schema.createIndex('execution_baselines_by_unit').ifNotExists().on(EXECUTION_BASELINES).columns(['fiscal_year', 'unit_code']).execute();
}
