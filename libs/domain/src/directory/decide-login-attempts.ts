import type { Decider } from '../shared/decider.js';
import { evolveLoginAttempts } from './evolve-login-attempts.js';
import type { LoginAttemptCommand } from './login-attempts.commands.js';
import type { LoginAttemptEvent } from './login-attempts.events.js';
import { initialLoginAttemptsState, type LoginAttemptsState } from './login-attempts.state.js';
import { recordLoginAttempt } from './record-login-attempt.js';

export function decideLoginAttempts(command: LoginAttemptCommand, state: LoginAttemptsState): LoginAttemptEvent[] {
  switch (command.type) {
    case 'RecordLoginAttempt':
      return recordLoginAttempt(command, state);
    default: {
      const unknownCommand: never = command.type;
      throw new Error(`Unknown login attempt command ${String(unknownCommand)}`);
    }
  }
}

/** The sign-in record of one user (or of all unknown names), on loginAttemptsStreamId(userId). */
export const loginAttemptsDecider: Decider<LoginAttemptCommand, LoginAttemptEvent, LoginAttemptsState> = {
  initialState: initialLoginAttemptsState,
  evolve: evolveLoginAttempts,
  decide: decideLoginAttempts,
};
