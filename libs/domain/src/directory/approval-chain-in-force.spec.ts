import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../common/domain-error.js';
import { approvalChainInForce } from './approval-chain-in-force.js';
import { initialDirectoryState, type DirectoryState, type UnitRecord } from './directory.state.js';

const withUnits = (...units: UnitRecord[]): DirectoryState => ({ ...initialDirectoryState, units: new Map(units.map((unit) => [unit.unitCode, unit])) });

const leaderChain = [
  { step: 'SECTION', role: 'SECTION_HEAD' },
  { step: 'OFFICE', role: 'OFFICE' },
  { step: 'LEADER', role: 'LEADER' },
] as const;

describe('the approval chain in force for a unit', () => {
  it('is the unit’s configured chain, named by the unit and its version', () => {
    const directory = withUnits({ unitCode: '323001', name: '本级', approvalChain: { version: 2, steps: leaderChain.map((step) => ({ ...step })) } });
    expect(approvalChainInForce(directory, '323001')).toEqual({ chainId: '323001', chainVersion: 2, steps: leaderChain });
  });

  it('for the department’s overall targets is the unit’s chain of that kind, by default office then leader', () => {
    const unit: UnitRecord = { unitCode: '323001', name: '本级', approvalChain: { version: 2, steps: leaderChain.map((step) => ({ ...step })) } };
    expect(approvalChainInForce(withUnits(unit), '323001', 'DEPARTMENT_TARGETS')).toEqual({
      chainId: '323001/department-targets/default',
      chainVersion: 1,
      steps: [
        { step: 'OFFICE', role: 'OFFICE' },
        { step: 'LEADER', role: 'LEADER' },
      ],
    });
    const configured = { ...unit, departmentTargetsChain: { version: 3, steps: [{ step: 'OFFICE' as const, role: 'OFFICE' as const }] } };
    expect(approvalChainInForce(withUnits(configured), '323001', 'DEPARTMENT_TARGETS')).toEqual({
      chainId: '323001/department-targets',
      chainVersion: 3,
      steps: [{ step: 'OFFICE', role: 'OFFICE' }],
    });
  });

  it('is the default chain, section head then office, for a unit never configured', () => {
    const directory = withUnits({ unitCode: '323003', name: '社保中心', approvalChain: null });
    expect(approvalChainInForce(directory, '323003')).toEqual({
      chainId: '323003/default',
      chainVersion: 1,
      steps: [
        { step: 'SECTION', role: 'SECTION_HEAD' },
        { step: 'OFFICE', role: 'OFFICE' },
      ],
    });
  });

  it('is refused (VALIDATION) for a unit missing from the directory, saying who can fix it', () => {
    const refusal = (() => {
      try {
        approvalChainInForce(withUnits(), '323009');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).code).toBe('VALIDATION');
    expect((refusal as DomainError).message).toBe('单位 323009 不在用户目录中：须由管理员先新建该单位，其事项才能提交。');
  });

  it('hands out copies, so a command cannot change the directory’s steps', () => {
    const directory = withUnits({ unitCode: '323003', name: '社保中心', approvalChain: { version: 1, steps: [{ step: 'OFFICE', role: 'OFFICE' }] } });
    approvalChainInForce(directory, '323003').steps[0]!.role = 'LEADER';
    expect(directory.units.get('323003')!.approvalChain!.steps[0]!.role).toBe('OFFICE');
  });
});
