import type { Comparator, Direction, IndicatorLevel1Kind, ParsedTarget } from './target-table.events.js';

/**
 * Reads a target value (指标值) as printed — `≥300人`, `≤2420 元`, `100%`, `≥98百分号`,
 * `效果显著`, `最低工资标准的150%` — into comparator, number, unit and direction.
 *
 * The grammar is deliberately narrow: an optional comparator, a plain decimal, an optional
 * short unit, nothing else. Anything richer (a number inside a sentence, a formula against
 * another standard) is kept as 'text' so a person decides what it means, instead of the
 * parser guessing a number that then drives scoring.
 */

const level1Kinds: ReadonlyArray<[string, IndicatorLevel1Kind]> = [
  ['产出', 'OUTPUT'],
  ['效益', 'EFFECT'],
  ['满意度', 'SATISFACTION'],
  ['成本', 'COST'],
];

/** 产出指标 → OUTPUT, 效益指标 → EFFECT, 满意度指标 → SATISFACTION, 成本指标 → COST; else null. */
export function level1KindOf(level1Text: string): IndicatorLevel1Kind | null {
  // PDF text wraps cells, so whitespace may sit anywhere in the label; the 指标 suffix is often dropped.
  const label = level1Text.replace(/\s+/gu, '').replace(/指标$/u, '');
  for (const [name, kind] of level1Kinds) {
    if (label === name) return kind;
  }
  return null;
}

/** A cost indicator measures spending, so less is better whatever comparator was printed. */
export function isCostIndicator(level1Kind: IndicatorLevel1Kind | null, level2: string): boolean {
  return level1Kind === 'COST' || level2.includes('成本');
}

type NumericComparator = Exclude<Comparator, 'qualitative' | 'text'>;

const comparatorWords: ReadonlyArray<[string, NumericComparator]> = longestFirst([
  ['≥', '>='],
  ['≧', '>='],
  ['⩾', '>='],
  ['>=', '>='],
  ['≤', '<='],
  ['≦', '<='],
  ['⩽', '<='],
  ['<=', '<='],
  ['＞', '>'],
  ['>', '>'],
  ['＜', '<'],
  ['<', '<'],
  ['=', '='],
  ['﹦', '='],
  ['＝', '='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['大于等于', '>='],
  ['大于或等于', '>='],
  ['至少', '>='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['不多于', '<='],
  ['不大于', '<='],
  ['小于等于', '<='],
  ['小于或等于', '<='],
  ['至多', '<='],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['多于', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['等于', '='],
  // The verbs of a target written as a sentence (部门整体绩效目标: 结案率达到 90%以上, 控制在 5%以内).
  ['达到', '>='],
  ['控制在', '<='],
]);

/** `90%以上`, `30天以内`: the bound written after the number instead of before it. */
const boundSuffixes: ReadonlyArray<[string, NumericComparator]> = [
  ['及以上', '>='],
  ['及以下', '<='],
  ['以上', '>='],
  ['以下', '<='],
  ['以内', '<='],
];

const percentSpellings = new Set(['%', '％', '百分号', '百分比']);

/** A unit is a short word: no digits, spaces or sentence punctuation (those mean free text). */
const unitShape = /^[^\d\s,，.。;；:：、!！?？()（）<>＜＞=＝﹦≥≤]{1,8}$/u;

const numberThenRest = /^(\d+(?:\.\d+)?)\s*(.*)$/su;

/**
 * Qualitative targets (效果显著, 达到预期, 明显改善, 良好, 持续提升 …) are short graded phrases
 * with no number; an evaluator later grades them 达成 / 部分达成 / 未达成. The rule: no digit,
 * at most 12 characters, and one of these grade words. A phrase without a grade word — a
 * measure's name such as `人数` or `劳务派遣实时在职人数` pasted into the value column — is
 * 'text', so it is reported rather than graded.
 */
const gradeWords = [
  '显著',
  '明显',
  '良好',
  '优良',
  '优秀',
  '较好',
  '较高',
  '预期',
  '提升',
  '提高',
  '改善',
  '增强',
  '稳定',
  '达标',
  '合格',
  '有效',
  '完成',
];
const maxQualitativeLength = 12;

export function parseTarget(
  valueText: string,
  level1Kind: IndicatorLevel1Kind | null,
  level2: string,
): ParsedTarget {
  const text = asciiDigits(valueText).trim();
  const label = leadingGroupLabel(text, level1Kind, level2);
  const numeric = parseNumericTarget(label === null ? text : text.slice(label.length));
  if (numeric !== null) {
    const direction: Direction = isCostIndicator(level1Kind, level2) ? 'NEGATIVE' : directionOf(numeric.comparator);
    return { ...numeric, direction };
  }
  if (isQualitative(text)) return { comparator: 'qualitative', value: null, unit: null, direction: null };
  return { comparator: 'text', value: null, unit: null, direction: null };
}

const level1Words: Readonly<Record<IndicatorLevel1Kind, string>> = { OUTPUT: '产出', EFFECT: '效益', SATISFACTION: '满意度', COST: '成本' };

/**
 * The name of the indicator's own group written before the figure, as in `满意度90百分比` under
 * 服务对象满意度指标: a slip of the printed table that still states the target (= 90 %), so it is
 * read past — the importer reports it. Only the group's own name counts: any other word
 * before a number (`每人4元`) keeps the value as text for a person to read.
 */
export function leadingGroupLabel(valueText: string, level1Kind: IndicatorLevel1Kind | null, level2: string): string | null {
  const word = /^(\p{Script=Han}{1,8})(?=\d)/u.exec(asciiDigits(valueText).trim())?.[1];
  if (word === undefined) return null;
  const ownGroup = level2.replace(/\s+/gu, '').includes(word) || (level1Kind !== null && level1Words[level1Kind] === word);
  return ownGroup && comparatorWords.every(([comparator]) => comparator !== word) ? word : null;
}

function directionOf(comparator: NumericComparator): Direction {
  switch (comparator) {
    case '>=':
    case '>':
    case '=':
      return 'POSITIVE';
    case '<=':
    case '<':
      return 'NEGATIVE';
    default: {
      const unreachable: never = comparator;
      throw new Error(`Unknown comparator ${String(unreachable)}`);
    }
  }
}

export interface NumericTarget {
  comparator: NumericComparator;
  value: string;
  unit: string | null;
}

/**
 * The comparator word a text ends with (`结案率达到` → 达到, `人数≥` → ≥), for a target written
 * inside a sentence with its figure after the word; null when it ends with none.
 */
export function trailingComparatorWord(text: string): { word: string; comparator: NumericComparator } | null {
  const found = comparatorWords.find(([word]) => text.endsWith(word));
  return found === undefined ? null : { word: found[0], comparator: found[1] };
}

/** `≥300人`, `达到 90%以上`, `10次`: comparator, number and unit, or null when the text is not only that. */
export function parseNumericTarget(text: string): NumericTarget | null {
  const prefix = comparatorWords.find(([word]) => text.startsWith(word));
  const afterComparator = prefix === undefined ? text : text.slice(prefix[0].length).trim();
  const match = numberThenRest.exec(afterComparator);
  if (match === null) return null;
  const [, value, rest] = match;

  let unitText = rest.trim();
  let comparator: NumericComparator = prefix?.[1] ?? '=';
  const suffix = boundSuffixes.find(([word]) => unitText.endsWith(word));
  if (suffix !== undefined) {
    // `≤90%以上` contradicts itself; keep it as text rather than pick one reading.
    if (prefix !== undefined && prefix[1] !== suffix[1]) return null;
    comparator = suffix[1];
    unitText = unitText.slice(0, -suffix[0].length).trim();
  }

  if (unitText === '') return { comparator, value, unit: null };
  if (!unitShape.test(unitText)) return null;
  return { comparator, value, unit: percentSpellings.has(unitText) ? '%' : unitText };
}

function isQualitative(text: string): boolean {
  if (text === '' || /\d/u.test(text)) return false;
  if ([...text].length > maxQualitativeLength) return false;
  return gradeWords.some((word) => text.includes(word));
}

/** Full-width digits and point (０-９, ．) appear in typed tables; they mean the same number. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９．]/gu, (ch) => (ch === '．' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

function longestFirst<T>(entries: Array<[string, T]>): Array<[string, T]> {
  return [...entries].sort((a, b) => b[0].length - a[0].length);
}
