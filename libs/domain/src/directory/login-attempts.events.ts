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

/**
 * Whose failures slowed or locked an attempt: the user's from this address (slowed only), the
 * user's from everywhere (locked only far later), or the address's for every user.
 */
export type LoginThrottleScope = 'USER_AT_ADDRESS' | 'USER' | 'ADDRESS';

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

/** An ADMIN lifted the user's lock (and the slowing of their failed sign-ins). */
export interface UserUnlocked {
  type: 'UserUnlocked';
  data: { userId: string; userName: string; by: string; at: string };
}

export type LoginAttemptEvent = LoginSucceeded | LoginFailed | UserLockedOut | AddressLockedOut | UserUnlocked;

export const loginAttemptEventTypes: ReadonlyArray<LoginAttemptEvent['type']> = [
  'LoginSucceeded',
  'LoginFailed',
  'UserLockedOut',
  'AddressLockedOut',
  'UserUnlocked',
];

/** The sign-in record of a user. */
export function loginAttemptsStreamId(userId: string): string {
  return `login-user-${userId}`;
}

/**
 * The sign-in record of a name that belongs to nobody, by a keyed digest of the name (the
 * name itself is not kept). Each such name is throttled exactly as a user is, so that the
 * answers never tell which names exist: a record shared by all unknown names would lock
 * them while a real name still answered "wrong password".
 */
export function unknownNameStreamId(nameKey: string): string {
  return `login-name-${nameKey}`;
}
