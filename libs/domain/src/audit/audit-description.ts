import { messages } from '../messages/messages.js';
import type { AuditActionKind } from './audit-action-kind.js';
import type { AuditDocumentKind } from './audit-document-kind.js';

/** A stored event as the audit trail reads it: its type and data, whatever capability wrote it. */
export interface AuditedEvent {
  type: string;
  data: Record<string, unknown>;
}

/** What an event was done to. */
export interface AuditSubject {
  /** In words, e.g. "目标表 13052922P00584010316P（2022 年度）". */
  text: string;
  /** Null for an event of a capability this build does not describe. */
  documentKind: AuditDocumentKind | null;
  projectCode: string | null;
  fiscalYear: number | null;
  /** The unit the subject belongs to, where the event itself says so. */
  unitCode: string | null;
  /** The user a directory or sign-in event concerns. */
  userId: string | null;
  /** 凭证号 of the payment a ledger entry records or reverses. */
  voucherNumber: string | null;
}

/** An event in the words of the audit trail. */
export interface AuditDescription {
  kind: AuditActionKind;
  /** The action in Chinese, e.g. 审核通过. */
  label: string;
  /** The action in words, e.g. "批准第 1 版的「科室负责人审核」步骤；下一步为「办公室审核」步骤". */
  summary: string;
  subject: AuditSubject;
  /** Why: the reason of a return, a reversal or an adjustment, the comment of an approval, the note of a payment. */
  reason: string | null;
  /** The version of the document (target table, mid-term review, final evaluation) the event concerns. */
  version: number | null;
  /** The approval step decided. */
  step: string | null;
}

/** What an action says beyond its kind, label and summary. */
export interface AuditDetails {
  reason?: string | null;
  version?: number | null;
  step?: string | null;
}

/** The subject of an event about one project's year, e.g. "绩效自评 13052922P00584010316P（2022 年度）". */
export function projectSubject(
  documentKind: AuditDocumentKind,
  noun: string,
  key: { projectCode: string; fiscalYear: number },
  more: { unitCode?: string | null; voucherNumber?: string } = {},
): AuditSubject {
  const { projectCode, fiscalYear } = key;
  return {
    text: messages.audit.subject.project({ noun, projectCode, fiscalYear }),
    documentKind,
    projectCode,
    fiscalYear,
    unitCode: more.unitCode ?? null,
    userId: null,
    voucherNumber: more.voucherNumber ?? null,
  };
}

/** A subject that is no project: a unit, a user, the log itself. */
export function otherSubject(
  documentKind: AuditDocumentKind | null,
  text: string,
  more: { unitCode?: string | null; userId?: string | null } = {},
): AuditSubject {
  return { text, documentKind, projectCode: null, fiscalYear: null, unitCode: more.unitCode ?? null, userId: more.userId ?? null, voucherNumber: null };
}

export function described(kind: AuditActionKind, label: string, summary: string, subject: AuditSubject, details: AuditDetails = {}): AuditDescription {
  return { kind, label, summary, subject, reason: details.reason ?? null, version: details.version ?? null, step: details.step ?? null };
}

/** "1 项指标", "7 项指标". */
export function counted(count: number, noun: string): string {
  return messages.audit.counted({ count, noun });
}
