import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../shared/domain-error.js';
import type { LoginAttemptEvent, LoginFailed } from './login-attempts.events.js';
import { loginOutcome } from './login-outcome.js';

const failed = (data: Partial<LoginFailed['data']>): LoginFailed => ({
  type: 'LoginFailed',
  data: {
    userId: 'u-zhang',
    userName: 'zhangsan',
    address: '10.1.2.3',
    at: '2022-03-01T08:00:00.000Z',
    reason: 'WRONG_PASSWORD',
    refusedUntil: null,
    refusedBy: null,
    ...data,
  },
});

function refusal(events: LoginAttemptEvent[]): DomainError {
  const outcome = loginOutcome(events);
  if (outcome.ok) throw new Error('expected a refusal');
  expect(outcome.error).toBeInstanceOf(DomainError);
  expect(outcome.error.code).toBe('UNAUTHENTICATED');
  return outcome.error;
}

describe('loginOutcome', () => {
  it('lets a recorded success in', () => {
    expect(
      loginOutcome([{ type: 'LoginSucceeded', data: { userId: 'u-zhang', userName: 'zhangsan', address: '::1', at: '2022-03-01T08:00:00Z' } }]),
    ).toEqual({ ok: true, userId: 'u-zhang' });
  });

  it('answers a wrong password and an unknown name in the same words', () => {
    const wrongPassword = refusal([failed({})]).message;
    const unknownName = refusal([failed({ userId: null, userName: null, reason: 'UNKNOWN_USER' })]).message;
    expect(wrongPassword).toBe('The user name or password is wrong: check both and try again.');
    expect(unknownName).toBe(wrongPassword);
  });

  it('says until when sign-in is locked when this failure locked it', () => {
    const lock: LoginAttemptEvent = {
      type: 'UserLockedOut',
      data: { userId: 'u-zhang', userName: 'zhangsan', address: '10.1.2.3', at: '2022-03-01T08:00:00.000Z', until: '2022-03-01T08:15:00.000Z', failures: 5 },
    };
    expect(refusal([failed({}), lock]).message).toBe(
      'The user name or password is wrong, and after repeated failures sign-in is locked until 2022-03-01T08:15:00.000Z: wait, or ask an administrator to check your account.',
    );
  });

  it('tells how long to wait when slowed, and whose failures locked sign-in', () => {
    expect(refusal([failed({ reason: 'THROTTLED', refusedUntil: '2022-03-01T08:00:04.000Z', refusedBy: 'USER' })]).message).toBe(
      'Too many failed sign-ins for this user: wait 4 seconds (until 2022-03-01T08:00:04.000Z) and try again.',
    );
    expect(refusal([failed({ reason: 'LOCKED_OUT', refusedUntil: '2022-03-01T08:15:00.000Z', refusedBy: 'ADDRESS' })]).message).toBe(
      'Sign-in from your network address is locked after repeated failures until 2022-03-01T08:15:00.000Z: wait until then, or ask an administrator.',
    );
  });

  it('tells a deactivated user, who has proved their password, to ask an administrator', () => {
    expect(refusal([failed({ reason: 'DEACTIVATED' })]).message).toBe(
      'This account has been deactivated: ask an administrator if you still need access.',
    );
  });

  it('throws when given no attempt at all', () => {
    expect(() => loginOutcome([])).toThrow('loginOutcome needs the events of one RecordLoginAttempt');
  });
});
