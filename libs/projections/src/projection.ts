import type { RecordedEvent } from '@app/event-store/event-store.port.js';
import type { Kysely, Transaction } from 'kysely';

/** A view built from the global event log into the read store. */
export interface Projection {
  /** Stable name: the key of the view's checkpoint. */
  readonly name: string;
  /** Tables the view owns; a rebuild drops them and lets migrate create them afresh. */
  readonly tables: readonly string[];
  /** Creates the view's tables and indexes when missing; safe to run on every start. */
  migrate(db: Kysely<any>): Promise<void>;
  /**
   * Applies a batch of events, in log order, inside the runner's transaction; the runner
   * commits the view's checkpoint in the same transaction. Event types the view does not
   * use are ignored. A whole batch at once lets a view write many rows per statement,
   * which is what makes a rebuild from zero fast.
   */
  apply(trx: Transaction<any>, events: readonly RecordedEvent[]): Promise<void>;
  /**
   * For one rebuild from zero: the apply to use for its batches instead of `apply`, which may
   * take it that the view's tables were created empty and that only its own batches have
   * written them since, all committed (e.g. keep the rows it wrote in memory rather than read
   * them back). The runner falls back to `apply` for the rest of the rebuild as soon as the
   * view's checkpoint is not where the rebuild's last batch left it (another runner on the
   * same read store wrote the view meanwhile). Absent: `apply` throughout.
   */
  fromZero?(): ApplyBatch;
}

export type ApplyBatch = (trx: Transaction<any>, events: readonly RecordedEvent[]) => Promise<void>;
