import { addressLoginPolicy } from '@app/domain/directory/login-throttle.js';
import type { ColumnType, Kysely } from 'kysely';

/** The view's name, the key of its checkpoint. */
export const LOGIN_ADDRESSES_PROJECTION = 'login-addresses';

export const LOGIN_ADDRESS_ATTEMPTS = 'login_address_attempts';

/**
 * How far back the view keeps an address's attempts: the policy's window, plus the length
 * of a lock, so that a lock taken at the start of the window still counts until it ends.
 */
export const LOGIN_ADDRESS_KEPT_MS = addressLoginPolicy.windowMs + addressLoginPolicy.lockMs;

/** PostgreSQL hands BIGINT back as a string; SQLite as a number. Writers always pass numbers. */
type Milliseconds = ColumnType<number | string, number, number>;

/** One sign-in fact that counts for its address's throttle (loginRecordOf with scope ADDRESS). */
export interface LoginAddressAttemptsTable {
  event_id: string;
  address: string;
  /** SUCCEEDED, FAILED or LOCKED. */
  kind: string;
  /** ISO-8601 instant of the attempt, as recorded. */
  at: string;
  /** The same instant in milliseconds since 1970: compared and pruned as a number on both dialects. */
  at_ms: Milliseconds;
  /** For LOCKED: until when the address is locked. */
  until: string | null;
  /** Global position (decimal text) of the event. */
  position: string;
}

export interface LoginAddressesDatabase {
  login_address_attempts: LoginAddressAttemptsTable;
}

export async function migrateLoginAddresses(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable(LOGIN_ADDRESS_ATTEMPTS)
    .ifNotExists()
    .addColumn('event_id', 'text', (column) => column.primaryKey())
    .addColumn('address', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('at', 'text', (column) => column.notNull())
    .addColumn('at_ms', 'bigint', (column) => column.notNull())
    .addColumn('until', 'text')
    .addColumn('position', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('login_address_attempts_by_address').ifNotExists().on(LOGIN_ADDRESS_ATTEMPTS).columns(['address', 'at_ms']).execute();
  await db.schema.createIndex('login_address_attempts_by_time').ifNotExists().on(LOGIN_ADDRESS_ATTEMPTS).column('at_ms').execute();
}
