import type { LoginRecord } from './login-throttle.js';

/** A record of the user's sign-in history, with the address it came from ('' for an ADMIN's unlock). */
export type UserLoginRecord = LoginRecord & { address: string };

export interface LoginAttemptsState {
  /**
   * The user's latest records, at most maxKeptLoginRecords: enough for the policies to reach
   * their verdicts (userLoginPolicy locks at 100 failures), without copying years of sign-ins
   * on every event.
   */
  history: UserLoginRecord[];
}

export const maxKeptLoginRecords = 128;

export const initialLoginAttemptsState: LoginAttemptsState = { history: [] };
