import type { LoginRecord } from '@app/domain/directory/login-throttle.js';
import type { Kysely } from 'kysely';
import { LOGIN_ADDRESS_KEPT_MS, type LoginAddressesDatabase } from './login-address-schema.js';

/** The address's sign-in records that can still change its throttle verdict at `now`, oldest first. */
export async function recentAddressRecords(db: Kysely<LoginAddressesDatabase>, address: string, now: Date): Promise<LoginRecord[]> {
  const rows = await db
    .selectFrom('login_address_attempts')
    .select(['kind', 'at', 'until'])
    .where('address', '=', address)
    .where('at_ms', '>=', now.getTime() - LOGIN_ADDRESS_KEPT_MS)
    .orderBy('at_ms')
    .execute();
  return rows.map((row) => (row.kind === 'LOCKED' ? { kind: 'LOCKED', at: row.at, until: row.until! } : { kind: row.kind as 'SUCCEEDED' | 'FAILED', at: row.at }));
}
