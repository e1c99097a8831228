import { describe, expect, it } from '@jest/globals';
import { scenario } from '../../test/given.js';
import { describeAuditedEvent } from '../audit/describe-audited-event.js';
import { findingAcceptanceDecider, type AcceptReviewFinding, type FindingAcceptanceEvent } from './finding-acceptance.js';
import { findingKey } from './review-finding.js';
import { reviewTable } from './review-table.js';
import { seedTables } from './test-support/reviewed-document.js';

const given = scenario(findingAcceptanceDecider);
const table3 = seedTables().find((t) => t.seq === 3)!;
const current = reviewTable(table3.content).map((f) => ({ key: findingKey(f), code: f.code, field: f.field, message: f.message }));
const contradiction = current[0]!;
const office = { userId: 'chen.zhuren', roles: ['OFFICE'], unitCode: '323001', sectionId: null };

function accept(change: Partial<AcceptReviewFinding> = {}): AcceptReviewFinding {
  return {
    type: 'AcceptReviewFinding',
    projectCode: table3.projectCode,
    fiscalYear: 2022,
    place: { unitCode: '323001', sectionId: 'employment' },
    key: contradiction.key,
    reason: '描述按统计口径填写，名称沿用上级文件',
    current,
    actor: office,
    ...change,
  };
}

const accepted: FindingAcceptanceEvent = {
  type: 'ReviewFindingAccepted',
  data: {
    projectCode: table3.projectCode,
    fiscalYear: 2022,
    unitCode: '323001',
    key: 'DESCRIPTION_CONTRADICTS_NAME@indicators[2].description',
    code: 'DESCRIPTION_CONTRADICTS_NAME',
    field: 'indicators[2].description',
    message: contradiction.message,
    reason: '描述按统计口径填写，名称沿用上级文件',
    acceptedBy: { userId: 'chen.zhuren', unitCode: '323001', sectionId: null },
  },
};

describe('AcceptReviewFinding', () => {
  it('given seed table 3\'s contradiction, the office accepts it as is with a reason, keeping the finding as it was', () => {
    given([]).when(accept()).then([accepted]);
  });
  it('refuses a second acceptance of the same finding (CONFLICT)', () => {
    given([accepted]).when(accept()).thenThrows('CONFLICT');
  });
  it('refuses without a reason (VALIDATION on reason)', () => {
    given([]).when(accept({ reason: '  ' })).thenThrows('VALIDATION', 'reason');
  });
  it('refuses a finding the table no longer has (VALIDATION on key)', () => {
    given([]).when(accept({ key: 'GOAL_REPEATED@goals[1]' })).thenThrows('VALIDATION', 'key');
  });
  it('refuses a preparer (FORBIDDEN): accepting is a reviewer\'s call', () => {
    given([]).when(accept({ actor: { userId: 'wang.jing', roles: ['PREPARER'], unitCode: '323001', sectionId: 'employment' } })).thenThrows('FORBIDDEN');
  });
  it('refuses another unit\'s office without saying anything about the table (FORBIDDEN)', () => {
    const error = given([]).when(accept({ actor: { ...office, unitCode: '323003' } })).thenThrows('FORBIDDEN');
    expect(error.message).not.toContain('DESCRIPTION_CONTRADICTS_NAME');
  });
});

describe('the audit trail of an acceptance', () => {
  it('tells the cell, what the assistant said and the reviewer\'s reason, on the table\'s subject', () => {
    const described = describeAuditedEvent({ type: accepted.type, data: accepted.data as unknown as Record<string, unknown> });
    expect(described.label).toBe('审核意见保留原样');
    expect(described.reason).toBe('描述按统计口径填写，名称沿用上级文件');
    expect(described.summary).toContain('DESCRIPTION_CONTRADICTS_NAME（indicators[2].description）确认保留原样：第 3 项指标「就业人数登记率」');
    expect(described.subject).toMatchObject({ documentKind: 'TARGET_TABLE', projectCode: table3.projectCode, unitCode: '323001' });
  });
});
