/**
 * What an audited event was done to, for filtering the trail: the approval kinds (SUBMIT,
 * APPROVE, …) are shared by every reviewed document, so this is what tells a table's office
 * approval from an evaluation's.
 */
export const auditDocumentKinds = ['TARGET_TABLE', 'LEDGER', 'MIDTERM_REVIEW', 'FINAL_EVALUATION', 'DEPARTMENT_TARGETS', 'DEPARTMENT_EVALUATION', 'DIRECTORY', 'LOGIN', 'INTEGRITY', 'RECTIFICATION', 'CALENDAR', 'NOTIFICATION'] as const;

export type AuditDocumentKind = (typeof auditDocumentKinds)[number];

export const auditDocumentKindLabels: Readonly<Record<AuditDocumentKind, string>> = {
  TARGET_TABLE: '项目绩效目标表',
  LEDGER: '支出台账',
  MIDTERM_REVIEW: '绩效运行监控',
  FINAL_EVALUATION: '绩效自评',
  DEPARTMENT_TARGETS: '部门整体绩效目标',
  DEPARTMENT_EVALUATION: '部门整体支出绩效自评',
  DIRECTORY: '用户与机构',
  LOGIN: '登录记录',
  INTEGRITY: '审计锚点',
  RECTIFICATION: '整改事项',
  CALENDAR: '工作日历',
  NOTIFICATION: '通知',
};
