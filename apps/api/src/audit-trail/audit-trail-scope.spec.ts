import { describe, expect, it } from '@jest/globals';
import type { Actor } from '@app/event-store';
import { ApiError } from '../graphql/api-error.js';
import { scopedAuditTrailFilter } from './audit-trail-scope.js';

const person = (roles: string[], unitCode: string | null): Actor => ({ userId: 'u', displayName: 'u', roles, unitCode, sectionId: null });

function refusal(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a refusal');
}

describe('scopedAuditTrailFilter', () => {
  it('lets AUDITOR and ADMIN ask for anything, other units and sign-ins included', () => {
    const filter = { unitCode: '323003', kind: 'LOGIN' };
    expect(scopedAuditTrailFilter(person(['AUDITOR'], '323001'), filter)).toEqual(filter);
    expect(scopedAuditTrailFilter(person(['ADMIN'], null), filter)).toEqual(filter);
  });

  it('narrows everyone else to their own unit, without sign-in attempts', () => {
    expect(scopedAuditTrailFilter(person(['OFFICE'], '323001'), { kind: 'APPROVE' })).toEqual({ kind: 'APPROVE', unitCode: '323001', excludedKinds: ['LOGIN'] });
    expect(scopedAuditTrailFilter(person(['PREPARER'], '323001'), { unitCode: '323001' })).toEqual({ unitCode: '323001', excludedKinds: ['LOGIN'] });
  });

  it('refuses another unit, sign-in attempts and callers without a unit, saying what is missing', () => {
    const otherUnit = refusal(() => scopedAuditTrailFilter(person(['LEADER'], '323001'), { unitCode: '323003' }));
    expect(otherUnit.code).toBe('FORBIDDEN');
    expect(otherUnit.message).toMatch(/AUDITOR.*ADMIN.*只能查看本单位 323001 的记录，不能查看单位 323003 的记录/);
    expect(refusal(() => scopedAuditTrailFilter(person(['OFFICE'], '323001'), { kind: 'LOGIN' })).message).toMatch(/登录记录/);
    expect(refusal(() => scopedAuditTrailFilter(person(['OFFICE'], '323001'), { documentKind: 'LOGIN' })).message).toMatch(/登录记录/);
    expect(refusal(() => scopedAuditTrailFilter(person(['PREPARER'], null), {})).message).toMatch(/你不属于任何单位/);
  });
});
