import { directoryEventTypes, type DirectoryEvent } from '../directory/directory.events.js';
import { loginAttemptEventTypes, type LoginAttemptEvent, type LoginFailureReason } from '../directory/login-attempts.events.js';
import { roleLabels } from '../directory/roles.js';
import { returnToPreparer } from '../target-table/submission-chain.js';
import { revisedFields, targetTableContentFields } from '../target-table/target-table-diff.js';
import { approvalStepLabel, stepPhrase } from '../target-table/target-table-labels.js';
import { targetTableEventTypes, type TargetTableContent, type TargetTableEvent } from '../target-table/target-table.events.js';
import type { AuditActionKind } from './audit-action-kind.js';

/** A stored event as the audit trail reads it: its type and data, whatever capability wrote it. */
export interface AuditedEvent {
  type: string;
  data: Record<string, unknown>;
}

/** What an event was done to. */
export interface AuditSubject {
  /** In words, e.g. "target table 13052922P00584010316P of 2022". */
  text: string;
  projectCode: string | null;
  fiscalYear: number | null;
  /** The unit the subject belongs to, where the event itself says so. */
  unitCode: string | null;
  /** The user a directory or sign-in event concerns. */
  userId: string | null;
}

/** An event in the words of the audit trail. */
export interface AuditDescription {
  kind: AuditActionKind;
  /** The action in Chinese, e.g. 审核通过. */
  label: string;
  /** The action in English words, e.g. "approved the section head step (科室负责人审核) of version 1". */
  summary: string;
  subject: AuditSubject;
  /** The reason of a return or an adjustment, or the comment of an approval. */
  reason: string | null;
  /** The target table version the event concerns. */
  version: number | null;
  /** The approval step decided. */
  step: string | null;
}

/** The events this build knows; every other type is described neutrally. */
export type KnownAuditedEvent = TargetTableEvent | DirectoryEvent | LoginAttemptEvent;

const knownTypes: ReadonlySet<string> = new Set<string>([...targetTableEventTypes, ...directoryEventTypes, ...loginAttemptEventTypes]);

export function describeAuditedEvent(event: AuditedEvent): AuditDescription {
  return knownTypes.has(event.type) ? describeKnown(event as unknown as KnownAuditedEvent) : describeOther(event);
}

function describeKnown(event: KnownAuditedEvent): AuditDescription {
  switch (event.type) {
    case 'TargetTableDrafted': {
      const { version, content } = event.data;
      return onTable(event, 'DRAFT', '编制', `drafted version ${version} of “${content.name}” for unit ${content.unitCode}`, { unitCode: content.unitCode });
    }
    case 'TargetTableDraftRevised': {
      const { version, changes } = event.data;
      return onTable(event, 'REVISE', '修改草稿', `revised version ${version}: changed ${fieldList(revisedFields(changes))}`, {
        unitCode: changes.unitCode ?? null,
      });
    }
    case 'TargetTableSubmitted': {
      const { version, content, chain, resubmission, warnings, baselineVersion } = event.data;
      const adjustment = baselineVersion === null ? '' : ` (an adjustment of baseline version ${baselineVersion})`;
      const warned = warnings.length === 0 ? '' : `, with ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
      const route = chain.steps.map(approvalStepLabel).join(' → ');
      const summary = `${resubmission ? 'resubmitted' : 'submitted'} version ${version}${adjustment} to the chain ${route}${warned}`;
      return onTable(event, 'SUBMIT', resubmission ? '重新申报' : '申报', summary, { unitCode: content.unitCode });
    }
    case 'TargetTableStepApproved': {
      const { version, step, role, comment, nextStep } = event.data;
      const next = nextStep === null ? 'it was the last step' : `the ${nextStep} step decides next`;
      return onTable(event, 'APPROVE', '审核通过', `approved ${stepPhrase({ step, role })} of version ${version}; ${next}`, { reason: comment, step });
    }
    case 'TargetTableApproved': {
      const { version, replacedBaselineVersion } = event.data;
      const replacing = replacedBaselineVersion === null ? '' : `, replacing version ${replacedBaselineVersion}`;
      return onTable(event, 'BASELINE', '批准生效', `version ${version}, approved at every step, is the year's baseline${replacing}`, {
        unitCode: event.data.content.unitCode,
      });
    }
    case 'TargetTableReturned': {
      const { version, step, role, reason, to } = event.data;
      const whom = to === returnToPreparer ? 'the preparer (科室经办人)' : `the ${to} step`;
      return onTable(event, 'RETURN', '退回', `returned version ${version} from ${stepPhrase({ step, role })} to ${whom}`, { reason, step });
    }
    case 'TargetTableSubmissionWithdrawn':
      return onTable(event, 'WITHDRAW', '撤回', `withdrew the submission of version ${event.data.version} before any step decided it`, {});
    case 'TargetTableAdjustmentProposed': {
      const { version, baselineVersion, reason, changedFields, content } = event.data;
      const summary = `proposed version ${version} to adjust baseline version ${baselineVersion}: changed ${fieldList(changedFields)}`;
      return onTable(event, 'ADJUST', '提出调整', summary, { reason, unitCode: content.unitCode });
    }
    case 'TargetTableBaselineImported': {
      const { version, content, source } = event.data;
      const summary = `recorded version ${version} of “${content.name}” as the approved baseline, imported from ${source.name} (lines ${source.lines.from}–${source.lines.to})`;
      return onTable(event, 'IMPORT', '导入基线', summary, { unitCode: content.unitCode });
    }
    case 'UnitCreated': {
      const { unitCode, name } = event.data;
      return directory('新建单位', `created unit ${unitCode} ${name}`, { text: `unit ${unitCode}`, unitCode });
    }
    case 'SectionCreated': {
      const { unitCode, sectionId, name } = event.data;
      return directory('新建科室', `created section ${sectionId} (${name}) in unit ${unitCode}`, { text: `section ${sectionId} of unit ${unitCode}`, unitCode });
    }
    case 'UserRegistered': {
      const { userId, userName, displayName, unitCode, sectionId } = event.data;
      const place = unitCode === null ? 'without a unit' : `in unit ${unitCode}${sectionId === null ? '' : `, section ${sectionId}`}`;
      return directory('登记用户', `registered user ${userName} (${displayName}) ${place}`, { text: `user ${userName}`, unitCode, userId });
    }
    case 'RoleGranted': {
      const { userId, role } = event.data;
      return directory('授予角色', `granted the role ${role} (${roleLabels[role]}) to user ${userId}`, aboutUser(userId));
    }
    case 'RoleRevoked': {
      const { userId, role } = event.data;
      return directory('撤销角色', `revoked the role ${role} (${roleLabels[role]}) of user ${userId}`, aboutUser(userId));
    }
    case 'PasswordChanged':
      return directory('修改密码', `changed the password of user ${event.data.userId}`, aboutUser(event.data.userId));
    case 'UserDeactivated':
      return directory('停用用户', `deactivated user ${event.data.userId}`, aboutUser(event.data.userId));
    case 'ApprovalChainConfigured': {
      const { unitCode, version, steps } = event.data;
      const route = steps.map(({ step, role }) => `${step} by ${role}`).join(' → ');
      return directory('配置审批流程', `configured version ${version} of the approval chain of unit ${unitCode}: ${route}`, {
        text: `approval chain of unit ${unitCode}`,
        unitCode,
      });
    }
    case 'LoginSucceeded': {
      const { userId, userName, address } = event.data;
      return login('登录成功', `signed in as ${userName} from ${address}`, userId, userName);
    }
    case 'LoginFailed': {
      const { userId, userName, address, reason } = event.data;
      return login('登录失败', `failed to sign in as ${userName ?? 'a name that belongs to nobody'} from ${address}: ${failureWords[reason]}`, userId, userName);
    }
    case 'UserLockedOut': {
      const { userId, userName, until, failures } = event.data;
      return login('账户锁定', `locked sign-in as ${userName ?? 'unknown names'} until ${until} after ${failures} failures`, userId, userName);
    }
    case 'AddressLockedOut': {
      const { userId, userName, address, until, failures } = event.data;
      return login('地址锁定', `locked sign-in from ${address} until ${until} after ${failures} failures`, userId, userName);
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown audited event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

/** 项目名称, 资金用途, … as the form prints them, so a list of changed fields reads like the form. */
const contentFieldLabels: Readonly<Record<keyof TargetTableContent, string>> = {
  name: '项目名称',
  unitCode: '单位编码',
  unitName: '单位名称',
  sectionId: '科室',
  budget: '预算数',
  purpose: '资金用途',
  spendingPlan: '资金支出计划',
  goals: '绩效目标',
  indicators: '绩效指标',
};

function fieldList(fields: ReadonlyArray<keyof TargetTableContent>): string {
  if (fields.length === 0) return 'nothing';
  return targetTableContentFields
    .filter((field) => fields.includes(field))
    .map((field) => `${field} (${contentFieldLabels[field]})`)
    .join(', ');
}

const failureWords: Readonly<Record<LoginFailureReason, string>> = {
  WRONG_PASSWORD: 'wrong password',
  UNKNOWN_USER: 'no user has this name',
  DEACTIVATED: 'the account is deactivated',
  THROTTLED: 'refused without checking: too soon after earlier failures',
  LOCKED_OUT: 'refused without checking: sign-in is locked',
};

function onTable(
  event: TargetTableEvent,
  kind: AuditActionKind,
  label: string,
  summary: string,
  details: { unitCode?: string | null; reason?: string | null; step?: string },
): AuditDescription {
  const { projectCode, fiscalYear, version } = event.data;
  return {
    kind,
    label,
    summary,
    subject: { text: `target table ${projectCode} of ${fiscalYear}`, projectCode, fiscalYear, unitCode: details.unitCode ?? null, userId: null },
    reason: details.reason ?? null,
    version,
    step: details.step ?? null,
  };
}

function directory(label: string, summary: string, subject: { text: string; unitCode?: string | null; userId?: string }): AuditDescription {
  return {
    kind: 'DIRECTORY',
    label,
    summary,
    subject: { text: subject.text, projectCode: null, fiscalYear: null, unitCode: subject.unitCode ?? null, userId: subject.userId ?? null },
    reason: null,
    version: null,
    step: null,
  };
}

function aboutUser(userId: string): { text: string; userId: string } {
  return { text: `user ${userId}`, userId };
}

function login(label: string, summary: string, userId: string | null, userName: string | null): AuditDescription {
  return {
    kind: 'LOGIN',
    label,
    summary,
    subject: { text: userName === null ? 'a name that belongs to nobody' : `user ${userName}`, projectCode: null, fiscalYear: null, unitCode: null, userId },
    reason: null,
    version: null,
    step: null,
  };
}

/**
 * An event of a capability this build does not describe: its type is told as it is, and a
 * project, year or unit in its data still lets the trail be filtered and scoped by them.
 */
function describeOther({ type, data }: AuditedEvent): AuditDescription {
  const projectCode = typeof data.projectCode === 'string' ? data.projectCode : null;
  const fiscalYear = typeof data.fiscalYear === 'number' ? data.fiscalYear : null;
  const unitCode = typeof data.unitCode === 'string' ? data.unitCode : null;
  const text = projectCode === null ? (unitCode === null ? type : `unit ${unitCode}`) : `project ${projectCode}${fiscalYear === null ? '' : ` of ${fiscalYear}`}`;
  return {
    kind: 'OTHER',
    label: '其他操作',
    summary: `recorded ${type}`,
    subject: { text, projectCode, fiscalYear, unitCode, userId: null },
    reason: null,
    version: typeof data.version === 'number' ? data.version : null,
    step: null,
  };
}
