import { messages } from '../messages/messages.js';
import { revisedFields, targetTableContentFields } from '../target-table/target-table-diff.js';
import type { TargetTableContent, TargetTableEvent } from '../target-table/target-table.events.js';
import { described, projectSubject, type AuditDescription } from './audit-description.js';
import { finallyApproved, returned, stepApproved, submitted, withdrawn } from './review-decision-words.js';

/** A target table's event in the trail's words. */
export function describeTargetTableEvent(event: TargetTableEvent): AuditDescription {
  const { version } = event.data;
  const on = (unitCode: string | null = null) => projectSubject('TARGET_TABLE', messages.audit.subject.targetTable, event.data, { unitCode });
  switch (event.type) {
    case 'TargetTableDrafted': {
      const { content } = event.data;
      return described('DRAFT', '编制', messages.audit.drafted({ version, name: content.name, unitCode: content.unitCode }), on(content.unitCode), { version });
    }
    case 'TargetTableDraftRevised': {
      const { changes } = event.data;
      return described('REVISE', '修改草稿', messages.audit.revised({ version, fields: fieldList(revisedFields(changes)) }), on(changes.unitCode), { version });
    }
    case 'TargetTableSubmitted': {
      const { content, warnings, baselineVersion } = event.data;
      const aboutVersion = baselineVersion === null ? '' : messages.audit.adjustmentOf(baselineVersion);
      const after = warnings.length === 0 ? '' : messages.audit.withWarnings(warnings.length);
      return submitted(event.data, on(content.unitCode), { aboutVersion, after });
    }
    case 'TargetTableStepApproved':
      return stepApproved(event.data, on());
    case 'TargetTableApproved': {
      const { replacedBaselineVersion, content } = event.data;
      return finallyApproved(version, messages.audit.baselineOutcome(replacedBaselineVersion), on(content.unitCode));
    }
    case 'TargetTableReturned':
      return returned(event.data, on());
    case 'TargetTableSubmissionWithdrawn':
      return withdrawn(version, on());
    case 'TargetTableAdjustmentProposed': {
      const { baselineVersion, reason, changedFields, content } = event.data;
      const summary = messages.audit.proposed({ version, baseline: baselineVersion, fields: fieldList(changedFields) });
      return described('ADJUST', '提出调整', summary, on(content.unitCode), { reason, version });
    }
    case 'TargetTableBaselineImported': {
      const { content, source } = event.data;
      const summary = messages.audit.imported({ version, name: content.name, source: source.name, from: source.lines.from, to: source.lines.to });
      return described('IMPORT', '导入基线', summary, on(content.unitCode), { version });
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown target table event type ${String((unknownEvent as { type?: unknown }).type)}`);
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
  if (fields.length === 0) return messages.audit.nothing;
  return targetTableContentFields
    .filter((field) => fields.includes(field))
    .map((field) => messages.audit.field({ field, label: contentFieldLabels[field] }))
    .join(messages.audit.listSeparator);
}
