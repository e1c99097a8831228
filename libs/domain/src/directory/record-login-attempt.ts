import { messages } from '../messages/messages.js';
import type { FieldProblem } from '../common/domain-error.js';
import { refuseIfProblems } from './directory-fields.js';
import type { LoginUser, RecordLoginAttempt } from './login-attempts.commands.js';
import type { LoginAttemptEvent, LoginFailureReason, LoginThrottleScope } from './login-attempts.events.js';
import type { LoginAttemptsState } from './login-attempts.state.js';
import { instantMs } from './instant.js';
import {
  addressLoginPolicy,
  loginThrottle,
  userAtAddressLoginPolicy,
  userLoginPolicy,
  type LoginRecord,
  type LoginThrottle,
} from './login-throttle.js';

/** Enough for any IPv6 address with a zone; anything longer is not an address. */
const maxAddressLength = 100;

/**
 * Always records the attempt: a refusal is an event like a success, so this throws only
 * for a command the application could not have meant.
 */
export function recordLoginAttempt(command: RecordLoginAttempt, state: LoginAttemptsState): LoginAttemptEvent[] {
  refuseIfProblems([
    Number.isNaN(instantMs(command.at))
      ? { field: 'at', message: messages.login.notAnInstant(JSON.stringify(command.at)) }
      : null,
    addressProblem(command.address),
  ]);
  const { at, user, address } = command;
  const who = { userId: user?.userId ?? null, userName: user?.userName ?? null };

  const { byUserHere, byUser, byAddress } = loginThrottles(state, command);
  if (!loginAllowed({ byUserHere, byUser, byAddress })) {
    const refusal = strictestRefusal([refusalOf(byUserHere, 'USER_AT_ADDRESS'), refusalOf(byUser, 'USER'), refusalOf(byAddress, 'ADDRESS')]);
    return [{ type: 'LoginFailed', data: { ...who, address, at, ...refusal } }];
  }
  if (command.password === 'NOT_CHECKED') {
    throw new Error('RecordLoginAttempt: the throttle allows this attempt, so check the password before recording it');
  }
  if (user !== null && command.password === 'MATCHED' && user.active) {
    return [{ type: 'LoginSucceeded', data: { userId: user.userId, userName: user.userName, address, at } }];
  }

  const reason = failureReason(user, command.password);
  const failure: LoginRecord = { kind: 'FAILED', at };
  const events: LoginAttemptEvent[] = [
    { type: 'LoginFailed', data: { ...who, address, at, reason, refusedUntil: null, refusedBy: null } },
  ];
  const userAfter = loginThrottle([...state.history, failure], at, userLoginPolicy);
  if (userAfter.verdict === 'LOCKED') {
    events.push({ type: 'UserLockedOut', data: { ...who, address, at, until: userAfter.until, failures: failuresBefore(byUser) + 1 } });
  }
  const addressAfter = loginThrottle([...command.addressHistory, failure], at, addressLoginPolicy);
  if (addressAfter.verdict === 'LOCKED') {
    events.push({
      type: 'AddressLockedOut',
      data: { address, ...who, at, until: addressAfter.until, failures: failuresBefore(byAddress) + 1 },
    });
  }
  return events;
}

export interface LoginThrottles {
  /** The user's failures from the attempt's address: slowed, never locked. */
  byUserHere: LoginThrottle;
  /** The user's failures from every address: locked only far later. */
  byUser: LoginThrottle;
  /** The address's failures for every user. */
  byAddress: LoginThrottle;
}

/** The three verdicts on an attempt; the application checks the password only when all allow it (loginAllowed). */
export function loginThrottles(state: LoginAttemptsState, attempt: Pick<RecordLoginAttempt, 'address' | 'at' | 'addressHistory'>): LoginThrottles {
  // The user's failures from this address slow this address only; an ADMIN's unlock clears them too.
  const fromHere = state.history.filter((record) => record.kind === 'UNLOCKED' || (record.kind !== 'LOCKED' && record.address === attempt.address));
  return {
    byUserHere: loginThrottle(fromHere, attempt.at, userAtAddressLoginPolicy),
    byUser: loginThrottle(state.history, attempt.at, userLoginPolicy),
    byAddress: loginThrottle(attempt.addressHistory, attempt.at, addressLoginPolicy),
  };
}

/** The failures counted before an attempt the throttle allowed. */
function failuresBefore(throttle: LoginThrottle): number {
  return throttle.verdict === 'LOCKED' ? 0 : throttle.failures;
}

export function loginAllowed(throttles: LoginThrottles): boolean {
  return Object.values(throttles).every((throttle) => throttle.verdict === 'ALLOW');
}

function addressProblem(address: unknown): FieldProblem | null {
  if (typeof address !== 'string' || address.trim() === '') {
    return { field: 'address', message: messages.login.addressRequired };
  }
  if (address.length > maxAddressLength) {
    return { field: 'address', message: messages.login.addressTooLong({ length: address.length, max: maxAddressLength }) };
  }
  return null;
}

interface Refusal {
  reason: LoginFailureReason;
  refusedUntil: string;
  refusedBy: LoginThrottleScope;
}

/**
 * The refusal to tell the caller: a lock before a delay, then the one that ends last, since
 * the caller has to wait for that one anyway; on a tie, the user's own.
 */
function strictestRefusal(refusals: Array<Refusal | null>): Refusal {
  const rank = (refusal: Refusal) => (refusal.reason === 'LOCKED_OUT' ? 1 : 0);
  const candidates = refusals.filter((refusal): refusal is Refusal => refusal !== null);
  const [strictest] = [...candidates].sort(
    (a, b) => rank(b) - rank(a) || Date.parse(b.refusedUntil) - Date.parse(a.refusedUntil),
  );
  if (strictest === undefined) throw new Error('strictestRefusal needs at least one refusal');
  return strictest;
}

function refusalOf(throttle: LoginThrottle, scope: LoginThrottleScope): Refusal | null {
  switch (throttle.verdict) {
    case 'ALLOW':
      return null;
    case 'DELAY':
      return { reason: 'THROTTLED', refusedUntil: throttle.until, refusedBy: scope };
    case 'LOCKED':
      return { reason: 'LOCKED_OUT', refusedUntil: throttle.until, refusedBy: scope };
    default: {
      const unknownVerdict: never = throttle;
      throw new Error(`Unknown throttle verdict ${String((unknownVerdict as { verdict?: unknown }).verdict)}`);
    }
  }
}

function failureReason(user: LoginUser | null, password: 'MATCHED' | 'WRONG'): LoginFailureReason {
  if (user === null) return 'UNKNOWN_USER';
  return password === 'MATCHED' ? 'DEACTIVATED' : 'WRONG_PASSWORD';
}
