import Database from 'better-sqlite3';
import pg from 'pg';
import { targetTableEventTypes } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import { LazilyParsedEvent } from '@app/event-store/lazily-parsed-event.js';
import type { EventRow } from '@app/event-store/sqlite/event-statements.js';
import {
  CHECKPOINT_TABLE,
  evolveTargetTableWorkflow,
  initialTargetTableWorkflow,
  TARGET_TABLES,
  TARGET_TABLES_PROJECTION,
  toTargetTableRow,
  type TargetTableRow,
  type TargetTableWorkflow,
} from '@app/projections';

/**
 * The hand-written floor a rebuild of the target-table view is measured against (docs/speed.md):
 * the same events read from the event store's file in batches of the rebuild's size, parsed
 * as the store parses them (LazilyParsedEvent), each table's events folded with the view's own
 * evolve (the domain's, plus the times and names people see), and each table a batch touched
 * written once, with the view's own columns and JSON (toTargetTableRow), in one transaction
 * per batch that also moves the checkpoint. What it leaves out is what a rebuild need not do: it keeps every table's state
 * in memory (nothing is stored before a rebuild from zero) and writes with raw better-sqlite3
 * or pg, without Kysely. The view's table is emptied before the clock starts.
 */

const handled: ReadonlySet<string> = new Set(targetTableEventTypes);

interface FoldedTable {
  view: TargetTableWorkflow;
  submittedAt: string | null;
  last: RecordedEvent;
}

/** Reads the event store's rows in batches and hands each batch's touched rows to `write`, with the batch's last position. */
async function foldLog(eventsFile: string, batchSize: number, write: (rows: TargetTableRow[], last: bigint) => Promise<void> | void): Promise<void> {
  const events = new Database(eventsFile, { readonly: true });
  try {
    const read = events.prepare<[bigint, number], EventRow>('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?').safeIntegers(true);
    const tables = new Map<string, FoldedTable>();
    let after = 0n;
    for (;;) {
      const rows = read.all(after, batchSize);
      if (rows.length === 0) return;
      const touched = new Set<FoldedTable>();
      for (const row of rows) {
        if (!handled.has(row.type)) continue;
        const event = new LazilyParsedEvent(
          { eventId: row.event_id, streamId: row.stream_id, revision: Number(row.revision), position: row.position, type: row.type, recordedAt: row.recorded_at },
          row.data,
          row.metadata,
        );
        const { fiscalYear, projectCode } = event.data as { fiscalYear: number; projectCode: string };
        const key = `${fiscalYear}/${projectCode}`;
        let table = tables.get(key);
        if (table === undefined) tables.set(key, (table = { view: initialTargetTableWorkflow, submittedAt: null, last: event }));
        table.view = evolveTargetTableWorkflow(table.view, event);
        if (event.type === 'TargetTableSubmitted') table.submittedAt = event.metadata.occurredAt;
        table.last = event;
        touched.add(table);
      }
      const written = [...touched].flatMap(({ view, last, submittedAt }) => toTargetTableRow(view, last, submittedAt) ?? []);
      after = rows.at(-1)!.position;
      await write(written, after);
    }
  } finally {
    events.close();
  }
}

/** The upsert of `rows` rows; columns quoted, since current_role is a keyword of PostgreSQL's. */
function upsertSql(columns: readonly string[], rows: number, placeholder: (index: number) => string): string {
  const quoted = (column: string) => `"${column}"`;
  let next = 0;
  const values = Array.from({ length: rows }, () => `(${columns.map(() => placeholder(++next)).join(', ')})`).join(', ');
  const later = columns.filter((column) => column !== 'fiscal_year' && column !== 'project_code');
  return (
    `INSERT INTO ${TARGET_TABLES} (${columns.map(quoted).join(', ')}) VALUES ${values} ` +
    `ON CONFLICT (fiscal_year, project_code) DO UPDATE SET ${later.map((column) => `${quoted(column)} = excluded.${quoted(column)}`).join(', ')}`
  );
}

const checkpointSql = (placeholders: [string, string, string]) =>
  `INSERT INTO ${CHECKPOINT_TABLE} (name, position, updated_at) VALUES (${placeholders.join(', ')}) ` +
  'ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at';

/**
 * The floor into an SQLite read store (`readFile`, whose view tables exist), opened as the read
 * store opens it (WAL, synchronous=FULL): one prepared upsert run per touched row. Returns events/s.
 */
export async function sqliteRebuildFloor(eventsFile: string, readFile: string, batchSize: number, events: number): Promise<number> {
  const db = new Database(readFile);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(`DELETE FROM ${TARGET_TABLES}; DELETE FROM ${CHECKPOINT_TABLE}`);
    const checkpoint = db.prepare(checkpointSql(['?', '?', '?']));
    let upsert: Database.Statement | undefined;
    const start = process.hrtime.bigint();
    await foldLog(eventsFile, batchSize, (rows, last) =>
      db.transaction(() => {
        for (const row of rows) {
          upsert ??= db.prepare(upsertSql(Object.keys(row), 1, () => '?'));
          upsert.run(Object.values(row));
        }
        checkpoint.run(TARGET_TABLES_PROJECTION, last.toString(), new Date().toISOString());
      })(),
    );
    return events / (Number(process.hrtime.bigint() - start) / 1e9);
  } finally {
    db.close();
  }
}

/** Rows per INSERT on PostgreSQL: 24 columns stay well under its 65,535 parameters. */
const POSTGRES_ROWS_PER_STATEMENT = 1_000;

/**
 * The floor into a PostgreSQL read store (`url`, whose view tables exist): one multi-row
 * upsert per batch (per 1,000 rows), since every statement is a round trip. Returns events/s.
 */
export async function postgresRebuildFloor(eventsFile: string, url: string, batchSize: number, events: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`TRUNCATE ${TARGET_TABLES}; DELETE FROM ${CHECKPOINT_TABLE}`);
    const start = process.hrtime.bigint();
    await foldLog(eventsFile, batchSize, async (rows, last) => {
      await client.query('BEGIN');
      for (let from = 0; from < rows.length; from += POSTGRES_ROWS_PER_STATEMENT) {
        const chunk = rows.slice(from, from + POSTGRES_ROWS_PER_STATEMENT);
        const columns = Object.keys(chunk[0]!);
        await client.query(upsertSql(columns, chunk.length, (index) => `$${index}`), chunk.flatMap((row) => Object.values(row)));
      }
      await client.query(checkpointSql(['$1', '$2', '$3']), [TARGET_TABLES_PROJECTION, last.toString(), new Date().toISOString()]);
      await client.query('COMMIT');
    });
    return events / (Number(process.hrtime.bigint() - start) / 1e9);
  } finally {
    await client.end();
  }
}
