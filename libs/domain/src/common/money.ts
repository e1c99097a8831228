import { messages } from '../messages/messages.js';

/**
 * Money is held as integer fen (分) and crosses the edges as decimal strings. Parsing works on
 * the digits themselves, never through a float, so "1627.25" is 162725 fen and nothing else.
 *
 * Thousands separators ("1,627.25") are refused rather than stripped: in tables copied from
 * PDFs a comma is as often a wrapped-cell or decimal-comma artefact as a grouping mark, and
 * guessing would turn a mistake into a wrong amount. *
 * Every amount is bounded to what a budget can be: less than 10^12 yuan (一万亿元), at most
 * 999999999999.99 yuan. One amount, and the sum of any project's amounts against its budget,
 * is then exact as a number; sums over many projects (a unit, the department) are bigint.
 */

/** The largest amount accepted anywhere, in fen: 999999999999.99 yuan. */
export const maxAmountFen = 99_999_999_999_999;

export type AmountUnit = '元' | '万元';

/** A text that is not an amount this domain accepts; the message says how to write it. */
export class MoneyFormatError extends Error {
  constructor(
    message: string,
    readonly text: string,
  ) {
    super(message);
    this.name = 'MoneyFormatError';
  }
}

interface UnitRule {
  /** How many decimals of this unit make one fen. */
  scale: number;
  unit: AmountUnit;
  example: string;
  smallest: string;
}

const units: Record<AmountUnit, UnitRule> = {
  元: { scale: 2, unit: '元', example: '723000.00', smallest: '0.01' },
  万元: { scale: 6, unit: '万元', example: '723.00', smallest: '0.000001' },
};

/** Fen in a yuan amount such as "723", "20.00" or "1627.25". */
export function parseYuan(text: string): number {
  return parseScaled(text, units['元']);
}

/** Fen in an amount written in yuan or in 万元 (as the seed's tables are). */
export function parseAmount(text: string, unit: AmountUnit): number {
  const rule = units[unit];
  if (rule === undefined) {
    throw new MoneyFormatError(messages.money.notAUnit(String(unit)), String(text));
  }
  return parseScaled(text, rule);
}

/** "7230000.00" for 723000000 fen, from a number or a bigint (a sum); negative amounts (e.g. reversals) keep their '-'. */
export function formatFen(fen: number | bigint): string {
  const { sign, abs } = signAndSize(fen);
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** The sign and the absolute fen of an amount held exactly: a number beyond 2^53 is refused, not rounded. */
function signAndSize(fen: number | bigint): { sign: '' | '-'; abs: bigint } {
  if (typeof fen === 'number' && !Number.isSafeInteger(fen)) {
    throw new MoneyFormatError(messages.money.notExact(String(fen)), String(fen));
  }
  const value = BigInt(fen);
  return value < 0n ? { sign: '-', abs: -value } : { sign: '', abs: value };
}

/** Fen in one 万元 (ten thousand yuan). */
const fenPerWan = 1_000_000n;
/** Fen in 0.01 万元, the last digit the forms print. */
const fenPerHundredthWan = 10_000n;

/**
 * "1.23" (万元) for 1234567 fen: the figure as the official forms print budget, plan and execution,
 * to two decimals of 万元, rounded half away from zero, in integer arithmetic (bigint, so any amount is exact).
 */
export function formatFenAsWan(fen: number | bigint): string {
  const { sign, abs } = signAndSize(fen);
  const hundredths = (abs + fenPerHundredthWan / 2n) / fenPerHundredthWan;
  const whole = hundredths / (fenPerWan / fenPerHundredthWan);
  const cents = hundredths % (fenPerWan / fenPerHundredthWan);
  return `${hundredths === 0n ? '' : sign}${whole}.${String(cents).padStart(2, '0')}`;
}

const plainDecimal = /^(\d+)(?:\.(\d+))?$/;
const groupedDecimal = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const negative = /^[-−－]\s*\d/;

function parseScaled(text: string, rule: UnitRule): number {
  const words = messages.money;
  const { unit, example, scale } = rule;
  const advice = words.advice({ scale, example });
  if (typeof text !== 'string') {
    throw new MoneyFormatError(words.notText({ given: String(text), unit, advice }), String(text));
  }
  const trimmed = text.trim();
  if (trimmed === '') {
    throw new MoneyFormatError(words.empty({ given: text, unit, advice }), text);
  }
  if (negative.test(trimmed)) {
    throw new MoneyFormatError(words.negative({ given: text, unit, example }), text);
  }
  if (groupedDecimal.test(trimmed)) {
    throw new MoneyFormatError(words.grouped({ given: text, example }), text);
  }
  const match = plainDecimal.exec(trimmed);
  if (match === null) {
    throw new MoneyFormatError(words.notAnAmount({ given: text, unit, advice }), text);
  }
  const [, whole, fraction = ''] = match;
  if (fraction.length > scale) {
    throw new MoneyFormatError(words.tooManyDecimals({ given: text, scale, unit, smallest: rule.smallest, example }), text);
  }
  const digits = `${whole}${fraction.padEnd(rule.scale, '0')}`.replace(/^0+(?=\d)/, '');
  // Compared by length first, so that a text of a million digits is refused without being converted.
  if (digits.length > String(maxAmountFen).length || BigInt(digits) > BigInt(maxAmountFen)) {
    throw new MoneyFormatError(words.aboveMaximum({ given: text, maximum: formatFen(maxAmountFen) }), text);
  }
  return Number(digits);
}
