import type { Role, TargetTableStatus } from './graphql/documents';

export const roleLabels: Record<Role, string> = {
  PREPARER: '科室经办人',
  SECTION_HEAD: '科室负责人',
  OFFICE: '办公室',
  LEADER: '单位负责人',
  AUDITOR: '审计',
  ADMIN: '管理员',
};

export const statusColors: Record<TargetTableStatus, string> = {
  DRAFT: 'default',
  IN_REVIEW: 'processing',
  RETURNED: 'error',
  APPROVED: 'success',
  ADJUSTING: 'warning',
};

export const statusLabels: Record<TargetTableStatus, string> = {
  DRAFT: '草稿',
  IN_REVIEW: '审核中',
  RETURNED: '已退回',
  APPROVED: '已批准',
  ADJUSTING: '调整中',
};

/** The steps of an approval chain as the forms name them. */
export const stepLabels: Record<string, string> = {
  SECTION: '科室负责人审核',
  OFFICE: '办公室审核',
  LEADER: '单位负责人审核',
  PREPARER: '经办人',
};

export const inboxKindLabels: Record<string, string> = {
  TARGET_TABLE_REVIEW: '绩效目标表审核',
  MIDTERM_REVIEW: '绩效运行监控审核',
  FINAL_EVALUATION: '绩效自评审核',
  DEPARTMENT_TARGETS: '部门整体绩效目标审核',
  DEPARTMENT_EVALUATION: '部门整体支出绩效自评审核',
};

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString('zh-CN', { hour12: false });
}

/** How long something has waited, in words: 3 天 2 小时, 5 分钟. */
export function waitingFor(sinceIso: string, now = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(sinceIso)) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `${days} 天 ${hours} 小时`;
  if (hours > 0) return `${hours} 小时 ${minutes % 60} 分钟`;
  return `${minutes} 分钟`;
}
