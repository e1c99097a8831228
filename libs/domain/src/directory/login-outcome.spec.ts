import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../common/domain-error.js';
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
    expect(wrongPassword).toBe('用户名或密码错误：请检查后重试。');
    expect(unknownName).toBe(wrongPassword);
  });

  it('says until when sign-in is locked when this failure locked it', () => {
    const lock: LoginAttemptEvent = {
      type: 'UserLockedOut',
      data: { userId: 'u-zhang', userName: 'zhangsan', address: '10.1.2.3', at: '2022-03-01T08:00:00.000Z', until: '2022-03-01T08:15:00.000Z', failures: 5 },
    };
    expect(refusal([failed({}), lock]).message).toBe(
      '用户名或密码错误，多次失败后登录已锁定至 2022-03-01T08:15:00.000Z：请等待，或请管理员检查你的账号。',
    );
  });

  it('tells how long to wait when slowed, and whose failures locked sign-in', () => {
    expect(refusal([failed({ reason: 'THROTTLED', refusedUntil: '2022-03-01T08:00:04.000Z', refusedBy: 'USER' })]).message).toBe(
      '该用户的登录失败次数过多：请等待 4 秒（至 2022-03-01T08:00:04.000Z）后重试。',
    );
    expect(refusal([failed({ reason: 'LOCKED_OUT', refusedUntil: '2022-03-01T08:15:00.000Z', refusedBy: 'ADDRESS' })]).message).toBe(
      '来自你的网络地址的登录因多次失败已锁定至 2022-03-01T08:15:00.000Z：请等到那时，或联系管理员。',
    );
  });

  it('tells a deactivated user, who has proved their password, to ask an administrator', () => {
    expect(refusal([failed({ reason: 'DEACTIVATED' })]).message).toBe(
      '该账号已停用：如仍需使用，请联系管理员。',
    );
  });

  it('throws when given no attempt at all', () => {
    expect(() => loginOutcome([])).toThrow('loginOutcome needs the events of one RecordLoginAttempt');
  });
});
