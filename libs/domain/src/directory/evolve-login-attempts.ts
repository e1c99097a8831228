import type { LoginAttemptEvent } from './login-attempts.events.js';
import { maxKeptLoginRecords, type LoginAttemptsState } from './login-attempts.state.js';
import { loginRecordOf } from './login-records.js';

export function evolveLoginAttempts(state: LoginAttemptsState, event: LoginAttemptEvent): LoginAttemptsState {
  const record = loginRecordOf(event, 'USER');
  if (record === null) return state;
  const address = 'address' in event.data ? event.data.address : '';
  return { history: [...state.history, { ...record, address }].slice(-maxKeptLoginRecords) };
}
