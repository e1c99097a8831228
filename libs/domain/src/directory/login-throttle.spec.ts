import { describe, expect, it } from '@jest/globals';
import {
  addressLoginPolicy,
  loginThrottle,
  userAtAddressLoginPolicy,
  userLoginPolicy,
  type LoginRecord,
  type LoginThrottlePolicy,
} from './login-throttle.js';

const t0 = Date.parse('2022-03-01T08:00:00.000Z');
/** The instant `seconds` after 08:00:00. */
const at = (seconds: number): string => new Date(t0 + seconds * 1000).toISOString();
const failed = (...seconds: number[]): LoginRecord[] => seconds.map((s) => ({ kind: 'FAILED', at: at(s) }));

/** The mechanism under a strict policy: slowed after 2 failures, locked at 5. */
const fiveInFifteen: LoginThrottlePolicy = {
  maxFailures: 5,
  windowMs: 900_000,
  lockMs: 900_000,
  freeFailures: 2,
  firstDelayMs: 2000,
  maxDelayMs: 30_000,
  successResets: true,
};
const throttle = (history: LoginRecord[], now: string) => loginThrottle(history, now, fiveInFifteen);

describe('loginThrottle under a policy of 5 failures in 15 minutes locking for 15 minutes', () => {
  it('allows a first attempt and the first two failures at once', () => {
    expect(throttle([], at(0))).toEqual({ verdict: 'ALLOW', failures: 0 });
    expect(throttle(failed(0, 1), at(1))).toEqual({ verdict: 'ALLOW', failures: 2 });
  });

  it('slows the 3rd and 4th failure: 2 s, then 4 s after the last failure', () => {
    expect(throttle(failed(0, 1, 2), at(3))).toEqual({ verdict: 'DELAY', until: at(4), waitMs: 1000, failures: 3 });
    expect(throttle(failed(0, 1, 2), at(4))).toEqual({ verdict: 'ALLOW', failures: 3 });
    expect(throttle(failed(0, 1, 2, 4), at(5))).toEqual({ verdict: 'DELAY', until: at(8), waitMs: 3000, failures: 4 });
  });

  it('locks for 15 minutes from the 5th failure inside 15 minutes', () => {
    const history = failed(0, 60, 120, 180, 240);
    expect(throttle(history, at(240))).toEqual({ verdict: 'LOCKED', until: at(240 + 900), waitMs: 900_000 });
    expect(throttle(history, at(1139))).toMatchObject({ verdict: 'LOCKED', waitMs: 1000 });
    expect(throttle(history, at(1140))).toEqual({ verdict: 'ALLOW', failures: 0 });
  });

  it('does not count failures older than the window', () => {
    expect(throttle(failed(0, 1, 2, 3, 1000), at(1000))).toEqual({ verdict: 'ALLOW', failures: 1 });
    expect(throttle(failed(0, 1, 2, 3, 901), at(901))).toMatchObject({ verdict: 'DELAY', failures: 3 });
    expect(throttle(failed(0, 300, 600, 850, 1000), at(1000))).toEqual({ verdict: 'DELAY', until: at(1004), waitMs: 4000, failures: 4 });
  });

  it('forgives earlier failures after a success', () => {
    const history: LoginRecord[] = [...failed(0, 1, 2, 3), { kind: 'SUCCEEDED', at: at(10) }, ...failed(11)];
    expect(throttle(history, at(12))).toEqual({ verdict: 'ALLOW', failures: 1 });
  });

  it('honours a recorded lock, and starts counting afresh after it', () => {
    const history: LoginRecord[] = [{ kind: 'LOCKED', at: at(0), until: at(900) }];
    expect(throttle(history, at(899))).toEqual({ verdict: 'LOCKED', until: at(900), waitMs: 1000 });
    expect(throttle([...history, ...failed(-60, -30)], at(901))).toEqual({ verdict: 'ALLOW', failures: 0 });
    expect(throttle([...history, ...failed(901, 902)], at(903))).toEqual({ verdict: 'ALLOW', failures: 2 });
  });

  it('does not let failures during a lock extend it, or a stranger could lock someone out for good', () => {
    const history = [...failed(0, 1, 2, 3, 4), ...failed(100, 200, 300, 400, 500)];
    expect(throttle(history, at(904))).toEqual({ verdict: 'ALLOW', failures: 0 });
  });

  it('ignores records after now (another instance whose clock runs ahead) and reads them in time order', () => {
    expect(throttle(failed(10, 11, 12, 13, 14), at(5))).toEqual({ verdict: 'ALLOW', failures: 0 });
    expect(throttle(failed(240, 0, 180, 60, 120), at(241))).toMatchObject({ verdict: 'LOCKED', until: at(1140) });
  });

  it('accepts instants with an offset', () => {
    expect(throttle(failed(0, 1, 2), '2022-03-01T16:00:03+08:00')).toMatchObject({ verdict: 'DELAY', until: at(4) });
  });

  it('refuses a time that is not an ISO-8601 instant', () => {
    expect(() => throttle([], '2022-03-01 08:00')).toThrow('now must be an ISO-8601 instant with an offset');
    expect(() => throttle([{ kind: 'FAILED', at: 'yesterday' }], at(0))).toThrow('at must be an ISO-8601 instant');
  });

  it('refuses a time that is not an ISO-8601 instant, whatever the policy', () => {
    expect(() => loginThrottle([], '2022-03-01 08:00', userLoginPolicy)).toThrow('now must be an ISO-8601 instant with an offset');
  });

  it('lifts a lock and forgets the failures before an unlock', () => {
    const history: LoginRecord[] = [...failed(0, 60, 120, 180, 240), { kind: 'UNLOCKED', at: at(300) }];
    expect(throttle(history, at(301))).toEqual({ verdict: 'ALLOW', failures: 0 });
  });
});

describe('the sign-in policies', () => {
  it('slow a user at one address without ever locking them, and lock a user only far later', () => {
    expect(userAtAddressLoginPolicy).toEqual({
      maxFailures: Number.POSITIVE_INFINITY,
      windowMs: 900_000,
      lockMs: 0,
      freeFailures: 3,
      firstDelayMs: 2000,
      maxDelayMs: 60_000,
      successResets: true,
    });
    expect(userLoginPolicy).toMatchObject({ maxFailures: 100, windowMs: 3_600_000, lockMs: 3_600_000, freeFailures: Number.POSITIVE_INFINITY });
    const hundredInTheHour = failed(...Array.from({ length: 100 }, (_, i) => i * 30));
    expect(loginThrottle(hundredInTheHour.slice(0, 99), at(2970), userLoginPolicy)).toEqual({ verdict: 'ALLOW', failures: 99 });
    expect(loginThrottle(hundredInTheHour, at(2970), userLoginPolicy)).toMatchObject({ verdict: 'LOCKED', until: at(2970 + 3600) });
  });
});

describe('loginThrottle for an address (30 failures in 15 minutes, slowed after 10)', () => {
  const tenEach = (from: number) => failed(...Array.from({ length: 10 }, (_, i) => from + i));

  it('lets a shared office address fail 10 times at full speed', () => {
    expect(loginThrottle(tenEach(0), at(10), addressLoginPolicy)).toEqual({ verdict: 'ALLOW', failures: 10 });
  });

  it('slows from the 11th failure, doubling up to 30 s', () => {
    expect(loginThrottle([...tenEach(0), ...failed(20)], at(20), addressLoginPolicy)).toMatchObject({ verdict: 'DELAY', until: at(21) });
    const many = [...tenEach(0), ...tenEach(100), ...failed(200, 201, 202, 203, 204, 205, 206, 207)];
    expect(loginThrottle(many, at(207), addressLoginPolicy)).toMatchObject({ verdict: 'DELAY', waitMs: 30_000, failures: 28 });
  });

  it('locks at 30 failures, and a success from the same address does not forgive', () => {
    const history: LoginRecord[] = [...tenEach(0), { kind: 'SUCCEEDED', at: at(50) }, ...tenEach(100), ...tenEach(200)];
    expect(loginThrottle(history, at(210), addressLoginPolicy)).toEqual({ verdict: 'LOCKED', until: at(209 + 900), waitMs: 899_000 });
  });
});

