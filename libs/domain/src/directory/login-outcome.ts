import { messages } from '../messages/messages.js';
import { DomainError } from '../common/domain-error.js';
import type { LoginAttemptEvent, LoginFailed } from './login-attempts.events.js';

export type LoginOutcome = { ok: true; userId: string } | { ok: false; error: DomainError };

/**
 * What to answer the caller, read from the events just recorded. A wrong password and an
 * unknown name get the same words, so the answer never tells which login names exist.
 */
export function loginOutcome(events: ReadonlyArray<LoginAttemptEvent>): LoginOutcome {
  const succeeded = events.find((event) => event.type === 'LoginSucceeded');
  if (succeeded !== undefined) return { ok: true, userId: succeeded.data.userId };
  const failed = events.find((event): event is LoginFailed => event.type === 'LoginFailed');
  if (failed === undefined) throw new Error('loginOutcome needs the events of one RecordLoginAttempt');
  const lock = events.find((event) => event.type === 'UserLockedOut' || event.type === 'AddressLockedOut');
  return { ok: false, error: new DomainError('UNAUTHENTICATED', messageFor(failed, lock?.data.until ?? null)) };
}

function messageFor(failed: LoginFailed, lockedUntil: string | null): string {
  const { reason, at, refusedUntil, refusedBy } = failed.data;
  const words = messages.login;
  const whose = refusedBy === 'ADDRESS' ? words.fromAddress : words.forUser;
  switch (reason) {
    case 'WRONG_PASSWORD':
    case 'UNKNOWN_USER':
      return lockedUntil === null ? words.wrong : words.wrongAndLocked(lockedUntil);
    case 'DEACTIVATED':
      return words.deactivated;
    case 'THROTTLED':
      if (refusedBy === 'USER_AT_ADDRESS') return words.throttledAtAddress({ seconds: secondsBetween(at, refusedUntil), until: refusedUntil });
      return words.throttled({ whose, seconds: secondsBetween(at, refusedUntil), until: refusedUntil });
    case 'LOCKED_OUT':
      return words.locked({ whose, until: refusedUntil });
    default: {
      const unknownReason: never = reason;
      throw new Error(`Unknown login failure reason ${String(unknownReason)}`);
    }
  }
}

function secondsBetween(from: string, to: string | null): number {
  return to === null ? 0 : Math.max(1, Math.ceil((Date.parse(to) - Date.parse(from)) / 1000));
}
