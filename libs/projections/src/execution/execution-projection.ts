import type { LedgerEvent } from '@app/domain/disbursement/ledger.events.js';
import { baselineEstablishedBy, type EstablishedBaseline } from '@app/domain/target-table/approved-baseline.js';
import { targetTableEventTypes, type TargetTableEvent } from '@app/domain/target-table/target-table.events.js';
import type { RecordedEvent } from '@app/event-store/event-store.port.js';
import type { Insertable, Transaction } from 'kysely';
import type { Projection } from '../projection.js';
import {
  EXECUTION_BASELINES,
  EXECUTION_PROJECTION,
  LEDGER_ENTRIES,
  migrateExecution,
  type ExecutionBaselinesTable,
  type ExecutionDatabase,
  type LedgerEntriesTable,
} from './execution-schema.js';

/** Rows per statement: 15 parameters each stays far below SQLite's and PostgreSQL's limits. */
const ROWS_PER_STATEMENT = 500;

/**
 * The ledger entries and the approved baselines they are measured against (every event the
 * domain's baselineEstablishedBy names: chain approvals and imports alike); rows are only ever inserted.
 */
export const executionProjection: Projection = {
  name: EXECUTION_PROJECTION,
  tables: [LEDGER_ENTRIES, EXECUTION_BASELINES],
  migrate: migrateExecution,
  async apply(trx, events) {
    const entries: Array<Insertable<LedgerEntriesTable>> = [];
    const baselines: Array<Insertable<ExecutionBaselinesTable>> = [];
    for (const event of events) {
      if (event.type === 'DisbursementRecorded' || event.type === 'DisbursementReversed') entries.push(entryRow(event));
      else if (isTargetTableEvent(event)) {
        const baseline = baselineEstablishedBy(event as unknown as TargetTableEvent);
        if (baseline !== null) baselines.push(baselineRow(baseline, event));
      }
    }
    await insert(trx, 'ledger_entries', entries, ['fiscal_year', 'project_code', 'entry_number']);
    await insert(trx, 'execution_baselines', baselines, ['fiscal_year', 'project_code', 'version']);
  },
};

function entryRow(event: RecordedEvent): Insertable<LedgerEntriesTable> {
  const stored = event as unknown as LedgerEvent & RecordedEvent;
  const common = {
    fiscal_year: stored.data.fiscalYear,
    project_code: stored.data.projectCode,
    entry_number: stored.data.entryNumber,
    amount_fen: stored.data.amountFen,
    date: stored.data.date,
    voucher_number: stored.data.voucherNumber,
    unit_code: stored.data.unitCode,
    recorded_at: event.metadata.occurredAt,
    recorded_by: event.metadata.actor.userId,
    position: String(event.position),
  };
  switch (stored.type) {
    case 'DisbursementRecorded':
      return { ...common, kind: 'PAYMENT', payee: stored.data.payee, note: stored.data.note, reason: null, reversed_entry_number: null };
    case 'DisbursementReversed':
      return { ...common, kind: 'REVERSAL', payee: null, note: null, reason: stored.data.reason, reversed_entry_number: stored.data.reversedEntryNumber };
    default: {
      const unknownEvent: never = stored;
      throw new Error(`Unknown ledger event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

const targetTableTypes: ReadonlySet<string> = new Set(targetTableEventTypes);

function isTargetTableEvent(event: RecordedEvent): boolean {
  return targetTableTypes.has(event.type);
}

function baselineRow(baseline: EstablishedBaseline, event: RecordedEvent): Insertable<ExecutionBaselinesTable> {
  const { content } = baseline;
  return {
    fiscal_year: baseline.fiscalYear,
    project_code: baseline.projectCode,
    version: baseline.version,
    origin: baseline.origin,
    name: content.name,
    unit_code: content.unitCode,
    unit_name: content.unitName,
    section_id: content.sectionId,
    budget_total_fen: content.budget.total,
    plan_mar_fen: content.spendingPlan.mar,
    plan_jun_fen: content.spendingPlan.jun,
    plan_oct_fen: content.spendingPlan.oct,
    plan_dec_fen: content.spendingPlan.dec,
    approved_at: event.metadata.occurredAt,
    position: String(event.position),
  };
}

async function insert<T extends keyof ExecutionDatabase>(
  trx: Transaction<ExecutionDatabase>,
  table: T,
  rows: Array<Insertable<ExecutionDatabase[T]>>,
  key: Array<keyof ExecutionDatabase[T] & string>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    // A row of an event applied before (a rebuild over a kept table) stays as it is.
    await trx
      .insertInto(table)
      .values(rows.slice(start, start + ROWS_PER_STATEMENT) as never)
      .onConflict((conflict) => conflict.columns(key as never).doNothing())
      .execute();
  }
}
