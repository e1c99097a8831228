import { formatFen } from '../common/money.js';
import type { Budget, Indicator, SpendingPlan, TargetTableContent } from './target-table.events.js';
import {
  budgetFieldLabels,
  contentFieldLabels,
  goalLabel,
  indicatorCellLabels,
  indicatorLabel,
  spendingPlanFieldLabels,
} from './target-table-labels.js';

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

export interface ContentFieldChange {
  /**
   * Path of the field, e.g. `budget.total`, `goals[1]`, `indicators[2].valueText`. Indices of
   * CHANGED and ADDED entries count in `after`, those of REMOVED entries in `before`.
   */
  field: string;
  /** The field as the form names it, e.g. 预算数 or 绩效指标第3项「开展就业培训数」的指标值. */
  label: string;
  change: 'CHANGED' | 'ADDED' | 'REMOVED';
  /**
   * As people read it: text as written, amounts in yuan with two decimals ("200000.00"), a
   * whole goal or indicator when one was added or removed; null where the table gives nothing.
   */
  before: string | null;
  after: string | null;
}

/** The cells of an indicator a person writes; its kind and parsed target follow from them. */
const indicatorFields = ['level1', 'level2', 'level3', 'description', 'valueText', 'basis'] as const satisfies ReadonlyArray<keyof Indicator>;
const budgetFields = ['total', 'fiscal', 'other'] as const satisfies ReadonlyArray<keyof Budget>;
const planFields = ['mar', 'jun', 'oct', 'dec'] as const satisfies ReadonlyArray<keyof SpendingPlan>;

/**
 * Field by field, in form order, what changed from one version's content to another's, for
 * the versions view. Goals and indicators are matched as lists (longest common subsequence),
 * so inserting one indicator reads as one ADDED entry rather than a change of every row below
 * it. Between two matches, leftover goals are paired in order and compared; leftover
 * indicators are paired only with one of the same 三级指标 and compared cell by cell, so an
 * indicator replaced by another reads as one removed and one added, each named.
 */
export function diffTargetTableContent(before: TargetTableContent, after: TargetTableContent): ContentFieldChange[] {
  const changes: ContentFieldChange[] = [];
  const leaf = (field: string, label: string, was: string | null, is: string | null) => {
    if (was !== is) changes.push({ field, label, change: 'CHANGED', before: was, after: is });
  };
  for (const field of targetTableContentFields) {
    switch (field) {
      case 'budget':
        for (const key of budgetFields) leaf(`budget.${key}`, budgetFieldLabels[key], formatFen(before.budget[key]), formatFen(after.budget[key]));
        break;
      case 'spendingPlan':
        for (const key of planFields) leaf(`spendingPlan.${key}`, spendingPlanFieldLabels[key], optionalYuan(before.spendingPlan[key]), optionalYuan(after.spendingPlan[key]));
        break;
      case 'goals':
        diffList(changes, {
          name: 'goals',
          before: before.goals,
          after: after.goals,
          same: (a, b) => a === b,
          pairable: () => true,
          label: (index) => goalLabel(index),
          text: (goal) => goal,
          compare: (path, index, a, b) => leaf(path, goalLabel(index), a, b),
        });
        break;
      case 'indicators':
        diffList(changes, {
          name: 'indicators',
          before: before.indicators,
          after: after.indicators,
          same: samePrintedIndicator,
          pairable: (a, b) => a.level3 === b.level3,
          label: indicatorLabel,
          text: indicatorText,
          compare: (path, index, a, b) => {
            for (const key of indicatorFields) leaf(`${path}.${key}`, `${indicatorLabel(index, b)}的${indicatorCellLabels[key]}`, a[key], b[key]);
          },
        });
        break;
      case 'name':
      case 'unitCode':
      case 'unitName':
      case 'sectionId':
      case 'purpose':
        leaf(field, contentFieldLabels[field], before[field], after[field]);
        break;
      default: {
        const unknownField: never = field;
        throw new Error(`Unknown target table content field ${String(unknownField)}`);
      }
    }
  }
  return changes;
}

function optionalYuan(fen: number | null): string | null {
  return fen === null ? null : formatFen(fen);
}

/** 产出指标/数量指标/开展就业培训数（开展培训次数）：10次；指标值确定依据：县委县政府工作安排 */
function indicatorText(indicator: Indicator): string {
  const { level1, level2, level3, description, valueText, basis } = indicator;
  return `${level1}/${level2}/${level3}（${description}）：${valueText}；${indicatorCellLabels.basis}：${basis}`;
}

function samePrintedIndicator(a: Indicator, b: Indicator): boolean {
  return indicatorFields.every((key) => a[key] === b[key]);
}

interface ListDiff<T> {
  name: string;
  before: readonly T[];
  after: readonly T[];
  /** Unchanged: the anchors of the match. */
  same: (a: T, b: T) => boolean;
  /** May an unmatched item of `before` be read as changed into one of `after`? */
  pairable: (a: T, b: T) => boolean;
  label: (index: number, item: T) => string;
  text: (item: T) => string;
  compare: (path: string, index: number, a: T, b: T) => void;
}

function diffList<T>(changes: ContentFieldChange[], list: ListDiff<T>): void {
  const { name, before, after } = list;
  const matches = [...commonSubsequence(before, after, list.same), [before.length, after.length] as const];
  let i = 0;
  let j = 0;
  for (const [matchedI, matchedJ] of matches) {
    const removed = range(i, matchedI);
    const added = range(j, matchedJ);
    const pairs: Array<[number, number]> = [];
    for (const k of [...removed]) {
      const partner = added.find((l) => list.pairable(before[k]!, after[l]!));
      if (partner === undefined) continue;
      pairs.push([k, partner]);
      removed.splice(removed.indexOf(k), 1);
      added.splice(added.indexOf(partner), 1);
    }
    for (const [k, l] of pairs) list.compare(`${name}[${l}]`, l, before[k]!, after[l]!);
    for (const k of removed) {
      changes.push({ field: `${name}[${k}]`, label: list.label(k, before[k]!), change: 'REMOVED', before: list.text(before[k]!), after: null });
    }
    for (const l of added) {
      changes.push({ field: `${name}[${l}]`, label: list.label(l, after[l]!), change: 'ADDED', before: null, after: list.text(after[l]!) });
    }
    i = matchedI + 1;
    j = matchedJ + 1;
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
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
