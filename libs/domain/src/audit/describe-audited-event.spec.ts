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
      expect(description.subject).toMatchObject({ documentKind: 'TARGET_TABLE', projectCode: '13052922P00584010316P', fiscalYear: 2022, text: '目标表 13052922P00584010316P（2022 年度）' });
    }
  });

  it('says that an imported baseline came from a document, and from which lines', () => {
    const [imported] = historyOf([importApproved()]);
    expect(describeAuditedEvent(asAudited(imported!))).toMatchObject({
      kind: 'IMPORT',
      label: '导入基线',
      summary: '把「就业工作经费」第 1 版记为已批准的基线，导入自 2022-julu-hrss-performance-targets.txt（第 260–352 行）',
      subject: { projectCode: '13052922P00584010316P', fiscalYear: 2022, unitCode: '323001' },
      version: 1,
    });
  });

  it('says in words which step was decided, why, and which fields a revision or adjustment changed', () => {
    const byType = (type: string, nth = 0) => workflow.filter(({ event }) => event.type === type)[nth]!.description;
    expect(byType('TargetTableDraftRevised').summary).toBe('修改第 1 版：改动了 资金用途（purpose）');
    expect(byType('TargetTableStepApproved')).toMatchObject({
      summary: '批准第 1 版的「科室负责人审核」步骤；下一步为「办公室审核」步骤',
      reason: '同意',
      step: 'SECTION',
      version: 1,
    });
    expect(byType('TargetTableStepApproved', 1).summary).toBe('批准第 1 版的「办公室审核」步骤；这是最后一步');
    expect(byType('TargetTableReturned')).toMatchObject({
      summary: '把第 1 版从「科室负责人审核」步骤退回经办人（科室经办人）',
      reason: '请补充指标值确定依据',
    });
    expect(byType('TargetTableAdjustmentProposed')).toMatchObject({
      // The baseline has the revised purpose; the adjustment starts again from table 3's own.
      summary: '提出第 2 版，调整基线第 1 版：改动了 资金用途（purpose），绩效指标（indicators）',
      reason: '年中调整培训任务',
      version: 2,
      subject: { unitCode: '323001' },
    });
    expect(byType('TargetTableSubmitted', 2).summary).toMatch(/^提交第 2 版（调整基线第 1 版），审批流程 科室负责人审核 → 办公室审核/);
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
      ['DIRECTORY', '新建单位', '新建单位 323001 巨鹿县人力资源和社会保障局本级', '323001', null],
      ['DIRECTORY', '登记用户', '登记用户 zhang（张经办），单位 323001，科室 employment', '323001', 'u1'],
      ['DIRECTORY', '授予角色', '把角色 审计（AUDITOR）授予用户 u1', null, 'u1'],
      ['DIRECTORY', '修改密码', '修改用户 u1 的密码', null, 'u1'],
      ['DIRECTORY', '配置审批流程', '配置单位 323001 的审批链第 2 版：SECTION（科室负责人（SECTION_HEAD）） → LEADER（单位负责人（LEADER））', '323001', null],
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
      summary: '以 zhang 从 10.0.0.7 登录失败：密码错误',
      subject: { userId: 'u1', text: '用户 zhang', documentKind: 'LOGIN' },
    });
  });

  it('describes an event type it does not know neutrally, keeping the project and unit its data names', () => {
    const description = describeAuditedEvent({ type: 'BudgetTransferRecorded', data: { projectCode: 'P1', fiscalYear: 2022, unitCode: '323003', amountFen: 100 } });
    expect(description).toEqual({
      kind: 'OTHER',
      label: '其他操作',
      summary: '记录了 BudgetTransferRecorded',
      subject: { text: '项目 P1（2022 年度）', documentKind: null, projectCode: 'P1', fiscalYear: 2022, unitCode: '323003', userId: null, voucherNumber: null },
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
      summary: '锚定审计轨迹：截至位置 42 的 2 个流的最后版本号和散列，以 HMAC-SHA256 签名',
      subject: { text: '截至位置 42 的审计轨迹', documentKind: 'INTEGRITY', projectCode: null, fiscalYear: null, unitCode: null, userId: null, voucherNumber: null },
      reason: null,
      version: null,
      step: null,
    });
  });
});
