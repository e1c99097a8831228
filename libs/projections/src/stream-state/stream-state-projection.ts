import type { DomainEvent } from '@app/domain/common/decider.js';
import type { RecordedEvent } from '@app/event-store/event-store.port.js';
import type { Kysely, Transaction } from 'kysely';
import type { Projection } from '../projection.js';
import { upsertRows } from '../read-store/upsert-rows.js';

/** The columns every stream-state view has: its key (the year and, by default, the project) and the aggregate's state as JSON. */
export interface StreamStateRow {
  fiscal_year: number;
  state_json: string;
}

/** Which field of the events names a row besides the year, and the column keeping it. */
export interface StreamStateKey {
  field: string;
  column: string;
}

const projectKey: StreamStateKey = { field: 'projectCode', column: 'project_code' };

export interface StreamStateView<S, Row extends StreamStateRow> {
  name: string;
  table: string;
  migrate(db: Kysely<any>): Promise<void>;
  eventTypes: readonly string[];
  initialState: S;
  /** `recorded` is the stored event, for a view that shows its time or who acted (the domain's state keeps neither). */
  evolve(state: S, event: DomainEvent, recorded: RecordedEvent): S;
  /** A view of something else than a project's year (the department's targets): its key; projectCode / project_code by default. */
  key?: StreamStateKey;
  /** Events that (re)submit the document for approval: the view keeps the time of the latest (column submitted_at). */
  submissionEventTypes?: readonly string[];
  /**
   * The row of a state after the batch, or null while there is nothing to show. `submittedAt`
   * is when the latest submission event was stored (the domain's state keeps no times), null before one.
   */
  rowOf(state: S, last: RecordedEvent, submittedAt: string | null): Row | null;
  /**
   * The state a row keeps (state_json), for a view whose rows an earlier build wrote with less
   * than its state has now and that reads them whole; JSON.parse by default.
   */
  storedState?(stateJson: string): S;
}

/**
 * Rows whose state a rebuild keeps in memory, the most recently written ones: enough that a
 * stream whose events straddle batches is continued without reading its row back, few enough
 * that the states of a large log are not all held at once.
 */
const KEPT_ROWS = 10_000;

/**
 * A view with one row per project (or other key) and year holding the aggregate's state as the domain's own
 * evolve folds it, plus the columns lists filter on. Each event continues the state stored
 * in its row, so the view computes nothing the domain does not. A rebuild from zero
 * (fromZero) continues the rows it wrote itself from the state it keeps in memory, and starts
 * the others from the initial state, since the table was empty: it reads no row back unless
 * the row was written so long ago that its state was let go.
 */
export function streamStateProjection<S, Row extends StreamStateRow>(view: StreamStateView<S, Row>): Projection {
  const handled: ReadonlySet<string> = new Set(view.eventTypes);
  const submissions: ReadonlySet<string> = new Set(view.submissionEventTypes ?? []);
  const key = view.key ?? projectKey;
  const keyColumns = ['fiscal_year', key.column];

  /**
   * Folds a batch, each row continuing from `before` (what its row holds), and writes each
   * touched row once. Returns the rows written, with their keys.
   */
  async function applyBatch(
    trx: Transaction<any>,
    events: readonly RecordedEvent[],
    before: (fiscalYear: number, code: string, rowKey: string) => StoredState<S> | Promise<StoredState<S>>,
  ): Promise<Array<{ rowKey: string; row: Row }>> {
    const folded = new Map<string, StoredState<S> & { last: RecordedEvent }>();
    for (const event of events) {
      if (!handled.has(event.type)) continue;
      const { fiscalYear, [key.field]: code } = event.data as { fiscalYear: number } & Record<string, string>;
      const rowKey = `${fiscalYear}/${code}`;
      const { state, submittedAt } = folded.get(rowKey) ?? (await before(fiscalYear, code!, rowKey));
      folded.set(rowKey, {
        state: view.evolve(state, event as unknown as DomainEvent, event),
        submittedAt: submissions.has(event.type) ? event.metadata.occurredAt : submittedAt,
        last: event,
      });
    }
    const written: Array<{ rowKey: string; row: Row }> = [];
    for (const [rowKey, { state, last, submittedAt }] of folded) {
      const row = view.rowOf(state, last, submittedAt);
      if (row !== null) written.push({ rowKey, row });
    }
    await upsertRows(trx, view.table, keyColumns, written.map(({ row }) => row as unknown as Record<string, unknown>));
    return written;
  }

  return {
    name: view.name,
    tables: [view.table],
    migrate: view.migrate,
    async apply(trx, events) {
      await applyBatch(trx, events, (fiscalYear, code) => storedState(trx, view, key, fiscalYear, code));
    },
    fromZero() {
      /**
       * What the rows this rebuild wrote hold (their state_json, read as storedState reads a
       * row, and only if a later batch continues the row), the most recently written last: a
       * continued row starts from exactly what reading it back would give.
       */
      const kept = new Map<string, { stateJson: string; submittedAt: string | null }>();
      const written = new Set<string>();
      return async (trx, events) => {
        const rows = await applyBatch(trx, events, (fiscalYear, code, rowKey) => {
          const row = kept.get(rowKey);
          if (row !== undefined) return { state: stateOf(view, row.stateJson), submittedAt: row.submittedAt };
          return written.has(rowKey) ? storedState(trx, view, key, fiscalYear, code) : { state: view.initialState, submittedAt: null };
        });
        for (const { rowKey, row } of rows) {
          written.add(rowKey);
          kept.delete(rowKey);
          const { state_json: stateJson, submitted_at: submittedAt } = row as StreamStateRow & { submitted_at?: string | null };
          kept.set(rowKey, { stateJson, submittedAt: view.submissionEventTypes === undefined ? null : (submittedAt ?? null) });
          if (kept.size > KEPT_ROWS) kept.delete(kept.keys().next().value!);
        }
      };
    },
  };
}

interface StoredState<S> {
  state: S;
  submittedAt: string | null;
}

async function storedState<S>(
  trx: Transaction<any>,
  view: StreamStateView<S, StreamStateRow>,
  key: StreamStateKey,
  fiscalYear: number,
  code: string,
): Promise<StoredState<S>> {
  const columns = view.submissionEventTypes === undefined ? ['state_json'] : ['state_json', 'submitted_at'];
  const row = (await trx
    .selectFrom(view.table)
    .select(columns)
    .where('fiscal_year', '=', fiscalYear)
    .where(key.column, '=', code)
    .executeTakeFirst()) as { state_json: string; submitted_at?: string | null } | undefined;
  if (row === undefined) return { state: view.initialState, submittedAt: null };
  return { state: stateOf(view, row.state_json), submittedAt: row.submitted_at ?? null };
}

function stateOf<S>(view: StreamStateView<S, StreamStateRow>, stateJson: string): S {
  return view.storedState === undefined ? (JSON.parse(stateJson) as S) : view.storedState(stateJson);
}
