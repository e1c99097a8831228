import { toContent, type TargetTableContent, type TargetTableDrafted, type TargetTableDraftRevised } from '@app/domain';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { ExpectedRevision, SqliteEventStore, type EventStore } from '@app/event-store';
import { join } from 'node:path';
import { sql } from 'kysely';
import {
  DEFAULT_REBUILD_BATCH_SIZE,
  migrateCheckpoints,
  migrateTargetTables,
  openReadStore,
  ProjectionRunner,
  targetTablesProjection,
  type ReadStore,
} from '@app/projections';
import { benchEvent } from './bench-events.js';
import { createDatabase } from './http/instances-bench.js';
import { ratePerSecond, sideBySide, type GoalRow, type PartFigures } from './measure.js';
import { postgresRebuildFloor, sqliteRebuildFloor } from './rebuild-floor.js';

const EVENTS_PER_TABLE = 10;

/**
 * Writes `count` target-table events: each table drafted once, then revised nine times,
 * each revision changing the purpose and recording only that, as the decider does.
 */
export async function writeTargetTableEvents(store: EventStore, count: number): Promise<void> {
  const content = toContent(seedTable3);
  for (let table = 0; table < count / EVENTS_PER_TABLE; table += 1) {
    const projectCode = `BENCH${String(table).padStart(8, '0')}`;
    const events = Array.from({ length: EVENTS_PER_TABLE }, (_, revision) =>
      revision === 0
        ? benchEvent('TargetTableDrafted', { projectCode, fiscalYear: 2022, version: 1, content } satisfies TargetTableDrafted['data'])
        : benchEvent('TargetTableDraftRevised', {
            projectCode,
            fiscalYear: 2022,
            version: 1,
            changes: { purpose: revisedPurpose(content, revision) },
          } satisfies TargetTableDraftRevised['data']),
    );
    await store.append(`target-table-2022-${projectCode}`, events, ExpectedRevision.noStream);
  }
}

function revisedPurpose(content: TargetTableContent, revision: number): string {
  return `${content.purpose}（第${revision}次修改）`;
}

/** Rebuilds the target-table view from zero and returns events applied per second. */
export async function rebuildRate(runner: ProjectionRunner, count: number): Promise<number> {
  return ratePerSecond(count, () => runner.rebuild('all'));
}

export interface RebuildBenchOptions {
  /** Where the event store and the SQLite read stores go. */
  dir: string;
  events: number;
  rounds: number;
  /** The server on which a database is created for the run, and dropped after. */
  postgresUrl: string;
  log: (message: string) => void;
}

/** The rebuild's events/s over the floor's, measured side by side, for the goal of docs/speed.md. */
const GOAL = 0.9;

/**
 * The target-table view rebuilt from zero by the projection runner, beside the hand-written
 * floor (rebuild-floor.ts) over the same events, into an SQLite and a PostgreSQL read store;
 * the events are in the embedded (SQLite) event store.
 */
export async function rebuildBench({ dir, events, rounds, postgresUrl, log }: RebuildBenchOptions): Promise<PartFigures> {
  const eventsFile = join(dir, 'rebuild-events.sqlite');
  const store = SqliteEventStore.open(eventsFile);
  try {
    await writeTargetTableEvents(store, events);
    const rows: GoalRow[] = [];
    const result: Record<string, unknown> = { events, batchSize: DEFAULT_REBUILD_BATCH_SIZE };

    log(`rebuild of ${events.toLocaleString('en')} target-table events vs the hand-written floor into SQLite (${rounds} rounds)`);
    const readStore = openReadStore({ dataDir: join(dir, 'rebuild-read') });
    const floorDir = join(dir, 'rebuild-floor');
    await withViewTables(openReadStore({ dataDir: floorDir }));
    try {
      const runner = new ProjectionRunner(store, readStore, [targetTablesProjection]);
      const rates = await sideBySide(rounds, {
        rebuild: () => rebuildRate(runner, events),
        floor: () => sqliteRebuildFloor(eventsFile, join(floorDir, 'read.sqlite'), DEFAULT_REBUILD_BATCH_SIZE, events),
      });
      rows.push(ratioRow('rebuild events/s ÷ floor (SQLite read store)', rates));
      result.sqlite = rounded(rates);
    } finally {
      await readStore.close();
    }

    log(`the same into PostgreSQL (${postgresUrl.replace(/\/\/[^@]*@/, '//…@')}), a database of its own`);
    let database: Awaited<ReturnType<typeof createDatabase>>;
    try {
      database = await createDatabase(postgresUrl);
    } catch (error) {
      log(`no PostgreSQL read store: ${error instanceof Error ? error.message : String(error)}`);
      rows.push({ figure: 'rebuild events/s ÷ floor (PostgreSQL read store)', measured: 'no PostgreSQL server (BENCH_POSTGRES_URL)', goal: `≥ ${GOAL}`, met: false });
      return { rows, result };
    }
    try {
      // The floor's tables live in a schema of their own, named first in its connections' search path.
      const admin = openReadStore({ readStoreUrl: database.url, dataDir: dir });
      await sql`create schema floor`.execute(admin.db);
      await admin.close();
      const floorUrl = new URL(database.url);
      floorUrl.searchParams.set('options', '-c search_path=floor');
      await withViewTables(openReadStore({ readStoreUrl: floorUrl.toString(), dataDir: dir }));
      const postgres = openReadStore({ readStoreUrl: database.url, dataDir: dir });
      try {
        const runner = new ProjectionRunner(store, postgres, [targetTablesProjection]);
        const rates = await sideBySide(rounds, {
          rebuild: () => rebuildRate(runner, events),
          floor: () => postgresRebuildFloor(eventsFile, floorUrl.toString(), DEFAULT_REBUILD_BATCH_SIZE, events),
        });
        rows.push(ratioRow('rebuild events/s ÷ floor (PostgreSQL read store)', rates));
        result.postgres = rounded(rates);
      } finally {
        await postgres.close();
      }
    } finally {
      await database.drop();
    }
    return { rows, result };
  } finally {
    await store.close();
  }
}

/** Creates the view's and the checkpoints' tables in a read store, then closes it. */
async function withViewTables(readStore: ReadStore): Promise<void> {
  try {
    await migrateCheckpoints(readStore.db);
    await migrateTargetTables(readStore.db);
  } finally {
    await readStore.close();
  }
}

function ratioRow(figure: string, rates: Record<string, number>): GoalRow {
  const { rebuild, floor, ratio } = rounded(rates);
  return { figure, measured: `${rebuild} ÷ ${floor} = ${ratio}`, goal: `≥ ${GOAL}`, met: ratio >= GOAL };
}

function rounded(rates: Record<string, number>): Record<string, number> {
  return { rebuild: Math.round(rates.rebuild!), floor: Math.round(rates.floor!), ratio: Math.round((rates.rebuild! / rates.floor!) * 100) / 100 };
}
