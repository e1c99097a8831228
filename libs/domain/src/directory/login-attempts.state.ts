import type { LoginRecord } from './login-throttle.js';

export interface LoginAttemptsState {
  /**
   * The user's records from the latest success or lock on, at most maxKeptLoginRecords:
   * nothing earlier can change the verdict of userLoginPolicy, and a stream of years of
   * sign-ins must not be copied whole on every event.
   */
  history: LoginRecord[];
}

export const maxKeptLoginRecords = 64;

export const initialLoginAttemptsState: LoginAttemptsState = { history: [] };
