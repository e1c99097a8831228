import type { RecordedEvent } from '@app/event-store/event-store.port.js';
import { lockCheckpoints, readCheckpoints, writeCheckpoints } from '../checkpoints/checkpoints.js';
import type { ApplyBatch, Projection } from '../projection.js';
import type { ReadStore } from '../read-store/read-store.js';

/** A view's apply threw: the transaction is rolled back for every view that shared it. */
export class ViewBatchFailed extends Error {
  constructor(
    readonly view: string,
    override readonly cause: unknown,
  ) {
    super(`View ${view} failed to apply a batch: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'ViewBatchFailed';
  }
}

/** The error a view's own apply threw, for logs. */
export function causeOf(error: unknown): unknown {
  return error instanceof ViewBatchFailed ? error.cause : error;
}

/** A view's apply for a rebuild from zero (Projection.fromZero), and the checkpoint the rebuild last committed for it. */
export interface FromZero {
  apply: ApplyBatch;
  committed: bigint | undefined;
}

/**
 * Applies a batch to several views and moves their checkpoints to the batch's last position,
 * all in ONE read-store transaction: one commit (one fsync) per batch however many views
 * follow the log (docs/speed.md). A failure leaves neither rows nor checkpoints behind, and
 * the batch is delivered again. Each view gets only the events after its own stored
 * checkpoint, so views at different checkpoints (one rebuilt, one ahead because another
 * runner on the same read store got there first) share a batch without applying an event
 * twice or rolling a row back to an older state. Returns each view's checkpoint afterwards.
 *
 * A rebuild passes the applies its views gave for it (`fromZero`, by view): each is used while
 * the view's stored checkpoint is the one the rebuild committed last, so that no other runner
 * has written the view since; otherwise it is dropped from the map, and the view's own apply
 * used from then on.
 */
export async function commitBatch(
  readStore: ReadStore,
  projections: readonly Projection[],
  events: readonly RecordedEvent[],
  fromZero?: Map<string, FromZero>,
): Promise<Map<string, bigint | undefined>> {
  const last = events.at(-1)?.position;
  const names = projections.map((projection) => projection.name);
  const committed = await readStore.db.transaction().execute(async (trx) => {
    await lockCheckpoints(trx, names, readStore.dialect);
    const checkpoints = await readCheckpoints(trx, names);
    if (last === undefined) return checkpoints;
    const moved: string[] = [];
    for (const projection of projections) {
      const stored = checkpoints.get(projection.name);
      const replay = fromZero?.get(projection.name);
      const alone = replay !== undefined && replay.committed === stored;
      if (replay !== undefined && !alone) fromZero!.delete(projection.name);
      if (stored !== undefined && stored >= last) continue;
      const batch = stored === undefined ? events : events.filter((event) => event.position > stored);
      try {
        await (alone ? replay.apply(trx, batch) : projection.apply(trx, batch));
      } catch (error) {
        throw new ViewBatchFailed(projection.name, error);
      }
      checkpoints.set(projection.name, last);
      moved.push(projection.name);
    }
    await writeCheckpoints(trx, moved, last);
    return checkpoints;
  });
  for (const [name, replay] of fromZero ?? []) replay.committed = committed.get(name);
  return committed;
}
