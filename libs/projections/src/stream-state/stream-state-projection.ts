import type { DomainEvent } from '@app/domain/shared/decider.js';
import type { RecordedEvent } from '@app/event-store/event-store.port.js';
import type { Kysely, Transaction } from 'kysely';
import type { Projection } from '../projection.js';

/** The columns every stream-state view has: its key and the aggregate's state as JSON. */
export interface StreamStateRow {
  project_code: string;
  fiscal_year: number;
  state_json: string;
}

export interface StreamStateView<S, Row extends StreamStateRow> {
  name: string;
  table: string;
  migrate(db: Kysely<any>): Promise<void>;
  eventTypes: readonly string[];
  initialState: S;
  evolve(state: S, event: DomainEvent): S;
  /** Events that (re)submit the document for approval: the view keeps the time of the latest (column submitted_at). */
  submissionEventTypes?: readonly string[];
  /**
   * The row of a state after the batch, or null while there is nothing to show. `submittedAt`
   * is when the latest submission event was stored (the domain's state keeps no times), null before one.
   */
  rowOf(state: S, last: RecordedEvent, submittedAt: string | null): Row | null;
}

/**
 * A view with one row per project and year holding the aggregate's state as the domain's own
 * evolve folds it, plus the columns lists filter on. Each event continues the state stored
 * in its row, so the view computes nothing the domain does not.
 */
export function streamStateProjection<S, Row extends StreamStateRow>(view: StreamStateView<S, Row>): Projection {
  const handled: ReadonlySet<string> = new Set(view.eventTypes);
  const submissions: ReadonlySet<string> = new Set(view.submissionEventTypes ?? []);
  return {
    name: view.name,
    tables: [view.table],
    migrate: view.migrate,
    async apply(trx, events) {
      const folded = new Map<string, StoredState<S> & { last: RecordedEvent }>();
      for (const event of events) {
        if (!handled.has(event.type)) continue;
        const { fiscalYear, projectCode } = event.data as { fiscalYear: number; projectCode: string };
        const key = `${fiscalYear}/${projectCode}`;
        const { state, submittedAt } = folded.get(key) ?? (await storedState(trx, view, fiscalYear, projectCode));
        folded.set(key, {
          state: view.evolve(state, event as unknown as DomainEvent),
          submittedAt: submissions.has(event.type) ? event.metadata.occurredAt : submittedAt,
          last: event,
        });
      }
      for (const { state, last, submittedAt } of folded.values()) {
        const row = view.rowOf(state, last, submittedAt);
        if (row !== null) await upsert(trx, view.table, row);
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
  fiscalYear: number,
  projectCode: string,
): Promise<StoredState<S>> {
  const columns = view.submissionEventTypes === undefined ? ['state_json'] : ['state_json', 'submitted_at'];
  const row = (await trx
    .selectFrom(view.table)
    .select(columns)
    .where('fiscal_year', '=', fiscalYear)
    .where('project_code', '=', projectCode)
    .executeTakeFirst()) as { state_json: string; submitted_at?: string | null } | undefined;
  if (row === undefined) return { state: view.initialState, submittedAt: null };
  return { state: JSON.parse(row.state_json) as S, submittedAt: row.submitted_at ?? null };
}

async function upsert(trx: Transaction<any>, table: string, row: StreamStateRow): Promise<void> {
  const { project_code: _code, fiscal_year: _year, ...later } = row;
  await trx
    .insertInto(table)
    .values(row)
    .onConflict((conflict) => conflict.columns(['fiscal_year', 'project_code']).doUpdateSet(later))
    .execute();
}
