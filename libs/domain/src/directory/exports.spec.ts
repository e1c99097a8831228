import { describe, expect, it } from '@jest/globals';
import * as domain from '../index.js';

describe('@app/domain exports the directory', () => {
  it('exposes both deciders, their parts and the helpers sign-in needs', () => {
    expect(domain.directoryDecider.decide).toBe(domain.decideDirectory);
    expect(domain.directoryDecider.evolve).toBe(domain.evolveDirectory);
    expect(domain.directoryDecider.initialState).toBe(domain.initialDirectoryState);
    expect(domain.directoryStreamId).toBe('directory');
    expect(domain.loginAttemptsDecider.decide).toBe(domain.decideLoginAttempts);
    expect(domain.loginAttemptsDecider.evolve).toBe(domain.evolveLoginAttempts);
    expect(domain.loginAttemptsStreamId('u-1')).toBe('login-user-u-1');
    expect(domain.normalizeUserName(' ZhangSan ')).toBe('zhangsan');
    expect(typeof domain.userByName).toBe('function');
    expect(typeof domain.loginThrottle).toBe('function');
    expect(typeof domain.loginOutcome).toBe('function');
    expect(typeof domain.addressLoginRecords).toBe('function');
    expect(typeof domain.withoutSecrets).toBe('function');
    expect(domain.allRoles).toEqual(['PREPARER', 'SECTION_HEAD', 'OFFICE', 'LEADER', 'AUDITOR', 'ADMIN']);
    expect(domain.defaultApprovalChainSteps).toEqual([
      { step: 'SECTION', role: 'SECTION_HEAD' },
      { step: 'OFFICE', role: 'OFFICE' },
    ]);
  });
});
