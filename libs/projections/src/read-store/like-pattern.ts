import { sql, type RawBuilder } from 'kysely';

/**
 * The longest text a filter of a view matches: past it SQLite refuses a LIKE pattern
 * ("pattern too complex", at 50,000 bytes) and no name or code of the forms comes near.
 * The API refuses longer filter text with VALIDATION before any query runs.
 */
export const MAX_FILTER_TEXT_LENGTH = 200;

/**
 * `column LIKE '%text%'` with % and _ (and the escape character itself) in `text` matched
 * literally, on SQLite and PostgreSQL alike (both take ESCAPE '\'); case-insensitive when asked.
 */
export function containsText(column: string, text: string, options: { caseInsensitive?: boolean } = {}): RawBuilder<boolean> {
  const pattern = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return options.caseInsensitive
    ? sql<boolean>`lower(${sql.ref(column)}) like lower(${pattern}) escape '\\'`
    : sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}
