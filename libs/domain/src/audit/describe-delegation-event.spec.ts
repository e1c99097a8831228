import { describe, expect, it } from '@jest/globals';
import { approve, draft, historyOf, office, sectionHead, submit, unitCode } from '../../test/target-table-workflow.js';
import { namePeople } from '../messages/person-marker.js';
import { describeAuditedEvent, type AuditedEvent } from './describe-audited-event.js';

const asAudited = (event: { type: string; data: object }): AuditedEvent => event as unknown as AuditedEvent;
const names: Record<string, string> = { 'xu.ming': '徐明', 'huang.yan': '黄燕', [office.userId]: '陈红' };
const named = (text: string) => namePeople(text, (userId) => names[userId]);

describe('代理审批 in the audit trail', () => {
  it('says a substitute’s decision was made for the role’s holder; other decisions read as before', () => {
    const substitute = { userId: 'xu.ming', roles: ['LEADER'], unitCode, sectionId: null };
    const substitution = {
      now: '2023-03-10T02:00:00Z',
      awaitedSince: '2023-03-01T02:00:00Z',
      decisionDays: 5,
      escalationDays: 3,
      delegations: [{ delegationId: '323001-D1', unitCode, sectionId: null, role: 'OFFICE' as const, delegatorUserId: office.userId, substituteUserId: 'xu.ming', validFrom: '2023-03-01', validUntil: '2023-03-31', revoked: false }],
    };
    const events = historyOf([draft(), submit(), approve('SECTION', sectionHead), { ...approve('OFFICE', substitute), substitution }]);
    const [bySectionHead, bySubstitute] = events.filter((event) => event.type === 'TargetTableStepApproved').map((event) => describeAuditedEvent(asAudited(event)));
    expect(named(bySubstitute!.summary)).toBe('代 陈红 批准第 1 版的「办公室审核」步骤；这是最后一步（代理审批）');
    expect(bySubstitute!.kind).toBe('APPROVE');
    expect(bySectionHead!.summary).not.toContain('代理');
  });

  it('tells who named whom for whom, for which days, and a revocation, in the unit’s history', () => {
    const granted = describeAuditedEvent(
      asAudited({
        type: 'DelegationGranted',
        data: { delegationId: '323001-D1', unitCode, sectionId: null, role: 'OFFICE', delegatorUserId: 'huang.yan', substituteUserId: 'xu.ming', validFrom: '2023-03-01', validUntil: '2023-03-31', reason: '出差', grantedBy: { userId: office.userId, unitCode, sectionId: 'office' } },
      }),
    );
    expect(granted).toMatchObject({ kind: 'DELEGATE', label: '指定代理', reason: '出差', subject: { unitCode } });
    expect(named(granted.summary)).toContain('指定 徐明 代 黄燕 审核单位 323001 的「办公室审核」步骤');
    expect(named(granted.summary)).toContain('2023-03-01 至 2023-03-31');
    const revoked = describeAuditedEvent(asAudited({ type: 'DelegationRevoked', data: { delegationId: '323001-D1', unitCode, reason: '提前返岗', revokedBy: { userId: office.userId, unitCode, sectionId: 'office' } } }));
    expect(revoked).toMatchObject({ kind: 'DELEGATE', label: '撤销代理', reason: '提前返岗', subject: { unitCode } });
  });
});
