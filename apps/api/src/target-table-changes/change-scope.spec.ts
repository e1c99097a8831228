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
        'Following the target tables of unit 323003 needs membership of that unit, or the AUDITOR (审计) or ADMIN (管理员) role: you belong to unit 323001 (you have OFFICE, LEADER).',
    });
    expect(refusal(() => followedUnits(actor([], null), null))).toEqual({
      code: 'FORBIDDEN',
      message: 'Following target-table changes needs a unit: you belong to no unit and have neither the AUDITOR (审计) nor the ADMIN (管理员) role (you have no role).',
    });
    expect(refusal(() => followedUnits(actor([], null), '323001'))).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('you belong to no unit') });
  });
});
