import { CompiledQuery, sql, type Transaction } from 'kysely';

/** SQLite binds at most 32,766 parameters to a statement (PostgreSQL 65,535). */
const MAX_PARAMETERS = 32_766;
/** Rows per statement at most; row counts are powers of two, so that few statement texts exist (and SQLite prepares each once). */
const MAX_ROWS_PER_STATEMENT = 256;

const statements = new Map<string, string>();

/**
 * Inserts rows, or updates the row with the same key, with a few multi-row statements whose
 * text is made once per table, columns and row count: building a Kysely query per row cost a
 * rebuild a fifth of its time, and a statement per row is a round trip each on PostgreSQL.
 * Each key must appear once among `rows` (PostgreSQL updates no row twice in one statement).
 * Columns whose value is undefined are left out, as Kysely's insert leaves them out.
 */
export async function upsertRows(trx: Transaction<any>, table: string, keyColumns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  const numbered = sql`${0}`.compile(trx).sql === '$1';
  const byColumns = new Map<string, { columns: string[]; rows: Array<Record<string, unknown>> }>();
  for (const row of rows) {
    const columns = Object.keys(row).filter((column) => row[column] !== undefined);
    const id = columns.join(',');
    const group = byColumns.get(id);
    if (group === undefined) byColumns.set(id, { columns, rows: [row] });
    else group.rows.push(row);
  }
  for (const { columns, rows: written } of byColumns.values()) {
    const most = Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / columns.length));
    for (let from = 0; from < written.length; ) {
      const count = 2 ** Math.floor(Math.log2(Math.min(most, written.length - from)));
      const parameters: unknown[] = [];
      for (let index = from; index < from + count; index += 1) for (const column of columns) parameters.push(written[index]![column]);
      await trx.executeQuery(CompiledQuery.raw(upsertText(table, keyColumns, columns, count, numbered), parameters));
      from += count;
    }
  }
}

function upsertText(table: string, keyColumns: readonly string[], columns: readonly string[], rows: number, numbered: boolean): string {
  const id = `${numbered ? '$' : '?'} ${table} ${keyColumns.join(',')} ${columns.join(',')} ${rows}`;
  let text = statements.get(id);
  if (text === undefined) {
    let parameter = 0;
    const row = () => `(${columns.map(() => (numbered ? `$${++parameter}` : '?')).join(', ')})`;
    const later = columns.filter((column) => !keyColumns.includes(column));
    text =
      `insert into ${quoted(table)} (${columns.map(quoted).join(', ')}) values ${Array.from({ length: rows }, row).join(', ')} ` +
      `on conflict (${keyColumns.map(quoted).join(', ')}) ` +
      (later.length === 0 ? 'do nothing' : `do update set ${later.map((column) => `${quoted(column)} = excluded.${quoted(column)}`).join(', ')}`);
    statements.set(id, text);
  }
  return text;
}

/** An identifier quoted the way SQLite and PostgreSQL both read it (current_role is one of PostgreSQL's keywords). */
function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
