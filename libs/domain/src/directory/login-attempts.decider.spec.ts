import { describe, expect, it } from '@jest/globals';
import { scenario } from '../../test/given.js';
import { decideLoginAttempts, loginAttemptsDecider } from './decide-login-attempts.js';
import { evolveLoginAttempts } from './evolve-login-attempts.js';
import type { LoginUser, RecordLoginAttempt } from './login-attempts.commands.js';
import { loginAttemptsStreamId, type LoginAttemptEvent, type LoginFailed } from './login-attempts.events.js';
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

const wrong = (seconds: number, user: LoginUser | null = zhang): LoginFailed => ({
  type: 'LoginFailed',
  data: {
    userId: user?.userId ?? null,
    userName: user?.userName ?? null,
    address,
    at: at(seconds),
    reason: user === null ? 'UNKNOWN_USER' : 'WRONG_PASSWORD',
    refusedUntil: null,
    refusedBy: null,
  },
});

/** Four failures a minute apart: the next one is the 5th inside 15 minutes. */
const fourFailures = [wrong(0), wrong(60), wrong(120), wrong(180)];
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

  it('locks the user at the 5th failure inside 15 minutes, recording the lock with the failure', () => {
    given(fourFailures).when(attempt(240, 'WRONG')).then([
      wrong(240),
      {
        type: 'UserLockedOut',
        data: { userId: 'u-zhang', userName: 'zhangsan', address, at: at(240), until: at(240 + 900), failures: 5 },
      },
    ]);
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

  it('refuses an attempt too soon after the 3rd failure as THROTTLED, saying until when', () => {
    given([wrong(0), wrong(1), wrong(2)]).when(attempt(3, 'NOT_CHECKED')).then([
      { type: 'LoginFailed', data: { ...wrong(3).data, reason: 'THROTTLED', refusedUntil: at(4), refusedBy: 'USER' } },
    ]);
  });

  it('does not count refused attempts as failures', () => {
    const throttled: LoginAttemptEvent = {
      type: 'LoginFailed',
      data: { ...wrong(3).data, reason: 'THROTTLED', refusedUntil: at(4), refusedBy: 'USER' },
    };
    given([wrong(0), wrong(1), wrong(2), throttled, throttled, throttled]).when(attempt(4, 'WRONG')).then([wrong(4)]);
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
    given([wrong(0), wrong(1), wrong(2)]).when(attempt(3, 'NOT_CHECKED', { addressHistory })).then([
      { type: 'LoginFailed', data: { ...wrong(3).data, reason: 'LOCKED_OUT', refusedUntil: at(900), refusedBy: 'ADDRESS' } },
    ]);
  });

  it('locks user and address together when one failure tips both', () => {
    const events = given(fourFailures).when(attempt(240, 'WRONG', { addressHistory: addressFailures(29) })).then([
      wrong(240),
      { type: 'UserLockedOut', data: { userId: 'u-zhang', userName: 'zhangsan', address, at: at(240), until: at(1140), failures: 5 } },
      { type: 'AddressLockedOut', data: { address, userId: 'u-zhang', userName: 'zhangsan', at: at(240), until: at(1140), failures: 30 } },
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

  it('keeps only what can still change the verdict: records since the latest success or lock', () => {
    const succeeded: LoginAttemptEvent = { type: 'LoginSucceeded', data: { userId: 'u-zhang', userName: 'zhangsan', address, at: at(5) } };
    expect(fold([wrong(0), wrong(1), succeeded, wrong(6)])).toEqual({
      history: [
        { kind: 'SUCCEEDED', at: at(5) },
        { kind: 'FAILED', at: at(6) },
      ],
    });
  });

  it('ignores refusals and address locks, and caps the failures it keeps', () => {
    const throttled: LoginAttemptEvent = { type: 'LoginFailed', data: { ...wrong(3).data, reason: 'THROTTLED', refusedUntil: at(4), refusedBy: 'USER' } };
    const addressLock: LoginAttemptEvent = {
      type: 'AddressLockedOut',
      data: { address, userId: null, userName: null, at: at(3), until: at(903), failures: 30 },
    };
    expect(fold([throttled, addressLock])).toBe(initialLoginAttemptsState);
    const many = fold(Array.from({ length: 100 }, (_, i) => wrong(i * 1000)));
    expect(many.history).toHaveLength(maxKeptLoginRecords);
    expect(many.history[0]).toEqual({ kind: 'FAILED', at: at(36_000) });
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

  it('gives each user a stream, and all unknown names one', () => {
    expect(loginAttemptsStreamId('u-zhang')).toBe('login-user-u-zhang');
    expect(loginAttemptsStreamId(null)).toBe('login-unknown-users');
    expect(loginAttemptsDecider.initialState).toEqual({ history: [] });
  });
});
