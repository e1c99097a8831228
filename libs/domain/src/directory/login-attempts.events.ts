/**
 * Every sign-in attempt, kept as events, so that every login, failure and lock can be
 * audited (docs/events.md). They live outside the directory stream, one stream per user (see
 * loginAttemptsStreamId), because they are many, come from anyone, and must not make an
 * ADMIN's directory change wait or conflict.
 *
 * A name typed for no existing user is not kept: people type their password into the
 * name field often enough, and events cannot be erased.
 */

export type LoginFailureReason =
  /** The user exists and the password did not match. */
  | 'WRONG_PASSWORD'
  /** No user has the typed name. */
  | 'UNKNOWN_USER'
  /** The password matched, but the account is deactivated. */
  | 'DEACTIVATED'
  /** Refused without checking the password: too soon after the previous failures. */
  | 'THROTTLED'
  /** Refused without checking the password: sign-in is locked. */
  | 'LOCKED_OUT';

/** Whose failures slowed or locked an attempt: the user's own, or those from its address. */
export type LoginThrottleScope = 'USER' | 'ADDRESS';

export interface LoginSucceeded {
  type: 'LoginSucceeded';
  data: { userId: string; userName: string; address: string; at: string };
}

export interface LoginFailed {
  type: 'LoginFailed';
  data: {
    /** null when no user has the typed name. */
    userId: string | null;
    userName: string | null;
    address: string;
    at: string;
    reason: LoginFailureReason;
    /** For THROTTLED and LOCKED_OUT: until when, and whose failures caused it. */
    refusedUntil: string | null;
    refusedBy: LoginThrottleScope | null;
  };
}

export interface UserLockedOut {
  type: 'UserLockedOut';
  data: { userId: string | null; userName: string | null; address: string; at: string; until: string; failures: number };
}

/** Recorded in the stream of the attempt that tipped the address over its limit. */
export interface AddressLockedOut {
  type: 'AddressLockedOut';
  data: { address: string; userId: string | null; userName: string | null; at: string; until: string; failures: number };
}

export type LoginAttemptEvent = LoginSucceeded | LoginFailed | UserLockedOut | AddressLockedOut;

export const loginAttemptEventTypes: ReadonlyArray<LoginAttemptEvent['type']> = [
  'LoginSucceeded',
  'LoginFailed',
  'UserLockedOut',
  'AddressLockedOut',
];

/**
 * One stream per user, and one shared by all names that belong to nobody: those are
 * throttled together, which costs no real user anything, and guessing names cannot create
 * streams without end.
 */
export function loginAttemptsStreamId(userId: string | null): string {
  return userId === null ? 'login-unknown-users' : `login-user-${userId}`;
}
