import type { Decider } from '../common/decider.js';
import { evolveLoginAttempts } from './evolve-login-attempts.js';
import type { LoginAttemptCommand } from './login-attempts.commands.js';
import type { LoginAttemptEvent } from './login-attempts.events.js';
import { initialLoginAttemptsState, type LoginAttemptsState } from './login-attempts.state.js';
import { recordLoginAttempt } from './record-login-attempt.js';
import { unlockUser } from './unlock-user.js';

export function decideLoginAttempts(command: LoginAttemptCommand, state: LoginAttemptsState): LoginAttemptEvent[] {
  switch (command.type) {
    case 'RecordLoginAttempt':
      return recordLoginAttempt(command, state);
    case 'UnlockUser':
      return unlockUser(command);
    default: {
      const unknownCommand: never = command;
      throw new Error(`Unknown login attempt command ${String((unknownCommand as { type?: unknown }).type)}`);
    }
  }
}

/**
 * The sign-in record of one user (loginAttemptsStreamId) or of one name that belongs to nobody
 * (unknownNameStreamId). Every attempt is recorded: one that finds the record changed by
 * another at the same moment is decided again on the record as it then is, up to four times.
 */
export const loginAttemptsDecider: Decider<LoginAttemptCommand, LoginAttemptEvent, LoginAttemptsState> = {
  initialState: initialLoginAttemptsState,
  evolve: evolveLoginAttempts,
  decide: decideLoginAttempts,
  decidedAgainOnConflict: () => true,
  timesDecidedAgainOnConflict: 4,
};
