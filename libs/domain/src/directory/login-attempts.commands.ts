import type { LoginRecord } from './login-throttle.js';

/** The directory user a typed login name belongs to (a UserRecord fits). */
export interface LoginUser {
  userId: string;
  userName: string;
  active: boolean;
}

/**
 * Records one sign-in attempt. The application looks the name up in the directory, asks
 * loginThrottle first, checks the password only when the throttle allows, and answers from
 * the events this returns — never from its own check, which this may overrule.
 */
export interface RecordLoginAttempt {
  type: 'RecordLoginAttempt';
  /** null when no user has the typed name. */
  user: LoginUser | null;
  /**
   * What verifyPassword said. NOT_CHECKED when the throttle refused first. For an unknown
   * user send WRONG, after spending the same work (verifyPassword(plain, null)).
   */
  password: 'MATCHED' | 'WRONG' | 'NOT_CHECKED';
  /** The caller's network address, as the application sees it. */
  address: string;
  /** ISO-8601 instant of the attempt. */
  at: string;
  /** Records of recent attempts from the same address across all users (addressLoginRecords). */
  addressHistory: LoginRecord[];
}

/** An ADMIN lifts a user's sign-in lock and the slowing of their failures (the API checks the role and that the user exists). */
export interface UnlockUser {
  type: 'UnlockUser';
  user: LoginUser;
  /** The ADMIN's user id. */
  by: string;
  /** ISO-8601 instant of the unlock. */
  at: string;
}

export type LoginAttemptCommand = RecordLoginAttempt | UnlockUser;
