/**
 * What kind of thing a person did, for filtering the audit trail. Step approvals (APPROVE)
 * are kept apart from the approval that completes a chain (BASELINE), so that asking who
 * approved a step finds the step's decision once, not also the final approval it made. The
 * kinds of the approval chain are shared by every reviewed document (target table, mid-term
 * review, final evaluation): "who approved at the office step" is one question for all of
 * them, and the document kind tells them apart.
 */
export const auditActionKinds = [
  'DRAFT',
  'REVISE',
  'SUBMIT',
  'APPROVE',
  'BASELINE',
  'RETURN',
  'WITHDRAW',
  'ADJUST',
  'IMPORT',
  'DISBURSE',
  'REVERSE',
  'PROGRESS',
  'MIDTERM',
  'EVALUATE',
  'INTEGRITY',
  'DIRECTORY',
  'LOGIN',
  'RECTIFY',
  'CONFIGURE',
  'NOTIFY',
  'DELEGATE',
  'OTHER',
] as const;

export type AuditActionKind = (typeof auditActionKinds)[number];

export const auditActionKindLabels: Readonly<Record<AuditActionKind, string>> = {
  DRAFT: '编制',
  REVISE: '修改',
  SUBMIT: '申报',
  APPROVE: '审核通过',
  BASELINE: '批准生效',
  RETURN: '退回',
  WITHDRAW: '撤回',
  ADJUST: '调整',
  IMPORT: '导入',
  DISBURSE: '支出登记',
  REVERSE: '冲销',
  PROGRESS: '进度填报',
  MIDTERM: '中期监控',
  EVALUATE: '绩效自评',
  INTEGRITY: '完整性锚定',
  DIRECTORY: '目录管理',
  LOGIN: '登录',
  RECTIFY: '整改',
  CONFIGURE: '设置',
  NOTIFY: '通知',
  DELEGATE: '代理审批',
  OTHER: '其他',
};
