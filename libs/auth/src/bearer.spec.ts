import { describe, expect, it } from '@jest/globals';
import { bearerToken } from './bearer.js';
import { TokenError } from './token-error.js';

describe('bearerToken', () => {
  it('reads the token of a Bearer header, in any case of the scheme', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken(['bearer   abc.def.ghi  '])).toBe('abc.def.ghi');
  });

  it('refuses a missing or other header with UNAUTHENTICATED, saying what to send', () => {
    for (const header of [undefined, '', 'Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b']) {
      let thrown: unknown;
      try {
        bearerToken(header);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TokenError);
      expect(thrown).toMatchObject({
        code: 'UNAUTHENTICATED',
        problem: 'MISSING',
        message: '请先登录：把 login 返回的令牌放在请求头 "Authorization: Bearer <token>" 中发送。',
      });
    }
  });
});
