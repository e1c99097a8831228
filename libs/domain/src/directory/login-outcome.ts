import { DomainError } from '../shared/domain-error.js';
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
  const whose = refusedBy === 'ADDRESS' ? 'from your network address' : 'for this user';
  switch (reason) {
    case 'WRONG_PASSWORD':
    case 'UNKNOWN_USER':
      return lockedUntil === null
        ? 'The user name or password is wrong: check both and try again.'
        : `The user name or password is wrong, and after repeated failures sign-in is locked until ${lockedUntil}: wait, or ask an administrator to check your account.`;
    case 'DEACTIVATED':
      return 'This account has been deactivated: ask an administrator if you still need access.';
    case 'THROTTLED':
      if (refusedBy === 'USER_AT_ADDRESS') {
        return `此用户从您的网络地址登录失败次数过多：请等待 ${secondsBetween(at, refusedUntil)} 秒（至 ${refusedUntil}）再试；在其他地点登录不受影响。`;
      }
      return `Too many failed sign-ins ${whose}: wait ${secondsBetween(at, refusedUntil)} seconds (until ${refusedUntil}) and try again.`;
    case 'LOCKED_OUT':
      return `Sign-in ${whose} is locked after repeated failures until ${refusedUntil}: wait until then, or ask an administrator.`;
    default: {
      const unknownReason: never = reason;
      throw new Error(`Unknown login failure reason ${String(unknownReason)}`);
    }
  }
}

function secondsBetween(from: string, to: string | null): number {
  return to === null ? 0 : Math.max(1, Math.ceil((Date.parse(to) - Date.parse(from)) / 1000));
}
