import type { DomainEvent } from '@app/domain/common/decider.js';
import type { RecordedEvent } from '@app/event-store/event-store.port.js';
import type { Kysely, Transaction } from 'kysely';
import type { Projection } from '../projection.js';

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
 * A view with one row per project (or other key) and year holding the aggregate's state as the domain's own
 * evolve folds it, plus the columns lists filter on. Each event continues the state stored
 * in its row, so the view computes nothing the domain does not.
 */
export function streamStateProjection<S, Row extends StreamStateRow>(view: StreamStateView<S, Row>): Projection {
  const handled: ReadonlySet<string> = new Set(view.eventTypes);
  const submissions: ReadonlySet<string> = new Set(view.submissionEventTypes ?? []);
  const key = view.key ?? projectKey;
  return {
    name: view.name,
    tables: [view.table],
    migrate: view.migrate,
    async apply(trx, events) {
      const folded = new Map<string, StoredState<S> & { last: RecordedEvent }>();
      for (const event of events) {
        if (!handled.has(event.type)) continue;
        const { fiscalYear, [key.field]: code } = event.data as { fiscalYear: number } & Record<string, string>;
        const rowKey = `${fiscalYear}/${code}`;
        const { state, submittedAt } = folded.get(rowKey) ?? (await storedState(trx, view, key, fiscalYear, code!));
        folded.set(rowKey, {
          state: view.evolve(state, event as unknown as DomainEvent, event),
          submittedAt: submissions.has(event.type) ? event.metadata.occurredAt : submittedAt,
          last: event,
        });
      }
      for (const { state, last, submittedAt } of folded.values()) {
        const row = view.rowOf(state, last, submittedAt);
        if (row !== null) await upsert(trx, view.table, key, row);
      }
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
  const state = view.storedState === undefined ? (JSON.parse(row.state_json) as S) : view.storedState(row.state_json);
  return { state, submittedAt: row.submitted_at ?? null };
}

async function upsert(trx: Transaction<any>, table: string, key: StreamStateKey, row: StreamStateRow): Promise<void> {
  const { [key.column]: _code, fiscal_year: _year, ...later } = row as StreamStateRow & Record<string, unknown>;
  await trx
    .insertInto(table)
    .values(row)
    .onConflict((conflict) => conflict.columns(['fiscal_year', key.column]).doUpdateSet(later))
    .execute();
}
