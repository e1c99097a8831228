import type { TargetTableContent } from './target-table.events.js';

/** Listed in the order a table is read, so changedFields reads like the form. */
export const targetTableContentFields: ReadonlyArray<keyof TargetTableContent> = [
  'name',
  'unitCode',
  'unitName',
  'sectionId',
  'budget',
  'purpose',
  'spendingPlan',
  'goals',
  'indicators',
];

/** Top-level fields whose value differs, compared deeply (order matters in lists, not in objects). */
export function changedContentFields(
  before: TargetTableContent,
  after: TargetTableContent,
): Array<keyof TargetTableContent> {
  return targetTableContentFields.filter((field) => !sameValue(before[field], after[field]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
  }
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
