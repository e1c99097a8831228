import { textLimits } from '../common/limits.js';
import { asciiDigits, type NumericTarget, parseNumericTarget, trailingComparatorWord } from '../target-table/indicator-target.js';

/**
 * One indicator of the department's overall targets (部门整体绩效目标), as part one of the
 * document prints it: a sentence such as 享受就业补助人数 300人以上. `sentence` is kept exactly
 * as printed; name, comparator, value and unit are what the sentence says when it states one
 * figure, and null (the name then the whole sentence) when it does not (docs/department-evaluation.md).
 */
export interface DepartmentIndicator {
  sentence: string;
  name: string;
  comparator: '≥' | '≤' | '=' | '>' | '<' | null;
  /** A decimal as printed ("300", "98.50"), never a float. */
  value: string | null;
  unit: string | null;
}

export type SentenceComparator = NonNullable<DepartmentIndicator['comparator']>;

const comparatorSymbols: Readonly<Record<NumericTarget['comparator'], SentenceComparator>> = {
  '>=': '≥',
  '<=': '≤',
  '=': '=',
  '>': '>',
  '<': '<',
};

/** Words that say "all of them": the target is 100 %. */
const wholeWords = ['全覆盖', '全部', '全额'];

/** Between the name and the figure: 结案率为 90%, 培训人数：300人, 共 10 次. */
const connectives = /(?:为|是|共计|共|[：:])$/u;

/** A unit in a sentence is short (人, 次, %, 万人次, 个工作日); a longer tail is more sentence. */
const maxUnitLength = 4;

/** Thousands separators inside a number (10,000人): one comma followed by exactly three digits. */
const thousandsSeparator = /(?<=\d),(?=\d{3}(?!\d))/gu;

/** What may close a sentence; stripped one character at a time, so a long run costs no backtracking. */
const sentenceEnd = /^[\s。．.；;，,、！!]$/u;

/**
 * Reads an indicator sentence with the comparator vocabulary of the target tables
 * (target-table/indicator-target.ts): the figure is the sentence's one number, with the
 * comparator word before it (≥, 不低于, 达到, 控制在 …) and the unit and bound after it (人以上,
 * %以内). What stands before the figure is the name.
 *
 * As with a table's target value, nothing is guessed: a sentence with no number, with two
 * (办理劳动仲裁案件 60起，结案率达到 90%以上 — two targets in one sentence), with words after the
 * figure, with nothing before it, or with a number too long to be a figure is kept as text for
 * a person to grade. Only 全部 / 全额 / 全覆盖 without any number read as = 100 %.
 */
export function readIndicatorSentence(sentence: string): DepartmentIndicator {
  const asText: DepartmentIndicator = { sentence, name: withoutEnd(sentence), comparator: null, value: null, unit: null };
  const figure = figureOf(sentence);
  return figure === null ? asText : { sentence, ...figure };
}

type Figure = Omit<DepartmentIndicator, 'sentence'>;

function figureOf(sentence: string): Figure | null {
  // The name is cut from this text: it differs from the sentence only in digits and separators, which a name never holds.
  const text = withoutEnd(asciiDigits(sentence).replace(thousandsSeparator, ''));
  const numbers = [...text.matchAll(/\d+(?:\.\d+)?/gu)];
  const whole = wholeWords.filter((word) => text.includes(word));
  if (numbers.length === 0) return whole.length === 1 ? wholeFigure(text, whole[0]!) : null;
  if (numbers.length > 1 || whole.length > 0) return null;
  const number = numbers[0]!;
  const at = number.index;
  if (/[-－+＋.]$/u.test(text.slice(0, at))) return null;
  if ([...number[0]].length > textLimits.figure.maxLength) return null;
  const before = text.slice(0, at).trimEnd();
  const word = trailingComparatorWord(before);
  const name = withoutConnective(word === null ? before : before.slice(0, -word.word.length));
  if (name === '') return null;
  const read = parseNumericTarget(`${word?.word ?? ''}${text.slice(at)}`);
  if (read === null || (read.unit !== null && [...read.unit].length > maxUnitLength)) return null;
  return { name, comparator: comparatorSymbols[read.comparator], value: read.value, unit: read.unit };
}

/** 困难人员全部纳入救助 → 困难人员纳入救助, = 100 %. */
function wholeFigure(text: string, word: string): Figure | null {
  const name = text.replace(word, '').trim();
  return name === '' ? null : { name, comparator: '=', value: '100', unit: '%' };
}

function withoutConnective(text: string): string {
  return text.trimEnd().replace(connectives, '').trim();
}

function withoutEnd(text: string): string {
  let end = text.length;
  while (end > 0 && sentenceEnd.test(text[end - 1]!)) end -= 1;
  return text.slice(0, end).trim();
}
