import { instantMs } from './instant.js';

/**
 * How repeated failed sign-ins are slowed and then locked. Pure: the history and the time
 * come in, a verdict goes out; the login-attempts decider and the application's pre-check
 * call the same function, so they cannot disagree.
 */

/** One sign-in fact as the throttle reads it (see loginRecordOf). */
export type LoginRecord =
  | { kind: 'SUCCEEDED'; at: string }
  | { kind: 'FAILED'; at: string }
  | { kind: 'LOCKED'; at: string; until: string }
  /** An administrator lifted the lock: the failures before it no longer count. */
  | { kind: 'UNLOCKED'; at: string };

export interface LoginThrottlePolicy {
  /** This many failures inside the window lock sign-in. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
  /** Failures answered at once; from the next one on, each waits twice as long as the one before. */
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** Whether a successful sign-in forgives the failures before it. */
  successResets: boolean;
}

const minute = 60_000;

/**
 * Per user and network address: slowed, never locked. After the 3rd failure from one address
 * the next try from there waits 2 s, then twice as long each time up to a minute: a guesser
 * gets about one try a minute, while the user at another address is not held up at all.
 */
export const userAtAddressLoginPolicy: LoginThrottlePolicy = {
  maxFailures: Number.POSITIVE_INFINITY,
  windowMs: 15 * minute,
  lockMs: 0,
  freeFailures: 3,
  firstDelayMs: 2_000,
  maxDelayMs: 60_000,
  successResets: true,
};

/**
 * Per user, from every address together: only a lock, and only at 100 failures within an
 * hour — more than one address slowed by userAtAddressLoginPolicy can make in that time
 * (about 60), so locking someone out takes many addresses; an ADMIN can lift it (UnlockUser).
 */
export const userLoginPolicy: LoginThrottlePolicy = {
  maxFailures: 100,
  windowMs: 60 * minute,
  lockMs: 60 * minute,
  freeFailures: Number.POSITIVE_INFINITY,
  firstDelayMs: 0,
  maxDelayMs: 0,
  successResets: true,
};

/**
 * Per network address: looser, because a county office signs in from behind one shared
 * address, and one colleague's mistakes must not lock everyone; a success does not forgive,
 * or an attacker holding one valid account could wipe the count between guesses.
 */
export const addressLoginPolicy: LoginThrottlePolicy = {
  maxFailures: 30,
  windowMs: 15 * minute,
  lockMs: 15 * minute,
  freeFailures: 10,
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
  successResets: false,
};

export type LoginThrottle =
  | { verdict: 'ALLOW'; failures: number }
  /** Slowed: an attempt before `until` is refused without checking the password. */
  | { verdict: 'DELAY'; until: string; waitMs: number; failures: number }
  | { verdict: 'LOCKED'; until: string; waitMs: number };

/**
 * The verdict for an attempt at `now`, replaying the history in time order so that a lock
 * counts whether or not it was recorded. Failures made while locked do not count again:
 * otherwise an attacker could keep someone locked out for good by failing during the lock.
 */
export function loginThrottle(
  history: ReadonlyArray<LoginRecord>,
  now: string,
  policy: LoginThrottlePolicy,
): LoginThrottle {
  const nowMs = instant(now, 'now');
  const ordered = history
    .map((record) => ({ record, ms: instant(record.at, 'at') }))
    .filter(({ ms }) => ms <= nowMs)
    .sort((a, b) => a.ms - b.ms);
  let lockedUntil = Number.NEGATIVE_INFINITY;
  let failures: number[] = [];
  for (const { record, ms } of ordered) {
    switch (record.kind) {
      case 'SUCCEEDED':
        if (policy.successResets) failures = [];
        break;
      case 'LOCKED':
        lockedUntil = Math.max(lockedUntil, instant(record.until, 'until'));
        failures = [];
        break;
      case 'UNLOCKED':
        lockedUntil = Number.NEGATIVE_INFINITY;
        failures = [];
        break;
      case 'FAILED':
        if (ms < lockedUntil) break;
        failures = [...failures.filter((t) => t > ms - policy.windowMs), ms];
        if (failures.length >= policy.maxFailures) {
          lockedUntil = Math.max(lockedUntil, ms + policy.lockMs);
          failures = [];
        }
        break;
      default: {
        const unknownRecord: never = record;
        throw new Error(`Unknown login record kind ${String((unknownRecord as { kind?: unknown }).kind)}`);
      }
    }
  }
  if (lockedUntil > nowMs) {
    return { verdict: 'LOCKED', until: iso(lockedUntil), waitMs: lockedUntil - nowMs };
  }
  const recent = failures.filter((t) => t > nowMs - policy.windowMs);
  const delayMs = delayAfter(recent.length, policy);
  const last = recent[recent.length - 1];
  if (last !== undefined && delayMs > 0 && last + delayMs > nowMs) {
    return { verdict: 'DELAY', until: iso(last + delayMs), waitMs: last + delayMs - nowMs, failures: recent.length };
  }
  return { verdict: 'ALLOW', failures: recent.length };
}

function delayAfter(failures: number, policy: LoginThrottlePolicy): number {
  if (failures <= policy.freeFailures) return 0;
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (failures - policy.freeFailures - 1));
}

function instant(text: string, name: string): number {
  const ms = instantMs(text);
  if (Number.isNaN(ms)) throw new Error(`${name} must be an ISO-8601 instant with an offset, e.g. 2022-03-01T08:00:00Z; got ${JSON.stringify(text)}`);
  return ms;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
