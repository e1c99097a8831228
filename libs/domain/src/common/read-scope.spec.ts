import { describe, expect, it } from '@jest/globals';
import { DomainError } from './domain-error.js';
import { mayReadTargetTable, requireTargetTableFilterInScope, requireTargetTableReadable, targetTableReadScope } from './read-scope.js';
import type { Actor } from './actor.js';

const person = (roles: string[], unitCode: string | null = '323001', sectionId: string | null = null): Actor => ({
  userId: 'u1',
  roles,
  unitCode,
  sectionId,
});

const employmentTable = { unitCode: '323001', sectionId: 'employment' };
const laborTable = { unitCode: '323001', sectionId: 'labor' };
const unsectionedTable = { unitCode: '323001', sectionId: null };
const otherUnitTable = { unitCode: '323003', sectionId: 'insurance' };

function reads(actor: Actor) {
  const scope = targetTableReadScope(actor);
  return [employmentTable, laborTable, unsectionedTable, otherUnitTable].map((table) => mayReadTargetTable(scope, table));
}

function refusal(run: () => void): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('what a person may read', () => {
  it('gives a preparer and a section head their section and the unit’s tables without a section', () => {
    expect(reads(person(['PREPARER'], '323001', 'employment'))).toEqual([true, false, true, false]);
    expect(reads(person(['SECTION_HEAD'], '323001', 'labor'))).toEqual([false, true, true, false]);
  });

  it('gives a section-scoped person placed in no section only the tables without a section', () => {
    expect(reads(person(['PREPARER'], '323001', null))).toEqual([false, false, true, false]);
  });

  it('gives the office and the leader their whole unit', () => {
    expect(reads(person(['OFFICE']))).toEqual([true, true, true, false]);
    expect(reads(person(['LEADER'], '323003'))).toEqual([false, false, false, true]);
  });

  it('gives an auditor and an administrator everything, wherever they are placed', () => {
    expect(reads(person(['AUDITOR']))).toEqual([true, true, true, true]);
    expect(reads(person(['ADMIN'], null))).toEqual([true, true, true, true]);
  });

  it('adds roles up, and gives nothing without a role that reads', () => {
    expect(reads(person(['PREPARER', 'LEADER'], '323003', 'insurance'))).toEqual([false, false, false, true]);
    expect(reads(person(['SECTION_HEAD', 'OFFICE'], '323001', 'employment'))).toEqual([true, true, true, false]);
    expect(reads(person([]))).toEqual([false, false, false, false]);
    expect(reads(person(['OFFICE'], null))).toEqual([false, false, false, false]);
  });
});

describe('requireTargetTableReadable', () => {
  it('passes a table in scope', () => {
    expect(() => requireTargetTableReadable(person(['OFFICE']), laborTable, 'the table')).not.toThrow();
  });

  it('refuses one outside with FORBIDDEN naming who may read it and what the caller is', () => {
    const error = refusal(() => requireTargetTableReadable(person(['PREPARER'], '323001', 'labor'), employmentTable, '项目 P1 2022 年度的目标表'));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe(
      '查看项目 P1 2022 年度的目标表需要 AUDITOR 或 ADMIN 角色、单位 323001 的 OFFICE 或 LEADER，或单位 323001 employment 科室的 PREPARER 或 SECTION_HEAD：你是单位 323001 的 labor 科室的 PREPARER。',
    );
    expect(refusal(() => requireTargetTableReadable(person(['OFFICE'], '323003'), unsectionedTable, 'it')).message).toMatch(
      /单位 323001 的 PREPARER 或 SECTION_HEAD：你是单位 323003（不属于任何科室）的 OFFICE。$/,
    );
    expect(refusal(() => requireTargetTableReadable(person([]), unsectionedTable, 'it')).message).toMatch(/你没有任何角色。$/);
  });
});

describe('requireTargetTableFilterInScope', () => {
  it('lets anyone list without a filter, and an auditor with any', () => {
    expect(() => requireTargetTableFilterInScope(person(['PREPARER'], '323001', 'labor'), {})).not.toThrow();
    expect(() => requireTargetTableFilterInScope(person(['AUDITOR']), { unitCode: '323003', sectionId: 'insurance' })).not.toThrow();
  });

  it('keeps a filter that overlaps the scope', () => {
    expect(() => requireTargetTableFilterInScope(person(['PREPARER'], '323001', 'labor'), { unitCode: '323001' })).not.toThrow();
    expect(() => requireTargetTableFilterInScope(person(['PREPARER'], '323001', 'labor'), { sectionId: 'labor' })).not.toThrow();
    expect(() => requireTargetTableFilterInScope(person(['OFFICE']), { unitCode: '323001', sectionId: 'employment' })).not.toThrow();
  });

  it('refuses a unit or section wholly outside with FORBIDDEN saying so', () => {
    const otherUnit = refusal(() => requireTargetTableFilterInScope(person(['OFFICE']), { unitCode: '323003' }));
    expect(otherUnit.code).toBe('FORBIDDEN');
    expect(otherUnit.message).toMatch(/^列出目标表（单位 323003）需要.*：你是单位 323001（不属于任何科室）的 OFFICE。去掉筛选条件/);
    const otherSection = refusal(() => requireTargetTableFilterInScope(person(['PREPARER'], '323001', 'labor'), { sectionId: 'employment' }));
    expect(otherSection.message).toMatch(/^列出目标表（科室 employment）需要.*你是单位 323001 的 labor 科室的 PREPARER/);
    expect(() => requireTargetTableFilterInScope(person(['OFFICE']), { unitCode: '323003', sectionId: 'insurance' })).toThrow(DomainError);
  });

  it('refuses in the words of a view built on the tables', () => {
    const words = { listing: '查看预算执行', instead: '不填 unitCode 即可查看你可查看的所有单位。' };
    const otherUnit = refusal(() => requireTargetTableFilterInScope(person(['PREPARER', 'LEADER'], '323001', 'labor'), { unitCode: '323003' }, words));
    expect(otherUnit.message).toMatch(/^查看预算执行（单位 323003）需要.*：你是单位 323001 的 labor 科室的 PREPARER 和 LEADER。不填 unitCode 即可查看你可查看的所有单位。$/);
  });
});
