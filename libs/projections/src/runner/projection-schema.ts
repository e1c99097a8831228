import { migrateCheckpoints } from '../checkpoints/checkpoint-table.js';
import type { Projection } from '../projection.js';
import type { ReadStore } from '../read-store/read-store.js';
import { inSchemaTransaction } from '../read-store/schema-transaction.js';
import { dropViewForRebuild } from './outdated-view.js';

/** Creates the checkpoint table and every view's tables that are missing. */
export async function migrateProjections(readStore: ReadStore, projections: readonly Projection[]): Promise<void> {
  await inSchemaTransaction(readStore, async (trx) => {
    await migrateCheckpoints(trx);
    for (const projection of projections) await projection.migrate(trx);
  });
}

/**
 * Drops the views' tables and checkpoints and creates the tables afresh, in one transaction
 * so that a failed reset leaves the old views in place.
 */
export async function resetProjections(readStore: ReadStore, projections: readonly Projection[]): Promise<void> {
  await inSchemaTransaction(readStore, async (trx) => {
    await migrateCheckpoints(trx);
    for (const projection of projections) {
      await dropViewForRebuild(trx, projection.name, projection.tables);
      await projection.migrate(trx);
    }
  });
}
