import { describe, expect, it } from '@jest/globals';
import { scenario } from '../../test/given.js';
import { leader, office, officeOfOtherUnit, otherPreparer, preparer, sectionHead, sectionId, unitCode } from '../../test/workflow-people.js';
import type { Actor } from '../common/actor.js';
import type { GrantDelegation, PersonInDirectory } from './delegation.commands.js';
import { delegationDecider } from './decide-delegation.js';
import { delegationsTo, evolveDelegations, initialDelegationState, type DelegationEvent } from './delegation.js';

const inDirectory = (actor: Actor): PersonInDirectory => ({ ...actor, active: true });
/** 分管副局长: reads every document of the unit. */
const substitute: Actor = { userId: 'xu.ming', roles: ['LEADER'], unitCode, sectionId: null };

const grant = (overrides: Partial<GrantDelegation> = {}): GrantDelegation => ({
  type: 'GrantDelegation',
  actor: office,
  unitCode,
  sectionId: null,
  role: 'OFFICE',
  delegatorUserId: 'huang.yan',
  substituteUserId: substitute.userId,
  validFrom: '2023-03-01',
  validUntil: '2023-03-31',
  reason: '黄燕 3 月出差，办公室审核由徐明代理',
  people: { delegator: { userId: 'huang.yan', roles: ['OFFICE'], unitCode, sectionId: 'office', active: true }, substitute: inDirectory(substitute) },
  ...overrides,
});

describe('naming and revoking a substitute (代理审批)', () => {
  const given = scenario(delegationDecider);

  it('is an event of the unit, numbered within it, that the substitute’s decisions are weighed against', () => {
    const events = given([]).when(grant()).then([
      {
        type: 'DelegationGranted',
        data: {
          delegationId: '323001-D1',
          unitCode,
          sectionId: null,
          role: 'OFFICE',
          delegatorUserId: 'huang.yan',
          substituteUserId: 'xu.ming',
          validFrom: '2023-03-01',
          validUntil: '2023-03-31',
          reason: '黄燕 3 月出差，办公室审核由徐明代理',
          grantedBy: { userId: office.userId, unitCode, sectionId: 'office' },
        },
      },
    ]);
    const state = (events as DelegationEvent[]).reduce(evolveDelegations, initialDelegationState);
    expect(delegationsTo(state, 'xu.ming').map((delegation) => delegation.delegationId)).toEqual(['323001-D1']);
    expect(delegationsTo(state, office.userId)).toEqual([]);
    given(events).when(grant()).thenEventTypes(['DelegationGranted']);
  });

  it('is made by the unit’s office or leader only; the leader’s own step only by the leader', () => {
    given([]).when(grant({ actor: leader })).thenEventTypes(['DelegationGranted']);
    given([]).when(grant({ actor: sectionHead })).thenThrows('FORBIDDEN');
    given([]).when(grant({ actor: officeOfOtherUnit })).thenThrows('FORBIDDEN');
    const forLeader = { role: 'LEADER', delegatorUserId: leader.userId, people: { delegator: inDirectory(leader), substitute: inDirectory(substitute) } };
    expect(given([]).when(grant(forLeader)).thenThrows('FORBIDDEN').message).toContain('只能由单位负责人本人委托');
    given([]).when(grant({ ...forLeader, actor: leader })).thenEventTypes(['DelegationGranted']);
  });

  it('names a holder of the role and a substitute of the same unit, not the same person, not the granter, for days that are days', () => {
    given([]).when(grant({ delegatorUserId: preparer.userId, people: { delegator: inDirectory(preparer), substitute: inDirectory(substitute) } })).thenThrows('VALIDATION', 'delegatorUserId');
    given([]).when(grant({ people: { delegator: grant().people.delegator, substitute: inDirectory(officeOfOtherUnit) } })).thenThrows('VALIDATION', 'substituteUserId');
    given([]).when(grant({ people: { delegator: grant().people.delegator, substitute: null } })).thenThrows('VALIDATION', 'substituteUserId');
    given([]).when(grant({ substituteUserId: 'huang.yan' })).thenThrows('VALIDATION', 'substituteUserId');
    expect(given([]).when(grant({ substituteUserId: office.userId, people: { delegator: grant().people.delegator, substitute: inDirectory(office) } })).thenThrows('VALIDATION', 'substituteUserId').problems[0]!.message).toContain('不能指定自己');
    given([]).when(grant({ validUntil: '2023-02-28' })).thenThrows('VALIDATION', 'validUntil');
    given([]).when(grant({ validFrom: '三月一日' })).thenThrows('VALIDATION', 'validFrom');
    given([]).when(grant({ reason: ' ' })).thenThrows('VALIDATION', 'reason');
    // A substitute decides only what they may read: the office's step needs someone who reads the whole unit.
    const preparerOfOtherSection: Actor = { userId: 'qian.na', roles: ['PREPARER'], unitCode, sectionId: 'labour-relations' };
    const unread = given([]).when(grant({ substituteUserId: 'qian.na', people: { delegator: grant().people.delegator, substitute: inDirectory(preparerOfOtherSection) } })).thenThrows('VALIDATION', 'substituteUserId');
    expect(unread.problems[0]!.message).toContain('不能查看其要代为审核的文件');
    const forSection = { role: 'SECTION_HEAD', sectionId, delegatorUserId: sectionHead.userId };
    given([]).when(grant({ ...forSection, substituteUserId: 'qian.na', people: { delegator: inDirectory(sectionHead), substitute: inDirectory(preparerOfOtherSection) } })).thenThrows('VALIDATION', 'substituteUserId');
    given([]).when(grant({ ...forSection, substituteUserId: 'zhao.lei', people: { delegator: inDirectory(sectionHead), substitute: inDirectory(otherPreparer) } })).thenEventTypes(['DelegationGranted']);
    given([]).when(grant({ role: 'PREPARER' })).thenThrows('VALIDATION', 'role');
    given([]).when(grant({ role: 'SECTION_HEAD', delegatorUserId: sectionHead.userId, people: { delegator: inDirectory(sectionHead), substitute: inDirectory(substitute) } })).thenThrows('VALIDATION', 'sectionId');
    given([])
      .when(grant({ role: 'SECTION_HEAD', sectionId, delegatorUserId: sectionHead.userId, people: { delegator: inDirectory(sectionHead), substitute: inDirectory(substitute) } }))
      .thenEventTypes(['DelegationGranted']);
  });

  it('is revoked once, by whoever may name it, with a reason', () => {
    const granted = given([]).when(grant()).thenEventTypes(['DelegationGranted']) as DelegationEvent[];
    const revoke = { type: 'RevokeDelegation', actor: leader, unitCode, delegationId: '323001-D1', reason: '黄燕提前返岗' } as const;
    const revoked = given(granted).when(revoke).then([{ type: 'DelegationRevoked', data: { delegationId: '323001-D1', unitCode, reason: '黄燕提前返岗', revokedBy: { userId: leader.userId, unitCode, sectionId: null } } }]);
    const state = [...granted, ...revoked].reduce(evolveDelegations, initialDelegationState);
    expect(delegationsTo(state, 'xu.ming')[0]).toMatchObject({ revoked: true, revokeReason: '黄燕提前返岗' });
    given([...granted, ...revoked]).when(revoke).thenThrows('CONFLICT');
    given(granted).when({ ...revoke, actor: sectionHead }).thenThrows('FORBIDDEN');
    given(granted).when({ ...revoke, delegationId: '323001-D9' }).thenThrows('NOT_FOUND');
    given(granted).when({ ...revoke, reason: '' }).thenThrows('VALIDATION', 'reason');
  });
});
