import { formatFen } from '../shared/money.js';
import { diffTargetTableContent, type ContentDiffValue } from '../target-table/target-table-diff.js';
import type { TargetTableContent } from '../target-table/target-table.events.js';

/** A changed field of a target table as the audit trail shows it: every value as text. */
export interface AuditedFieldChange {
  /** Path of the field, as diffTargetTableContent names it (e.g. `budget.total`, `indicators[2].valueText`). */
  field: string;
  change: 'CHANGED' | 'ADDED' | 'REMOVED';
  /** Amounts in yuan with two decimals; a whole goal or indicator when one was added or removed. */
  before: string | null;
  after: string | null;
}

const amountPaths = /^(budget|spendingPlan)\./;

/**
 * What a revision or an adjustment changed, field by field in form order, with the values
 * before and after. The diff is the versions view's (diffTargetTableContent); amounts,
 * kept as fen, are shown as yuan, and an added or removed indicator as the cells a person
 * wrote, in JSON.
 */
export function auditedContentChanges(before: TargetTableContent, after: TargetTableContent): AuditedFieldChange[] {
  return diffTargetTableContent(before, after).map(({ field, change, before: old, after: now }) => ({
    field,
    change,
    before: asText(field, old),
    after: asText(field, now),
  }));
}

function asText(field: string, value: ContentDiffValue): string | null {
  if (value === null) return null;
  if (typeof value === 'number') return amountPaths.test(field) ? formatFen(value) : String(value);
  if (typeof value === 'string') return value;
  const { level1, level2, level3, description, valueText, basis } = value;
  return JSON.stringify({ level1, level2, level3, description, valueText, basis });
}
