import { loginAttemptEventTypes, type LoginAttemptEvent } from '@app/domain/directory/login-attempts.events.js';
import { loginRecordOf } from '@app/domain/directory/login-records.js';
import type { Insertable, Transaction } from 'kysely';
import type { Projection } from '../projection.js';
import {
  LOGIN_ADDRESS_ATTEMPTS,
  LOGIN_ADDRESS_KEPT_MS,
  LOGIN_ADDRESSES_PROJECTION,
  migrateLoginAddresses,
  type LoginAddressAttemptsTable,
  type LoginAddressesDatabase,
} from './login-address-schema.js';

/** Rows per statement: 7 parameters each stays far below SQLite's and PostgreSQL's limits. */
const ROWS_PER_STATEMENT = 1000;

const loginTypes: ReadonlySet<string> = new Set(loginAttemptEventTypes);

/**
 * Recent sign-in attempts by network address, across every user's login stream, for the
 * address throttle (addressLoginPolicy). Attempts older than the policy looks back are
 * pruned as newer ones arrive, so the view stays as small as the last half hour of sign-ins.
 */
export const loginAddressesProjection: Projection = {
  name: LOGIN_ADDRESSES_PROJECTION,
  tables: [LOGIN_ADDRESS_ATTEMPTS],
  migrate: migrateLoginAddresses,
  async apply(trx: Transaction<LoginAddressesDatabase>, events) {
    const rows: Array<Insertable<LoginAddressAttemptsTable>> = [];
    for (const stored of events) {
      if (!loginTypes.has(stored.type)) continue;
      const event = stored as unknown as LoginAttemptEvent;
      const record = loginRecordOf(event, 'ADDRESS');
      if (record === null || !('address' in event.data)) continue;
      rows.push({
        event_id: stored.eventId,
        address: event.data.address,
        kind: record.kind,
        at: record.at,
        at_ms: Date.parse(record.at),
        until: record.kind === 'LOCKED' ? record.until : null,
        position: stored.position.toString(),
      });
    }
    if (rows.length === 0) return;
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      await trx
        .insertInto(LOGIN_ADDRESS_ATTEMPTS)
        .values(rows.slice(start, start + ROWS_PER_STATEMENT))
        .onConflict((conflict) => conflict.column('event_id').doNothing())
        .execute();
    }
    // Pruned by the time of the attempts themselves, not the clock: a rebuild keeps what following the log kept.
    const newest = rows.reduce((latest, row) => Math.max(latest, row.at_ms as number), Number.NEGATIVE_INFINITY);
    await trx.deleteFrom(LOGIN_ADDRESS_ATTEMPTS).where('at_ms', '<', newest - LOGIN_ADDRESS_KEPT_MS).execute();
  },
};
