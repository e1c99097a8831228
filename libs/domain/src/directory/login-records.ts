import type { LoginAttemptEvent } from './login-attempts.events.js';
import type { LoginRecord } from './login-throttle.js';

/**
 * What an event means to the throttle of a user or of an address. Refusals made without
 * checking a password are no guess, so they do not count; a user's lock does not lock the
 * address, nor the other way round.
 */
export function loginRecordOf(event: LoginAttemptEvent, scope: 'USER' | 'ADDRESS'): LoginRecord | null {
  switch (event.type) {
    case 'LoginSucceeded':
      return { kind: 'SUCCEEDED', at: event.data.at };
    case 'LoginFailed':
      return event.data.reason === 'THROTTLED' || event.data.reason === 'LOCKED_OUT' ? null : { kind: 'FAILED', at: event.data.at };
    case 'UserLockedOut':
      return scope === 'USER' ? { kind: 'LOCKED', at: event.data.at, until: event.data.until } : null;
    case 'AddressLockedOut':
      return scope === 'ADDRESS' ? { kind: 'LOCKED', at: event.data.at, until: event.data.until } : null;
    case 'UserUnlocked':
      return scope === 'USER' ? { kind: 'UNLOCKED', at: event.data.at } : null;
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown login attempt event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

/** The records of one address, from events of any users' login streams (e.g. a view of the last hour). */
export function addressLoginRecords(events: ReadonlyArray<LoginAttemptEvent>, address: string): LoginRecord[] {
  return events
    .filter((event) => 'address' in event.data && event.data.address === address)
    .map((event) => loginRecordOf(event, 'ADDRESS'))
    .filter((record): record is LoginRecord => record !== null);
}
