import type { Budget, Indicator, SpendingPlan, TargetTableContent } from './target-table.events.js';

/** Listed in the order a table is read, so lists of changed fields read like the form. */
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

/**
 * The top-level fields of `after` whose value differs from `before`, with their values in
 * `after`, in form order: what a revision records. Empty when nothing changed.
 */
export function changedContent(before: TargetTableContent, after: TargetTableContent): Partial<TargetTableContent> {
  const changes: Partial<TargetTableContent> = {};
  for (const field of changedContentFields(before, after)) copyField(changes, after, field);
  return changes;
}

/** The fields a revision changed, in form order whatever order its `changes` were written in. */
export function revisedFields(changes: Partial<TargetTableContent>): Array<keyof TargetTableContent> {
  return targetTableContentFields.filter((field) => changes[field] !== undefined);
}

/**
 * `content` with the changed fields replaced by their new values; a new object, `content`
 * is left as it was. Only content fields are taken from `changes`, so a stray key in a
 * stored event cannot leak into the content.
 */
export function withChanges(content: TargetTableContent, changes: Partial<TargetTableContent>): TargetTableContent {
  const merged = { ...content };
  for (const field of targetTableContentFields) {
    if (changes[field] !== undefined) copyField(merged, changes, field);
  }
  return merged;
}

function copyField<K extends keyof TargetTableContent>(
  into: Partial<TargetTableContent>,
  from: Partial<TargetTableContent>,
  field: K,
): void {
  into[field] = from[field];
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

/** A leaf of the content, or a whole goal or indicator when one was added or removed. Amounts are fen. */
export type ContentDiffValue = string | number | null | Indicator;

export interface ContentFieldChange {
  /**
   * Path of the field, e.g. `budget.total`, `goals[1]`, `indicators[2].valueText`. Indices of
   * CHANGED and ADDED entries count in `after`, those of REMOVED entries in `before`.
   */
  field: string;
  change: 'CHANGED' | 'ADDED' | 'REMOVED';
  before: ContentDiffValue;
  after: ContentDiffValue;
}

/** The cells of an indicator a person writes; its kind and parsed target follow from them. */
const indicatorFields = ['level1', 'level2', 'level3', 'description', 'valueText', 'basis'] as const satisfies ReadonlyArray<keyof Indicator>;
const budgetFields = ['total', 'fiscal', 'other'] as const satisfies ReadonlyArray<keyof Budget>;
const planFields = ['mar', 'jun', 'oct', 'dec'] as const satisfies ReadonlyArray<keyof SpendingPlan>;

/**
 * Field by field, in form order, what changed from one version's content to another's, for
 * the versions view. Goals and indicators are matched as lists (longest common subsequence),
 * so inserting one indicator reads as one ADDED entry rather than a change of every row below
 * it; rows left unmatched between two matches are paired in order and compared cell by cell.
 */
export function diffTargetTableContent(before: TargetTableContent, after: TargetTableContent): ContentFieldChange[] {
  const changes: ContentFieldChange[] = [];
  for (const field of targetTableContentFields) {
    switch (field) {
      case 'budget':
        for (const key of budgetFields) leaf(changes, `budget.${key}`, before.budget[key], after.budget[key]);
        break;
      case 'spendingPlan':
        for (const key of planFields) leaf(changes, `spendingPlan.${key}`, before.spendingPlan[key], after.spendingPlan[key]);
        break;
      case 'goals':
        diffList(changes, 'goals', before.goals, after.goals, (a, b) => a === b, (path, a, b) => leaf(changes, path, a, b));
        break;
      case 'indicators':
        diffList(changes, 'indicators', before.indicators, after.indicators, samePrintedIndicator, (path, a, b) => {
          for (const key of indicatorFields) leaf(changes, `${path}.${key}`, a[key], b[key]);
        });
        break;
      case 'name':
      case 'unitCode':
      case 'unitName':
      case 'sectionId':
      case 'purpose':
        leaf(changes, field, before[field], after[field]);
        break;
      default: {
        const unknownField: never = field;
        throw new Error(`Unknown target table content field ${String(unknownField)}`);
      }
    }
  }
  return changes;
}

function leaf(changes: ContentFieldChange[], field: string, before: string | number | null, after: string | number | null): void {
  if (!Object.is(before, after)) changes.push({ field, change: 'CHANGED', before, after });
}

function samePrintedIndicator(a: Indicator, b: Indicator): boolean {
  return indicatorFields.every((key) => a[key] === b[key]);
}

function diffList<T extends string | Indicator>(
  changes: ContentFieldChange[],
  name: string,
  before: readonly T[],
  after: readonly T[],
  same: (a: T, b: T) => boolean,
  compareItems: (path: string, a: T, b: T) => void,
): void {
  const matches = [...commonSubsequence(before, after, same), [before.length, after.length] as const];
  let i = 0;
  let j = 0;
  for (const [matchedI, matchedJ] of matches) {
    const removed = matchedI - i;
    const added = matchedJ - j;
    const paired = Math.min(removed, added);
    for (let k = 0; k < paired; k += 1) compareItems(`${name}[${j + k}]`, before[i + k], after[j + k]);
    for (let k = paired; k < removed; k += 1) {
      changes.push({ field: `${name}[${i + k}]`, change: 'REMOVED', before: before[i + k], after: null });
    }
    for (let k = paired; k < added; k += 1) {
      changes.push({ field: `${name}[${j + k}]`, change: 'ADDED', before: null, after: after[j + k] });
    }
    i = matchedI + 1;
    j = matchedJ + 1;
  }
}

/** Index pairs of a longest common subsequence, in order. Lists are a table's rows: a few dozen at most. */
function commonSubsequence<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): Array<readonly [number, number]> {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i][j] = same(a[i], b[j]) ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const pairs: Array<readonly [number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(a[i], b[j])) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return pairs;
}
