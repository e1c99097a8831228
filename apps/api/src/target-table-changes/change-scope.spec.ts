import { describe, expect, it } from '@jest/globals';
import type { Actor } from '@app/event-store';
import { ApiError } from '../graphql/api-error.js';
import { followedUnits } from './change-scope.js';

const actor = (roles: string[], unitCode: string | null): Actor => ({ userId: 'u1', displayName: '某人', roles, unitCode, sectionId: null });

function refusal(follow: () => unknown): { code: string; message: string } {
  try {
    follow();
  } catch (error) {
    if (error instanceof ApiError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('followedUnits did not refuse');
}

describe('followedUnits', () => {
  it('gives a user their own unit, named or not', () => {
    expect(followedUnits(actor(['PREPARER'], '323001'), null)).toBe('323001');
    expect(followedUnits(actor([], '323001'), '323001')).toBe('323001');
  });

  it('gives an AUDITOR or ADMIN any unit, and every unit when none is named', () => {
    expect(followedUnits(actor(['AUDITOR'], '323001'), '323003')).toBe('323003');
    expect(followedUnits(actor(['ADMIN'], null), null)).toBe('ALL');
  });

  it('refuses another unit, or a user without a unit, with FORBIDDEN naming what is missing', () => {
    expect(refusal(() => followedUnits(actor(['OFFICE', 'LEADER'], '323001'), '323003'))).toEqual({
      code: 'FORBIDDEN',
      message:
        '关注单位 323003 的目标表需要属于该单位，或拥有审计（AUDITOR）或管理员（ADMIN）角色：你属于单位 323001（你的角色是 办公室（OFFICE）、单位负责人（LEADER））。',
    });
    expect(refusal(() => followedUnits(actor([], null), null))).toEqual({
      code: 'FORBIDDEN',
      message: '关注目标表变化需要所属单位：你不属于任何单位，也没有审计（AUDITOR）或管理员（ADMIN）角色（你没有任何角色）。',
    });
    expect(refusal(() => followedUnits(actor([], null), '323001'))).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('你属于无所属单位') });
  });
});
