import { messages } from '../messages/messages.js';
import { refuseIfProblems } from './directory-fields.js';
import { instantMs } from './instant.js';
import type { UnlockUser } from './login-attempts.commands.js';
import type { LoginAttemptEvent } from './login-attempts.events.js';

/**
 * Lifts the user's lock and the slowing of their failures, as an event, so that the trail
 * shows who unlocked whom and when. Recorded whether or not a lock holds now: an ADMIN who
 * was asked to unlock has done so, and the record says it.
 */
export function unlockUser(command: UnlockUser): LoginAttemptEvent[] {
  refuseIfProblems([
    Number.isNaN(instantMs(command.at)) ? { field: 'at', message: messages.directory.atNotAnInstant } : null,
    typeof command.by === 'string' && command.by !== '' ? null : { field: 'by', message: messages.directory.unlockedByRequired },
  ]);
  return [{ type: 'UserUnlocked', data: { userId: command.user.userId, userName: command.user.userName, by: command.by, at: command.at } }];
}
