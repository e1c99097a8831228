import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { LoginAttemptEvent } from '@app/domain/directory/login-attempts.events.js';
import { loginAttemptsStreamId } from '@app/domain/directory/login-attempts.events.js';
import { eventIdFor, type NewEvent } from '@app/event-store';
import { LOGIN_ADDRESSES_PROJECTION, loginAddressesProjection, readCheckpoint, recentAddressRecords } from '@app/projections';
import { append } from './support/event-log.js';
import { readStoreDialects } from './support/read-stores.js';
import { UNRELATED_EVENT_TYPE } from './support/target-table-events.js';
import { viewUnderTest } from './support/view-under-test.js';

const minute = 60_000;
const start = Date.parse('2022-03-01T08:00:00.000Z');
const office = '10.0.0.7';
const home = '192.168.1.20';

function at(minutes: number): string {
  return new Date(start + minutes * minute).toISOString();
}

function loginEvent(event: LoginAttemptEvent): NewEvent {
  const commandId = randomUUID();
  const actor = { userId: 'anonymous', displayName: 'anonymous', roles: [], unitCode: null, sectionId: null };
  return {
    eventId: eventIdFor(commandId, 0),
    type: event.type,
    data: event.data as unknown as Record<string, unknown>,
    metadata: { commandId, correlationId: commandId, causationId: commandId, actor, occurredAt: event.data.at, schemaVersion: 1 },
  };
}

const who = (userId: string) => ({ userId, userName: userId });

function failed(userId: string, address: string, minutes: number, reason: 'WRONG_PASSWORD' | 'THROTTLED' = 'WRONG_PASSWORD'): NewEvent {
  const refused = reason === 'THROTTLED' ? { refusedUntil: at(minutes + 1), refusedBy: 'ADDRESS' as const } : { refusedUntil: null, refusedBy: null };
  return loginEvent({ type: 'LoginFailed', data: { ...who(userId), address, at: at(minutes), reason, ...refused } });
}

describe.each(readStoreDialects)('login-addresses view on $dialect', ({ create }) => {
  const view = viewUnderTest(create, loginAddressesProjection);
  const caughtUp = () => view.caughtUp();

  it('keeps the attempts of each address across users, as the address throttle counts them', async () => {
    await append(view.store, loginAttemptsStreamId('u1'), failed('u1', office, 0));
    await append(view.store, loginAttemptsStreamId('u2'), failed('u2', office, 1), failed('u2', home, 1));
    // A refusal made without checking a password is no guess, and a user's lock does not lock the address.
    await append(view.store, loginAttemptsStreamId('u2'), failed('u2', office, 2, 'THROTTLED'));
    await append(
      view.store,
      loginAttemptsStreamId('u3'),
      loginEvent({ type: 'UserLockedOut', data: { ...who('u3'), address: office, at: at(3), until: at(18), failures: 5 } }),
      loginEvent({ type: 'AddressLockedOut', data: { ...who('u3'), address: office, at: at(3), until: at(18), failures: 30 } }),
    );
    await append(view.store, loginAttemptsStreamId('u1'), loginEvent({ type: 'LoginSucceeded', data: { userId: 'u1', userName: 'u1', address: office, at: at(4) } }));
    // Data like a sign-in's under a type the view does not read: the type decides, not the shape.
    await append(view.store, 'unrelated-1', { ...loginEvent({ type: 'LoginSucceeded', data: { userId: 'x', userName: 'x', address: office, at: at(4) } }), type: UNRELATED_EVENT_TYPE });
    await caughtUp();

    expect(await recentAddressRecords(view.readStore.db, office, new Date(start + 5 * minute))).toEqual([
      { kind: 'FAILED', at: at(0) },
      { kind: 'FAILED', at: at(1) },
      { kind: 'LOCKED', at: at(3), until: at(18) },
      { kind: 'SUCCEEDED', at: at(4) },
    ]);
    expect(await recentAddressRecords(view.readStore.db, home, new Date(start + 5 * minute))).toEqual([{ kind: 'FAILED', at: at(1) }]);
    expect(await recentAddressRecords(view.readStore.db, '10.0.0.8', new Date(start + 5 * minute))).toEqual([]);
    expect(await readCheckpoint(view.readStore.db, LOGIN_ADDRESSES_PROJECTION)).toBe(await view.store.headPosition());
  });

  it('prunes attempts older than the policy window and lock as newer ones arrive, and keeps the rest after a restart', async () => {
    await append(view.store, loginAttemptsStreamId('u1'), failed('u1', office, 0), failed('u1', home, 10));
    await caughtUp();
    // Thirty minutes (window 15 + lock 15) after the first attempt, it can no longer change a verdict.
    await append(view.store, loginAttemptsStreamId('u2'), failed('u2', home, 31));
    await caughtUp();
    const asked = new Date(start);
    expect(await recentAddressRecords(view.readStore.db, office, asked)).toEqual([]);
    expect(await recentAddressRecords(view.readStore.db, home, asked)).toEqual([
      { kind: 'FAILED', at: at(10) },
      { kind: 'FAILED', at: at(31) },
    ]);

    await view.restart();
    await append(view.store, loginAttemptsStreamId('u2'), failed('u2', home, 32));
    await caughtUp();
    expect(await recentAddressRecords(view.readStore.db, home, new Date(start + 32 * minute))).toEqual([
      { kind: 'FAILED', at: at(10) },
      { kind: 'FAILED', at: at(31) },
      { kind: 'FAILED', at: at(32) },
    ]);
  });

  it('rebuilds from the log to the same rows', async () => {
    await append(view.store, loginAttemptsStreamId('u1'), failed('u1', office, 0), failed('u1', office, 20), failed('u1', office, 40));
    await caughtUp();
    const followed = await recentAddressRecords(view.readStore.db, office, new Date(start));
    await view.runner.rebuild([LOGIN_ADDRESSES_PROJECTION]);
    expect(await recentAddressRecords(view.readStore.db, office, new Date(start))).toEqual(followed);
    expect(followed).toEqual([
      { kind: 'FAILED', at: at(20) },
      { kind: 'FAILED', at: at(40) },
    ]);
  });
});
