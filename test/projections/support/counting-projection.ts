import type { Kysely, Transaction } from 'kysely';
import type { RecordedEvent } from '@app/event-store';
import type { Projection } from '@app/projections';

/**
 * Records every event it applies, one row each, so a test can count deliveries; while
 * `failing`, it throws on the third event of a batch, after writing rows for the first two.
 */
export class CountingProjection implements Projection {
  readonly tables: string[];
  failing = false;

  constructor(readonly name = 'counting') {
    this.tables = [`${name}_applied`];
  }

  async migrate(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable(this.tables[0]!)
      .ifNotExists()
      .addColumn('position', 'text', (column) => column.notNull())
      .addColumn('type', 'text', (column) => column.notNull())
      .execute();
  }

  async apply(trx: Transaction<any>, events: readonly RecordedEvent[]): Promise<void> {
    for (const [index, event] of events.entries()) {
      if (this.failing && index === 2) throw new Error(`${this.name} refuses the third event of the batch`);
      await trx.insertInto(this.tables[0]!).values({ position: event.position.toString(), type: event.type }).execute();
    }
  }

  /** Positions applied, in log order, duplicates kept. */
  async appliedPositions(db: Kysely<any>): Promise<bigint[]> {
    const rows = await db.selectFrom(this.tables[0]!).select('position').execute();
    return rows.map((row) => BigInt(row.position as string)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
}
