import type { LoginAttemptEvent } from './login-attempts.events.js';
import { maxKeptLoginRecords, type LoginAttemptsState } from './login-attempts.state.js';
import { loginRecordOf } from './login-records.js';

export function evolveLoginAttempts(state: LoginAttemptsState, event: LoginAttemptEvent): LoginAttemptsState {
  const record = loginRecordOf(event, 'USER');
  if (record === null) return state;
  switch (record.kind) {
    case 'SUCCEEDED':
    case 'LOCKED':
      return { history: [record] };
    case 'FAILED':
      return { history: [...state.history, record].slice(-maxKeptLoginRecords) };
    default: {
      const unknownRecord: never = record;
      throw new Error(`Unknown login record kind ${String((unknownRecord as { kind?: unknown }).kind)}`);
    }
  }
}
