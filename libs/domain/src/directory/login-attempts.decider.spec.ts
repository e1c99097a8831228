import { describe, expect, it } from '@jest/globals';
import { scenario } from '../../test/given.js';
import { decideLoginAttempts, loginAttemptsDecider } from './decide-login-attempts.js';
import { evolveLoginAttempts } from './evolve-login-attempts.js';
import type { LoginUser, RecordLoginAttempt } from './login-attempts.commands.js';
import { loginAttemptsStreamId, unknownNameStreamId, type LoginAttemptEvent, type LoginFailed } from './login-attempts.events.js';
import { initialLoginAttemptsState, maxKeptLoginRecords, type LoginAttemptsState } from './login-attempts.state.js';
import { addressLoginRecords } from './login-records.js';
import type { LoginRecord } from './login-throttle.js';

const given = scenario(loginAttemptsDecider);
const t0 = Date.parse('2022-03-01T08:00:00.000Z');
const at = (seconds: number): string => new Date(t0 + seconds * 1000).toISOString();
const zhang: LoginUser = { userId: 'u-zhang', userName: 'zhangsan', active: true };
const address = '10.1.2.3';

const attempt = (seconds: number, password: RecordLoginAttempt['password'], overrides: Partial<RecordLoginAttempt> = {}): RecordLoginAttempt => ({
  type: 'RecordLoginAttempt',
  user: zhang,
  password,
  address,
  at: at(seconds),
  addressHistory: [],
  ...overrides,
});

const wrong = (seconds: number, user: LoginUser | null = zhang, from = address): LoginFailed => ({
  type: 'LoginFailed',
  data: {
    userId: user?.userId ?? null,
    userName: user?.userName ?? null,
    address: from,
    at: at(seconds),
    reason: user === null ? 'UNKNOWN_USER' : 'WRONG_PASSWORD',
    refusedUntil: null,
    refusedBy: null,
  },
});

/** Four failures a minute apart. */
const fourFailures = [wrong(0), wrong(60), wrong(120), wrong(180)];
/** 99 failures within the hour, each from an address of its own: the next is the user's 100th. */
const spreadFailures = Array.from({ length: 99 }, (_, i) => wrong(i * 30, zhang, `10.9.${Math.floor(i / 200)}.${i % 200}`));
const addressFailures = (count: number): LoginRecord[] =>
  Array.from({ length: count }, (_, i) => ({ kind: 'FAILED', at: at(i) }));

describe('RecordLoginAttempt', () => {
  it('records a success when the password matches an active user', () => {
    given([]).when(attempt(0, 'MATCHED')).then([
      { type: 'LoginSucceeded', data: { userId: 'u-zhang', userName: 'zhangsan', address, at: at(0) } },
    ]);
  });

  it('records a wrong password', () => {
    given([]).when(attempt(0, 'WRONG')).then([wrong(0)]);
  });

  it('records an unknown name without keeping the typed name, which is often a mistyped password', () => {
    const [event] = given([]).when(attempt(0, 'WRONG', { user: null })).then([wrong(0, null)]);
    expect(event?.data).toMatchObject({ userId: null, userName: null, reason: 'UNKNOWN_USER' });
  });

  it('records a deactivated account only when the password matched; otherwise it is a wrong password', () => {
    const former = { ...zhang, active: false };
    given([]).when(attempt(0, 'MATCHED', { user: former })).then([
      { type: 'LoginFailed', data: { ...wrong(0).data, reason: 'DEACTIVATED' } },
    ]);
    given([]).when(attempt(0, 'WRONG', { user: former })).then([wrong(0)]);
  });

  it('locks the user only at the 100th failure within an hour, from many addresses, recording the lock with the failure', () => {
    given(spreadFailures).when(attempt(2980, 'WRONG')).then([
      wrong(2980),
      {
        type: 'UserLockedOut',
        data: { userId: 'u-zhang', userName: 'zhangsan', address, at: at(2980), until: at(2980 + 3600), failures: 100 },
      },
    ]);
  });

  it('never locks a user from one address: it only slows that address, and the user signs in from another at once', () => {
    const fromOneAddress = [wrong(0), wrong(1), wrong(2), wrong(3), wrong(6), wrong(14), wrong(30), wrong(62), wrong(122)];
    given(fromOneAddress).when(attempt(130, 'NOT_CHECKED')).then([
      { type: 'LoginFailed', data: { ...wrong(130).data, reason: 'THROTTLED', refusedUntil: at(182), refusedBy: 'USER_AT_ADDRESS' } },
    ]);
    given(fromOneAddress).when(attempt(130, 'MATCHED', { address: '10.0.0.8' })).then([
      { type: 'LoginSucceeded', data: { userId: 'u-zhang', userName: 'zhangsan', address: '10.0.0.8', at: at(130) } },
    ]);
  });

  it('answers a name that belongs to nobody exactly as a user, under the same attempts', () => {
    const history = [wrong(0), wrong(1), wrong(2), wrong(3)];
    const asUnknown = (event: LoginFailed): LoginFailed => ({ ...event, data: { ...event.data, userId: null, userName: null, reason: 'UNKNOWN_USER' } });
    for (const seconds of [4, 5]) {
      const known = decideLoginAttempts(attempt(seconds, seconds === 4 ? 'NOT_CHECKED' : 'WRONG'), history.reduce(evolveLoginAttempts, initialLoginAttemptsState));
      const unknown = decideLoginAttempts(
        attempt(seconds, seconds === 4 ? 'NOT_CHECKED' : 'WRONG', { user: null }),
        history.map(asUnknown).reduce(evolveLoginAttempts, initialLoginAttemptsState),
      );
      expect(unknown.map((event) => ({ ...event.data, userId: 'x', userName: 'x', reason: event.type === 'LoginFailed' && event.data.reason === 'UNKNOWN_USER' ? 'WRONG_PASSWORD' : (event.data as { reason?: string }).reason }))).toEqual(
        known.map((event) => ({ ...event.data, userId: 'x', userName: 'x', reason: (event.data as { reason?: string }).reason })),
      );
    }
  });

  it('lets an ADMIN unlock a user, as an event, after which the lock and the slowing are gone', () => {
    const locked: LoginAttemptEvent = {
      type: 'UserLockedOut',
      data: { userId: 'u-zhang', userName: 'zhangsan', address, at: at(2980), until: at(6580), failures: 100 },
    };
    const unlocked: LoginAttemptEvent = { type: 'UserUnlocked', data: { userId: 'u-zhang', userName: 'zhangsan', by: 'u-admin', at: at(3000) } };
    given([...spreadFailures, wrong(2980), locked])
      .when({ type: 'UnlockUser', user: zhang, by: 'u-admin', at: at(3000) })
      .then([unlocked]);
    given([...spreadFailures, wrong(2980), locked, unlocked]).when(attempt(3001, 'MATCHED')).then([
      { type: 'LoginSucceeded', data: { userId: 'u-zhang', userName: 'zhangsan', address, at: at(3001) } },
    ]);
    given([wrong(0), wrong(1), wrong(2), wrong(3), { ...unlocked, data: { ...unlocked.data, at: at(3) } }]).when(attempt(4, 'WRONG')).then([wrong(4)]);
    given([]).when({ type: 'UnlockUser', user: zhang, by: '', at: 'yesterday' }).thenThrows('VALIDATION', 'at');
  });

  it('refuses while locked without looking at the password, even a matching one', () => {
    const locked: LoginAttemptEvent = {
      type: 'UserLockedOut',
      data: { userId: 'u-zhang', userName: 'zhangsan', address, at: at(240), until: at(1140), failures: 5 },
    };
    for (const password of ['MATCHED', 'NOT_CHECKED'] as const) {
      given([...fourFailures, wrong(240), locked]).when(attempt(300, password)).then([
        {
          type: 'LoginFailed',
          data: { ...wrong(300).data, reason: 'LOCKED_OUT', refusedUntil: at(1140), refusedBy: 'USER' },
        },
      ]);
    }
  });

  it('lets the user in once the lock has ended', () => {
    const locked: LoginAttemptEvent = {
      type: 'UserLockedOut',
      data: { userId: 'u-zhang', userName: 'zhangsan', address, at: at(240), until: at(1140), failures: 5 },
    };
    given([...fourFailures, wrong(240), locked]).when(attempt(1140, 'MATCHED')).then([
      { type: 'LoginSucceeded', data: { userId: 'u-zhang', userName: 'zhangsan', address, at: at(1140) } },
    ]);
  });

  it('refuses an attempt from the same address too soon after the 4th failure as THROTTLED, saying until when', () => {
    given([wrong(0), wrong(1), wrong(2), wrong(3)]).when(attempt(4, 'NOT_CHECKED')).then([
      { type: 'LoginFailed', data: { ...wrong(4).data, reason: 'THROTTLED', refusedUntil: at(5), refusedBy: 'USER_AT_ADDRESS' } },
    ]);
  });

  it('does not count refused attempts as failures', () => {
    const throttled: LoginAttemptEvent = {
      type: 'LoginFailed',
      data: { ...wrong(4).data, reason: 'THROTTLED', refusedUntil: at(5), refusedBy: 'USER_AT_ADDRESS' },
    };
    given([wrong(0), wrong(1), wrong(2), wrong(3), throttled, throttled, throttled]).when(attempt(5, 'WRONG')).then([wrong(5)]);
  });

  it('locks the address at its 30th failure, recording it in this user\'s stream', () => {
    given([]).when(attempt(100, 'WRONG', { addressHistory: addressFailures(29) })).then([
      wrong(100),
      {
        type: 'AddressLockedOut',
        data: { address, userId: 'u-zhang', userName: 'zhangsan', at: at(100), until: at(1000), failures: 30 },
      },
    ]);
  });

  it('refuses every user from a locked address', () => {
    const addressHistory: LoginRecord[] = [{ kind: 'LOCKED', at: at(0), until: at(900) }];
    given([]).when(attempt(10, 'MATCHED', { addressHistory })).then([
      { type: 'LoginFailed', data: { ...wrong(10).data, reason: 'LOCKED_OUT', refusedUntil: at(900), refusedBy: 'ADDRESS' } },
    ]);
  });

  it("names the address's lock over the user's delay, since the caller must wait for the lock anyway", () => {
    const addressHistory: LoginRecord[] = [{ kind: 'LOCKED', at: at(0), until: at(900) }];
    given([wrong(0), wrong(1), wrong(2), wrong(3)]).when(attempt(4, 'NOT_CHECKED', { addressHistory })).then([
      { type: 'LoginFailed', data: { ...wrong(4).data, reason: 'LOCKED_OUT', refusedUntil: at(900), refusedBy: 'ADDRESS' } },
    ]);
  });

  it('locks user and address together when one failure tips both', () => {
    const events = given(spreadFailures).when(attempt(2980, 'WRONG', { addressHistory: addressFailures(29).map((r, i) => ({ ...r, at: at(2900 + i) })) })).then([
      wrong(2980),
      { type: 'UserLockedOut', data: { userId: 'u-zhang', userName: 'zhangsan', address, at: at(2980), until: at(6580), failures: 100 } },
      { type: 'AddressLockedOut', data: { address, userId: 'u-zhang', userName: 'zhangsan', at: at(2980), until: at(3880), failures: 30 } },
    ]);
    expect(events).toHaveLength(3);
  });

  it('throws when the application skipped the password check the throttle did not ask it to skip', () => {
    expect(() => decideLoginAttempts(attempt(0, 'NOT_CHECKED'), initialLoginAttemptsState)).toThrow(
      'RecordLoginAttempt: the throttle allows this attempt, so check the password before recording it',
    );
  });

  it('refuses a malformed time or a missing address with VALIDATION', () => {
    given([]).when(attempt(0, 'WRONG', { at: '2022-03-01 08:00' })).thenThrows('VALIDATION', 'at');
    given([]).when(attempt(0, 'WRONG', { address: ' ' })).thenThrows('VALIDATION', 'address');
    given([]).when(attempt(0, 'WRONG', { address: 'x'.repeat(101) })).thenThrows('VALIDATION', 'address');
  });
});

describe('evolveLoginAttempts', () => {
  const fold = (events: LoginAttemptEvent[]): LoginAttemptsState => events.reduce(evolveLoginAttempts, initialLoginAttemptsState);

  it('keeps each record with the address it came from', () => {
    const succeeded: LoginAttemptEvent = { type: 'LoginSucceeded', data: { userId: 'u-zhang', userName: 'zhangsan', address: '10.0.0.8', at: at(5) } };
    expect(fold([wrong(0), succeeded, wrong(6)])).toEqual({
      history: [
        { kind: 'FAILED', at: at(0), address },
        { kind: 'SUCCEEDED', at: at(5), address: '10.0.0.8' },
        { kind: 'FAILED', at: at(6), address },
      ],
    });
  });

  it('ignores refusals and address locks, and caps the records it keeps', () => {
    const throttled: LoginAttemptEvent = { type: 'LoginFailed', data: { ...wrong(3).data, reason: 'THROTTLED', refusedUntil: at(4), refusedBy: 'USER' } };
    const addressLock: LoginAttemptEvent = {
      type: 'AddressLockedOut',
      data: { address, userId: null, userName: null, at: at(3), until: at(903), failures: 30 },
    };
    expect(fold([throttled, addressLock])).toBe(initialLoginAttemptsState);
    const many = fold(Array.from({ length: 200 }, (_, i) => wrong(i * 1000)));
    expect(many.history).toHaveLength(maxKeptLoginRecords);
    expect(many.history[0]).toEqual({ kind: 'FAILED', at: at(72_000), address });
  });

  it('refuses an event type it does not know', () => {
    expect(() => evolveLoginAttempts(initialLoginAttemptsState, { type: 'LoginGuessed', data: {} } as unknown as LoginAttemptEvent)).toThrow(
      'Unknown login attempt event type LoginGuessed',
    );
  });
});

describe('addressLoginRecords and loginAttemptsStreamId', () => {
  it('reads one address out of events from any streams, counting its locks but not users\' locks', () => {
    const events: LoginAttemptEvent[] = [
      wrong(0),
      { ...wrong(1), data: { ...wrong(1).data, address: '10.9.9.9' } },
      { type: 'UserLockedOut', data: { userId: 'u-zhang', userName: 'zhangsan', address, at: at(2), until: at(902), failures: 5 } },
      { type: 'AddressLockedOut', data: { address, userId: null, userName: null, at: at(3), until: at(903), failures: 30 } },
      { type: 'LoginSucceeded', data: { userId: 'u-li', userName: 'lisi', address, at: at(4) } },
    ];
    expect(addressLoginRecords(events, address)).toEqual([
      { kind: 'FAILED', at: at(0) },
      { kind: 'LOCKED', at: at(3), until: at(903) },
      { kind: 'SUCCEEDED', at: at(4) },
    ]);
  });

  it('gives each user a stream, and each name that belongs to nobody one by its key', () => {
    expect(loginAttemptsStreamId('u-zhang')).toBe('login-user-u-zhang');
    expect(unknownNameStreamId('3f2a')).toBe('login-name-3f2a');
    expect(loginAttemptsDecider.initialState).toEqual({ history: [] });
  });
});
