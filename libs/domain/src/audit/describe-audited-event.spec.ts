import { describe, expect, it } from '@jest/globals';
import {
  adjustedTable3,
  approve,
  draft,
  historyOf,
  importApproved,
  office,
  proposeAdjustment,
  resubmit,
  returnTo,
  revise,
  sectionHead,
  submit,
  table3,
  withdraw,
} from '../../test/target-table-workflow.js';
import type { DirectoryEvent } from '../directory/directory.events.js';
import type { LoginAttemptEvent } from '../directory/login-attempts.events.js';
import { auditActionKinds } from './audit-action-kind.js';
import { describeAuditedEvent, type AuditedEvent, type AuditTrailAnchored } from './describe-audited-event.js';

const asAudited = (event: { type: string; data: object }): AuditedEvent => event as unknown as AuditedEvent;

describe('describeAuditedEvent', () => {
  const workflow = historyOf([
    draft(),
    revise({ ...table3, purpose: '就业工作经费（补充依据）' }),
    submit(),
    returnTo('PREPARER', 'SECTION', sectionHead, '请补充指标值确定依据'),
    resubmit(),
    approve('SECTION', sectionHead, '同意'),
    approve('OFFICE', office),
    proposeAdjustment(adjustedTable3, undefined, '年中调整培训任务'),
    submit(),
    withdraw(),
  ]).map((event) => ({ event, description: describeAuditedEvent(asAudited(event)) }));

  it('names every step of a table’s workflow with its kind, Chinese label and the table it concerns', () => {
    expect(workflow.map(({ event, description }) => [event.type, description.kind, description.label])).toEqual([
      ['TargetTableDrafted', 'DRAFT', '编制'],
      ['TargetTableDraftRevised', 'REVISE', '修改草稿'],
      ['TargetTableSubmitted', 'SUBMIT', '申报'],
      ['TargetTableReturned', 'RETURN', '退回'],
      ['TargetTableSubmitted', 'SUBMIT', '重新申报'],
      ['TargetTableStepApproved', 'APPROVE', '审核通过'],
      ['TargetTableStepApproved', 'APPROVE', '审核通过'],
      ['TargetTableApproved', 'BASELINE', '批准生效'],
      ['TargetTableAdjustmentProposed', 'ADJUST', '提出调整'],
      ['TargetTableSubmitted', 'SUBMIT', '申报'],
      ['TargetTableSubmissionWithdrawn', 'WITHDRAW', '撤回'],
    ]);
    for (const { description } of workflow) {
      expect(description.subject).toMatchObject({ documentKind: 'TARGET_TABLE', projectCode: '13052922P00584010316P', fiscalYear: 2022, text: 'target table 13052922P00584010316P of 2022' });
    }
  });

  it('says that an imported baseline came from a document, and from which lines', () => {
    const [imported] = historyOf([importApproved()]);
    expect(describeAuditedEvent(asAudited(imported!))).toMatchObject({
      kind: 'IMPORT',
      label: '导入基线',
      summary: 'recorded version 1 of “就业工作经费” as the approved baseline, imported from 2022-julu-hrss-performance-targets.txt (lines 260–352)',
      subject: { projectCode: '13052922P00584010316P', fiscalYear: 2022, unitCode: '323001' },
      version: 1,
    });
  });

  it('says in words which step was decided, why, and which fields a revision or adjustment changed', () => {
    const byType = (type: string, nth = 0) => workflow.filter(({ event }) => event.type === type)[nth]!.description;
    expect(byType('TargetTableDraftRevised').summary).toBe('revised version 1: changed purpose (资金用途)');
    expect(byType('TargetTableStepApproved')).toMatchObject({
      summary: 'approved 「科室负责人审核」步骤 of version 1; the OFFICE step decides next',
      reason: '同意',
      step: 'SECTION',
      version: 1,
    });
    expect(byType('TargetTableStepApproved', 1).summary).toBe('approved 「办公室审核」步骤 of version 1; it was the last step');
    expect(byType('TargetTableReturned')).toMatchObject({
      summary: 'returned version 1 from 「科室负责人审核」步骤 to the preparer (科室经办人)',
      reason: '请补充指标值确定依据',
    });
    expect(byType('TargetTableAdjustmentProposed')).toMatchObject({
      // The baseline has the revised purpose; the adjustment starts again from table 3's own.
      summary: 'proposed version 2 to adjust baseline version 1: changed purpose (资金用途), indicators (绩效指标)',
      reason: '年中调整培训任务',
      version: 2,
      subject: { unitCode: '323001' },
    });
    expect(byType('TargetTableSubmitted', 2).summary).toMatch(/^submitted version 2 \(an adjustment of baseline version 1\) to the chain 科室负责人审核 → 办公室审核/);
  });

  it('leaves the unit to whoever knows the content where a revision does not change it', () => {
    const revised = workflow.find(({ event }) => event.type === 'TargetTableDraftRevised')!.description;
    expect(revised.subject.unitCode).toBeNull();
    expect(workflow[0]!.description.subject.unitCode).toBe('323001');
  });

  it('describes directory events by the unit or user they concern, and never shows a password hash', () => {
    const events: DirectoryEvent[] = [
      { type: 'UnitCreated', data: { unitCode: '323001', name: '巨鹿县人力资源和社会保障局本级' } },
      { type: 'UserRegistered', data: { userId: 'u1', userName: 'zhang', displayName: '张经办', unitCode: '323001', sectionId: 'employment', passwordHash: 'scrypt$secret' } },
      { type: 'RoleGranted', data: { userId: 'u1', role: 'AUDITOR' } },
      { type: 'PasswordChanged', data: { userId: 'u1', passwordHash: 'scrypt$secret2' } },
      { type: 'ApprovalChainConfigured', data: { unitCode: '323001', version: 2, steps: [{ step: 'SECTION', role: 'SECTION_HEAD' }, { step: 'LEADER', role: 'LEADER' }] } },
    ];
    const described = events.map((event) => describeAuditedEvent(asAudited(event)));
    expect(described.map(({ kind, label, summary, subject }) => [kind, label, summary, subject.unitCode, subject.userId])).toEqual([
      ['DIRECTORY', '新建单位', 'created unit 323001 巨鹿县人力资源和社会保障局本级', '323001', null],
      ['DIRECTORY', '登记用户', 'registered user zhang (张经办) in unit 323001, section employment', '323001', 'u1'],
      ['DIRECTORY', '授予角色', 'granted the role AUDITOR (审计) to user u1', null, 'u1'],
      ['DIRECTORY', '修改密码', 'changed the password of user u1', null, 'u1'],
      ['DIRECTORY', '配置审批流程', 'configured version 2 of the approval chain of unit 323001: SECTION by SECTION_HEAD → LEADER by LEADER', '323001', null],
    ]);
    expect(new Set(described.map(({ subject }) => subject.documentKind))).toEqual(new Set(['DIRECTORY']));
    expect(JSON.stringify(described)).not.toContain('secret');
  });

  it('describes sign-in attempts as LOGIN with the reason of a failure', () => {
    const failed: LoginAttemptEvent = {
      type: 'LoginFailed',
      data: { userId: 'u1', userName: 'zhang', address: '10.0.0.7', at: '2026-01-01T00:00:00.000Z', reason: 'WRONG_PASSWORD', refusedUntil: null, refusedBy: null },
    };
    expect(describeAuditedEvent(asAudited(failed))).toMatchObject({
      kind: 'LOGIN',
      label: '登录失败',
      summary: 'failed to sign in as zhang from 10.0.0.7: wrong password',
      subject: { userId: 'u1', text: 'user zhang', documentKind: 'LOGIN' },
    });
  });

  it('describes an event type it does not know neutrally, keeping the project and unit its data names', () => {
    const description = describeAuditedEvent({ type: 'BudgetTransferRecorded', data: { projectCode: 'P1', fiscalYear: 2022, unitCode: '323003', amountFen: 100 } });
    expect(description).toEqual({
      kind: 'OTHER',
      label: '其他操作',
      summary: 'recorded BudgetTransferRecorded',
      subject: { text: 'project P1 of 2022', documentKind: null, projectCode: 'P1', fiscalYear: 2022, unitCode: '323003', userId: null, voucherNumber: null },
      reason: null,
      version: null,
      step: null,
    });
    expect(auditActionKinds).toContain(description.kind);
  });

  it('describes an anchor of the log as INTEGRITY, scoped to no unit', () => {
    const anchored: AuditTrailAnchored = {
      type: 'AuditTrailAnchored',
      data: { anchoredAt: '2023-01-31T00:00:00.000Z', headPosition: '42', streams: { directory: {}, 'ledger-2022-P1': {} }, algorithm: 'HMAC-SHA256' },
    };
    expect(describeAuditedEvent(asAudited(anchored))).toEqual({
      kind: 'INTEGRITY',
      label: '审计锚定',
      summary: 'anchored the audit trail: the last revision and hash of 2 streams up to position 42, signed with HMAC-SHA256',
      subject: { text: 'audit trail up to position 42', documentKind: 'INTEGRITY', projectCode: null, fiscalYear: null, unitCode: null, userId: null, voucherNumber: null },
      reason: null,
      version: null,
      step: null,
    });
  });
});
